import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 103, file c2: a recipe blog post on a WordPress (Kadence theme) food blog with WP Recipe Maker and
 * Raptive ads (the nav, "Jump to Recipe" and "Print Recipe" buttons, the affiliate disclosure at the top of the post, the
 * meta line with author, date, and comment count, the story with h2 sections and image captions, "Advertisement" slots
 * inside the text, the recipe card with its star rating, times and servings, equipment, ingredients, instructions, notes
 * and nutrition panel, the "Tried this recipe?" footer, the author box, the comment form and comments, the sidebar and
 * the footer).
 */
const rcTitle = 'Brown Butter Pear Crumble Bars';
const rcP1 = [
  'These brown butter pear crumble bars are what I bake when the fruit bowl is full of pears that all ripened on the same ' +
    'day. They have a shortbread base, a layer of soft spiced pears and a crumble top that shares its dough with the base, so ' +
    'there is only one bowl to wash.',
  'I first made them for my sister’s birthday picnic, when I wanted something that travelled better than a pie. They have ' +
    'been on repeat every autumn since.',
];
const rcH1 = 'Why you’ll love these bars';
const rcList1 = [
  '<strong>One dough, two jobs.</strong> The same brown butter dough makes the base and the crumble.',
  '<strong>They slice cleanly</strong> once cooled, so they are ideal for lunchboxes and bake sales.',
  '<strong>Forgiving fruit.</strong> Slightly firm pears work just as well as very ripe ones.',
];
const rcH2 = 'Tips for the best crumble bars';
const rcP2 = [
  'Brown the butter until it smells nutty and the solids at the bottom of the pan are the colour of hazelnuts, then let it ' +
    'cool for ten minutes. If it goes into the flour while it is still very hot, the dough turns greasy.',
  'Press about two thirds of the dough firmly into the tin for the base, and crumble the rest over the pears with your ' +
    'fingers. Bigger clumps give you a crunchier top.',
  'Let the bars cool completely in the tin before cutting. I know it is hard. Warm, they fall apart; cool, they slice like ' + 'a dream.',
];
const rcH3 = 'Can I use other fruit?';
const rcP3 = [
  'Yes. Apples work with no changes. For plums or berries, toss the fruit with an extra tablespoon of cornflour, because they ' +
    'release more juice as they bake.',
];
const rcCard = 'Brown Butter Pear Crumble Bars';
const rcSummary = 'Shortbread bars with a spiced pear filling and a crumble top, all made from one brown butter dough.';
const rcIngr = [
  '1 cup (226 g) unsalted butter',
  '2 ½ cups (315 g) all-purpose flour',
  '¾ cup (150 g) light brown sugar',
  '½ teaspoon fine sea salt',
  '3 medium pears, peeled and diced',
  '1 tablespoon cornstarch',
  '1 teaspoon ground cinnamon',
  '¼ teaspoon ground ginger',
];
const rcSteps = [
  'Heat the oven to 350°F (175°C). Line an 8-inch square pan with parchment, leaving some overhanging on two sides.',
  'Melt the butter in a small saucepan over medium heat and cook, swirling, until it browns and smells nutty, 5 to 7 minutes. Cool for 10 minutes.',
  'Stir together the flour, brown sugar and salt. Pour in the brown butter and mix until clumps form.',
  'Press two thirds of the dough into the pan. Toss the pears with the cornstarch and spices and spread them over the base.',
  'Crumble the remaining dough over the top. Bake for 40 to 45 minutes, until golden. Cool completely before slicing into 16 bars.',
];
const rcNotes = ['Store the bars in an airtight container for up to 3 days, or freeze them for up to a month.'];
const rcNav = ['Home', 'Recipes', 'Breakfast', 'Desserts', 'Dinner', 'About', 'Shop'];
const rcDisclosure = 'This post may contain affiliate links. Please read my disclosure policy.';
const rcCaps = ['Pears tossed with cornstarch and spices, ready to go on the base.', 'Cooled bars, sliced into sixteen squares.'];
const rcDetails = ['Prep Time', '20 minutes', 'Cook Time', '45 minutes', 'Total Time', '1 hour 5 minutes', 'Servings', '16 bars'];
const rcNutrition = ['Nutrition', 'Calories: 212kcal', 'Carbohydrates: 26g', 'Protein: 2g', 'Fat: 12g', 'Sugar: 12g'];
const rcBio = 'Hi, I’m Laurel! I bake small-batch desserts in a tiny kitchen in Vermont and share the recipes that my family asks for again and again.';
const rcComments = [
  { name: 'Beth K.', date: 'October 21, 2025 at 4:12 pm', text: 'Made these with Bosc pears and they were gone in a day. The brown butter makes them!' },
  { name: 'Laurel', date: 'October 21, 2025 at 7:40 pm', text: 'So glad you liked them, Beth! Bosc pears are my favourite here too.' },
];
const rcForm = [
  'Leave a Comment',
  'Recipe Rating',
  'Comment',
  'Name',
  'Email',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
];
const rcFoot = ['Privacy Policy', 'Accessibility', 'Disclosure', 'Contact'];
const rcAd = '<div class="adthrive-ad adthrive-content"><span class="adthrive-ad-label">Advertisement</span><div id="cls-video-container"></div></div>';
const rcImg = (cap: string): string => `<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="1800"
src="https://laurelbakes.example/wp-content/uploads/2025/10/pear-bars.jpg" alt="" class="wp-image-8812"><figcaption
class="wp-element-caption">${cap}</figcaption></figure>`;
const rcLi = (cls: string, a: readonly string[]): string => a.map((t) => `<li class="${cls}">${t}</li>`).join('\n');
const rcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brown Butter Pear Crumble Bars - Laurel Bakes</title><meta name="description" content="${rcSummary}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rcTitle}",
"author":{"name":"Laurel Finch"},"datePublished":"2025-10-14T08:00:00+00:00"},{"@type":"Recipe","name":"${rcCard}","recipeYield":["16","16 bars"],
"prepTime":"PT20M","cookTime":"PT45M","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","ratingCount":"38"}}]}</script>
<script type="text/javascript" async="async" data-noptimize="1" src="https://ads.adthrive.example/sites/laurelbakes/ads.min.js"></script></head>
<body class="post-template-default single single-post wp-custom-logo"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home"><p class="site-title">Laurel Bakes</p></a></div>
<nav id="site-navigation" class="main-navigation header-navigation" aria-label="Primary Navigation"><ul id="primary-menu" class="menu">
${links(rcNav, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><main id="main" class="site-main" role="main"><article id="post-8790" class="entry content-bg single-entry
post-8790 post type-post status-publish category-desserts"><div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit">
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="/category/desserts/" rel="tag">Desserts</a></span></div>
<h1 class="entry-title">${rcTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="/about/">Laurel Finch</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2025-10-14T08:00:00+00:00">October 14, 2025</time></span><span class="meta-comments"><a href="#comments">24 Comments</a></span></div></header>
<div class="entry-content single-content"><div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link
wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent">Jump to Recipe</a>
<a href="/wprm_print/brown-butter-pear-crumble-bars" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode" target="_blank">Print
Recipe</a></div>
<p class="disclosure"><em>${rcDisclosure.replace('disclosure policy', '<a href="/disclosure/">disclosure policy</a>')}</em></p>
${ps(rcP1)}
${rcImg(rcCaps[0] ?? '')}
<h2 class="wp-block-heading">${rcH1}</h2>
<ul class="wp-block-list">${rcLi('', rcList1)}</ul>
${rcAd}
<h2 class="wp-block-heading">${rcH2}</h2>
${ps(rcP2)}
${rcImg(rcCaps[1] ?? '')}
<h2 class="wp-block-heading">${rcH3}</h2>
${ps(rcP3)}
${rcAd}
<div id="recipe"></div><div id="wprm-recipe-container-8801" class="wprm-recipe-container" data-recipe-id="8801" data-servings="16">
<div class="wprm-recipe wprm-recipe-template-laurel-card"><h2 class="wprm-recipe-name wprm-block-text-bold">${rcCard}</h2>
<div class="wprm-recipe-rating wprm-recipe-rating-recipe-8801"><span class="wprm-recipe-rating-details wprm-block-text-normal">
<span class="wprm-recipe-rating-average">4.9</span> from <span class="wprm-recipe-rating-count">38</span> votes</span></div>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${rcSummary}</span></div>
<div class="wprm-recipe-buttons"><a href="/wprm_print/8801" class="wprm-recipe-print">Print Recipe</a><a href="https://www.pinterest.com/pin/create/"
class="wprm-recipe-pin">Pin Recipe</a></div>
<div class="wprm-recipe-times-container wprm-recipe-block-container">${[0, 2, 4, 6]
  .map(
    (i) => `<div class="wprm-recipe-block-container wprm-recipe-block-container-inline"><span class="wprm-recipe-details-label">${rcDetails[i]}</span>
<span class="wprm-recipe-details">${rcDetails[i + 1]}</span></div>`,
  )
  .join('\n')}</div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3>
<ul class="wprm-recipe-ingredients">${rcLi('wprm-recipe-ingredient', rcIngr)}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3>
<ul class="wprm-recipe-instructions">${rcSteps
  .map(
    (t) => `<li class="wprm-recipe-instruction"><div
class="wprm-recipe-instruction-text">${t}</div></li>`,
  )
  .join('\n')}</ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">Notes</h3><div
class="wprm-recipe-notes">${ps(rcNotes)}</div></div>
<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header">${rcNutrition[0]}</h3>${rcNutrition
  .slice(1)
  .map((t) => `<span class="wprm-nutrition-label-text-nutrition-container">${t}</span>`)
  .join(' | ')}</div>
<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Tried this recipe?</span><span class="wprm-call-to-action-text">Let us know how it
was!</span>
</div></div></div></div>
<div class="entry-author entry-author-style-center"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt=""
src="/a.jpg"></div>
<b class="entry-author-name author-name fn"><a href="/about/">Laurel Finch</a></b><div class="entry-author-description
author-bio"><p>${rcBio}</p></div></div></div>
</div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${rcForm[0]}</h3>
<form id="commentform" class="comment-form"><div class="wprm-comment-rating"><label>${rcForm[1]}</label></div><p class="comment-form-comment">
<label for="comment">${rcForm[2]}</label><textarea id="comment"></textarea></p><p><label for="author">${rcForm[3]}</label><input id="author"></p>
<p><label for="email">${rcForm[4]}</label><input id="email"></p><p class="comment-form-cookies-consent"><input type="checkbox" id="wp-comment-cookies-consent">
<label for="wp-comment-cookies-consent">${rcForm[5]}</label></p><p class="form-submit"><input type="submit" value="Post
Comment"><span>${rcForm[6]}</span></p></form></div>
<h3 class="comments-title">24 Comments</h3><ol class="comment-list">${rcComments
  .map(
    (c) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${c.name}</b> <span class="says">says:</span>
<div class="comment-metadata"><time>${c.date}</time></div></footer><div class="comment-content"><p>${c.text}</p></div>
<div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol></div></main>
<aside id="secondary" class="primary-sidebar widget-area"><section class="widget"><h2 class="widget-title">Welcome!</h2><p>I’m Laurel, a home baker sharing
cozy desserts.</p>
</section><section class="widget"><h2 class="widget-title">Popular Recipes</h2><ul>${links([
  'Maple Pecan Sticky Buns',
  'Lemon Olive Oil Loaf Cake',
])}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><ul>${links(rcFoot)}</ul><p>© 2025 Laurel Bakes. All rights reserved.</p></footer></body></html>`;

export const recipePost: TestPage = {
  html: rcHtml,
  name: 'heldout103-wprm-recipe-blog',
  kind: 'blog',
  // the recipe card is part of the article: its name repeats the title; its "Ingredients", "Instructions", "Notes" are headings, its
  // summary, ingredients, steps and notes body; its times and servings are in neither list, its rating, buttons and
  // nutrition panel furniture; the affiliate disclosure at the top of the post is furniture
  title: rcTitle,
  headings: [rcH1, rcH2, rcH3, 'Ingredients', 'Instructions', 'Notes'],
  body: texts([...rcP1, ...rcList1, ...rcP2, ...rcP3, rcSummary, ...rcIngr, ...rcSteps, ...rcNotes]),
  bylines: ['Laurel Finch', 'October 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Laurel Bakes', ...rcNav, 'Desserts', '24 Comments', 'Jump to Recipe', 'Print Recipe', rcDisclosure, ...rcCaps, 'Advertisement',
    '4.9 from 38 votes', 'Pin Recipe', ...rcNutrition, 'Tried this recipe?', 'Let us know how it was!', rcBio, ...rcForm,
    ...rcComments.flatMap((c) => [c.date, c.text]), 'Beth K.', 'says:', 'Reply', 'Welcome!', 'I’m Laurel, a home baker sharing cozy desserts.',
    'Popular Recipes', 'Maple Pecan Sticky Buns', 'Lemon Olive Oil Loaf Cake', ...rcFoot, '© 2025 Laurel Bakes. All rights reserved.',
  ],
};
