import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file d2: a food blog's recipe card in WP Recipe Maker's print view, the card only (the print header
 * with Go Back and Print, the toggles for image, notes and nutrition, the servings adjuster and text-size buttons; the card
 * with its name as an h2 and no h1 on the page, rating, summary, the course / cuisine / time / servings details, author,
 * ingredient groups, instructions, notes, the nutrition block and the print footer). The main text is short.
 */
const cTitle = 'Brown Butter Pear and Hazelnut Galette';
const cSummary = j(
  'A rustic free-form tart with a flaky rye crust, thinly sliced pears and toasted hazelnuts, finished with a spoonful of brown',
  'butter. It needs no tart tin and forgives uneven folding.',
);
const ing = (amount: string, unit: string, name: string, note = ''): string =>
  `<span class="wprm-recipe-ingredient-amount">${amount}</span> <span class="wprm-recipe-ingredient-unit">${unit}</span>
<span class="wprm-recipe-ingredient-name">${name}</span>${note === '' ? '' : ` <span class="wprm-recipe-ingredient-notes">${note}</span>`}`;
const cG1 = 'For the crust';
const cDough = [
  ing('1', 'cup', 'plain flour'),
  ing('½', 'cup', 'rye flour'),
  ing('1', 'tbsp', 'sugar'),
  ing('½', 'tsp', 'fine salt'),
  ing('115', 'g', 'cold unsalted butter', 'cut into cubes'),
  ing('4', 'tbsp', 'ice water', 'plus more if needed'),
];
const cG2 = 'For the filling';
const cFill = [
  ing('3', '', 'ripe but firm pears', 'cored and thinly sliced'),
  ing('2', 'tbsp', 'light brown sugar'),
  ing('1', 'tsp', 'lemon juice'),
  ing('40', 'g', 'hazelnuts', 'toasted and roughly chopped'),
  ing('30', 'g', 'butter', 'for browning'),
  ing('1', '', 'egg', 'beaten, for brushing'),
];
const cSteps = [
  j(
    'Whisk the flours, sugar and salt in a bowl. Rub in the cold butter until the largest pieces are the size of peas, then stir in',
    'the ice water a spoonful at a time until the dough just holds together. Flatten into a disc, wrap and chill for 45 minutes.',
  ),
  'Heat the oven to 200°C (180°C fan) and line a baking sheet with parchment.',
  'Toss the pear slices with the brown sugar and lemon juice.',
  j(
    'Roll the dough into a rough 30 cm circle and lift it onto the baking sheet. Scatter half the hazelnuts over the middle, then',
    'arrange the pears in overlapping rings, leaving a 5 cm border.',
  ),
  'Fold the border over the fruit, pleating as you go, and brush the pastry with beaten egg.',
  'Bake for 35 to 40 minutes, until the crust is deep golden and the pear juices are bubbling.',
  j(
    'While it bakes, melt the butter in a small pan and cook until it smells nutty and the solids turn brown. Spoon it over the',
    'hot galette and finish with the remaining hazelnuts.',
  ),
];
const cNotes = [
  'The dough can be made up to two days ahead and kept in the fridge, or frozen for a month.',
  'Conference or Comice pears work best. Very soft pears release too much juice and make the base soggy.',
];
const cNutrition = [
  ['Calories', '318', 'kcal'],
  ['Carbohydrates', '34', 'g'],
  ['Protein', '5', 'g'],
  ['Fat', '19', 'g'],
  ['Fiber', '4', 'g'],
] as const;
const cHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${cTitle} - Orchard Lane Kitchen</title><meta name="robots" content="noindex">
<link rel="stylesheet" href="https://orchardlanekitchen.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.8.2">
<link rel="stylesheet" href="https://orchardlanekitchen.example/wp-content/plugins/wp-recipe-maker/dist/print.css?ver=9.8.2">
<script>window.wprm_print_settings = {"print_recipe_id":"3312","servings":"8","print_size":"normal"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Recipe","name":"${cTitle}","author":{"@type":"Person",
"name":"Imogen Farrant"},"recipeYield":["8"],"prepTime":"PT25M","cookTime":"PT40M","totalTime":"PT1H50M"}</script></head>
<body class="wprm-print wprm-print-recipe" data-recipe="3312"><div id="wprm-print-header"><div id="wprm-print-header-main">
<a href="https://orchardlanekitchen.example/pear-hazelnut-galette/" id="wprm-print-button-back" class="wprm-print-button">Go Back</a>
<button id="wprm-print-button-print" class="wprm-print-button" type="button">Print</button></div>
<div id="wprm-print-header-options"><div class="wprm-print-toggle-container"><input type="checkbox" id="wprm-print-toggle-recipe-image" checked>
<label for="wprm-print-toggle-recipe-image">Recipe Image</label></div><div class="wprm-print-toggle-container">
<input type="checkbox" id="wprm-print-toggle-recipe-notes" checked><label for="wprm-print-toggle-recipe-notes">Recipe Notes</label></div>
<div class="wprm-print-toggle-container"><input type="checkbox" id="wprm-print-toggle-recipe-nutrition" checked>
<label for="wprm-print-toggle-recipe-nutrition">Nutrition Label</label></div>
<div id="wprm-print-servings-container"><span class="wprm-print-servings-decrement">–</span><input id="wprm-print-servings" value="8">
<span class="wprm-print-servings-increment">+</span> servings</div>
<div id="wprm-print-size-container"><button class="wprm-print-size" data-size="small">Small</button><button class="wprm-print-size
wprm-print-size-active" data-size="normal">Normal</button><button class="wprm-print-size" data-size="large">Large</button></div></div></div>
<div id="wprm-print-content"><div id="wprm-print-recipe-0" data-recipe-id="3312" class="wprm-print-recipe wprm-print-recipe-3312">
<div class="wprm-recipe wprm-recipe-template-classic"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-normal">
<img src="https://orchardlanekitchen.example/wp-content/uploads/2026/02/galette-150x150.jpg" alt="${cTitle}" width="150" height="150"></div>
<div class="wprm-recipe-rating"><span class="wprm-recipe-rating-details">4.86 from 21 votes</span></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${cTitle}</h2>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${cSummary}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-tags-container"><div class="wprm-recipe-block-container wprm-recipe-tag-container">
<span class="wprm-recipe-details-label">Course</span> <span class="wprm-recipe-course">Dessert</span></div>
<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Cuisine</span> <span class="wprm-recipe-cuisine">French</span></div></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container"><div class="wprm-recipe-block-container">
<span class="wprm-recipe-details-label">Prep Time</span> <span class="wprm-recipe-time">25 mins</span></div>
<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Cook Time</span> <span class="wprm-recipe-time">40 mins</span></div>
<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Chilling</span> <span class="wprm-recipe-time">45 mins</span></div></div>
<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Servings</span> <span class="wprm-recipe-servings">8</span>
<span class="wprm-recipe-servings-unit">people</span></div>
<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Author</span> <span class="wprm-recipe-author">Imogen Farrant</span></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3>
<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name">${cG1}</h4><ul class="wprm-recipe-ingredients">
${cDough.map((t) => `<li class="wprm-recipe-ingredient">${t}</li>`).join('\n')}
</ul></div><div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name">${cG2}</h4><ul class="wprm-recipe-ingredients">
${cFill.map((t) => `<li class="wprm-recipe-ingredient">${t}</li>`).join('\n')}
</ul></div></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3>
<ul class="wprm-recipe-instructions">
${cSteps
  .map(
    (t, i) => `<li id="wprm-recipe-3312-step-0-${i}" class="wprm-recipe-instruction">
<div class="wprm-recipe-instruction-text">${t}</div></li>`,
  )
  .join('\n')}
</ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">Notes</h3><div class="wprm-recipe-notes">
${cNotes.map((t) => `<span style="display: block;">${t}</span>`).join('\n')}</div></div>
<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header wprm-recipe-nutrition-header">Nutrition</h3>
${cNutrition
  .map(
    ([l, v, u]) => `<span class="wprm-nutrition-label-text-nutrition-container"><span class="wprm-nutrition-label-text-nutrition-label">${l}:
</span><span class="wprm-nutrition-label-text-nutrition-value">${v}</span><span class="wprm-nutrition-label-text-nutrition-unit">${u}</span></span>`,
  )
  .join('\n')}</div></div></div></div>
<div id="wprm-print-footer"><p>Orchard Lane Kitchen · https://orchardlanekitchen.example/pear-hazelnut-galette/</p></div>
<script src="https://orchardlanekitchen.example/wp-content/plugins/wp-recipe-maker/dist/print.js?ver=9.8.2"></script></body></html>`;
export const wprm: TestPage = {
  name: 'heldout451-wp-recipe-maker-print-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: ['Ingredients', cG1, cG2, 'Instructions', 'Notes'],
  body: texts([cSummary, ...cDough, ...cFill, ...cSteps, ...cNotes]),
  bylines: ['Imogen Farrant'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go Back', 'Print', 'Recipe Image', 'Recipe Notes', 'Nutrition Label', 'servings', 'Small', 'Normal', 'Large', '4.86 from 21 votes', 'Course',
    'Dessert', 'Cuisine', 'French', 'Prep Time', '25 mins', 'Cook Time', '40 mins', 'Chilling', '45 mins', 'Servings', 'people', 'Author',
    'Nutrition', ...cNutrition.map(([l]) => `${l}:`), 'kcal', 'Orchard Lane Kitchen · https://orchardlanekitchen.example/pear-hazelnut-galette/',
  ],
};
