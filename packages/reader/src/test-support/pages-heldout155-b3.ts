import { texts } from './page-kit.js';

/**
 * Held-out batch 155, file b3: the parts of the Astra recipe post of file b (head, the post text, the WP Recipe Maker card
 * and the comments), with the gold lists they hold.
 */
const title = 'Smoky Red Lentil and Roasted Squash Soup';
export const asHead = `<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>${title} - Kitchen at Number Nine</title><meta name="description" content="A thick, smoky lentil soup with roasted squash that costs very little.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://numbernine.example/smoky-red-lentil-squash-soup/">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="article:published_time"
content="2026-01-09T08:00:00+00:00">
<meta property="article:modified_time" content="2026-01-11T19:22:41+00:00"><meta name="author" content="Priya Lindqvist">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Priya Lindqvist"><meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="4 minutes"><script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"Article","headline":"${title}","datePublished":"2026-01-09T08:00:00+00:00","author":{"name":"Priya Lindqvist"}},
{"@type":"Recipe","name":"${title}","recipeYield":["4","4 bowls"],"prepTime":"PT15M","cookTime":"PT45M","recipeCategory":["Soup"],
"recipeCuisine":["British"],"aggregateRating":{"@type":"AggregateRating","ratingValue":"5","ratingCount":"3"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://numbernine.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3"
media="all">
<link rel="stylesheet" id="wprm-public-css" href="https://numbernine.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1" media="all">
<script async src="https://ads.adthrive.example/sites/5f1c/ads.min.js?referrer=https%3A%2F%2Fnumbernine.example"></script>`;
const disclosure = 'This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Read my full disclosure policy.';
const p1 = [
  'This is the soup I make on the first properly cold Sunday of the year, and then about once a week until March. It is thick, ' +
    'smoky and filling, it costs very little, and it uses the squash that sits on my counter looking decorative since Halloween.',
  'Red lentils do the heavy lifting here. They cook down in about twenty minutes and thicken the soup without any cream, so it is ' +
    'vegan as written. Roasting the squash first is the one step I would not skip: it turns sweet and slightly charred at the ' +
    'edges and gives the soup a depth that boiling never does.',
];
const h1 = 'Why smoked paprika and not chipotle?';
const p2 = [
  'I tested this with both. Chipotle gives more heat, but it overpowers the squash and my children refused the second spoonful. ' +
    'Sweet smoked paprika gives the same campfire flavour without the burn. If you like heat, add a pinch of chilli flakes at the end.',
];
const h2 = 'Tips for the best lentil soup';
const tips = [
  'Rinse the lentils until the water runs clear, or the soup will foam and catch on the bottom of the pan.',
  'Blend only half of the soup if you like some texture; blend all of it for something silky.',
  'It thickens a lot overnight. Loosen leftovers with a splash of water or stock when you reheat them.',
];
const h3 = 'Can I freeze it?';
const p3 = ['Yes. Cool it completely, freeze it in portions and it will keep for three months. Thaw it overnight in the fridge.'];
const summary = 'A thick, smoky red lentil soup with roasted butternut squash, ready in an hour and made from store-cupboard basics.';
const ing: ReadonlyArray<readonly [string, string, string, string?]> = [
  ['1', 'small', 'butternut squash', 'peeled and cut into 2 cm cubes'],
  ['2', 'tbsp', 'olive oil'],
  ['1', 'large', 'onion', 'chopped'],
  ['3', 'cloves', 'garlic', 'crushed'],
  ['2', 'tsp', 'sweet smoked paprika'],
  ['1', 'tsp', 'ground cumin'],
  ['200', 'g', 'red lentils', 'rinsed'],
  ['1', 'tin', 'chopped tomatoes'],
  ['1.2', 'litres', 'vegetable stock'],
  ['½', '', 'lemon', 'juice only'],
];
const ingHtml = ing.map(
  ([a, u, n, note]) =>
    `<li class="wprm-recipe-ingredient" style="list-style-type: disc;" data-uid="${n.length}"><span class="wprm-recipe-ingredient-amount">${a}</span>&#32;${
      u === '' ? '' : `<span class="wprm-recipe-ingredient-unit">${u}</span>&#32;`
    }<span class="wprm-recipe-ingredient-name">${n}</span>${note === undefined ? '' : `&#32;<span class="wprm-recipe-ingredient-notes">${note}</span>`}</li>`,
);
const steps = [
  'Heat the oven to 200°C (180°C fan). Toss the squash with 1 tbsp of the oil and a pinch of salt and roast for 30 to 35 minutes, ' +
    'turning once, until soft and browned.',
  'Meanwhile, heat the rest of the oil in a large pan and cook the onion gently for 8 minutes. Add the garlic, paprika and cumin and stir for a minute.',
  'Add the lentils, tomatoes and stock. Bring to the boil, then simmer for 20 minutes until the lentils have collapsed.',
  'Stir in the roasted squash, then blend half or all of the soup. Add the lemon juice, taste and season.',
];
const notes = 'Any orange squash works, and so does sweet potato. The soup keeps for four days in the fridge.';
const nutrition = ['Calories: 312kcal', 'Carbohydrates: 49g', 'Protein: 15g', 'Fat: 8g', 'Fiber: 11g', 'Sodium: 640mg'];
const meta = (label: string, value: string, unit = ''): string => `<div class="wprm-recipe-block-container wprm-recipe-block-container-inline">
<span class="wprm-recipe-details-label wprm-block-text-bold">${label}</span><span class="wprm-recipe-details">${value}</span>${
  unit === ''
    ? ''
    : `&#32;<span
class="wprm-recipe-details-unit">${unit}</span>`
}</div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
export const asBody = `<p class="wprm-disclosure"><em>${disclosure}</em></p>
<div class="wprm-recipe-snippet wprm-recipe-snippet-container" data-recipe-id="2820"><a href="#recipe" data-recipe="2820" class="wprm-recipe-jump
wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent">Jump to
Recipe</a>
<a href="https://numbernine.example/wprm_print/smoky-red-lentil-squash-soup" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode
wprm-recipe-print-inline-button" data-recipe-id="2820" target="_blank" rel="nofollow">Print Recipe</a></div>
${ps(p1)}
<div class="adthrive-ad adthrive-content adthrive-content-1" data-google-query-id="CJ3k" style="min-height: 250px;"><div
class="adthrive-ad-label">Advertisement</div>
<div id="google_ads_iframe_/18190176,22528233/AdThrive_Content_1/5f1c_0__container__"></div></div>
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<h2 class="wp-block-heading">${h2}</h2>
<ul class="wp-block-list">${tips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${h3}</h2>
${ps(p3)}`;
export const asCard = `<div id="recipe"></div><div id="wprm-recipe-container-2820" class="wprm-recipe-container" data-recipe-id="2820" data-servings="4">
<div class="wprm-recipe wprm-recipe-template-cutout-custom"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-rounded">
<img style="border-width: 0px;" width="200" height="200" src="https://numbernine.example/wp-content/uploads/2026/01/lentil-soup-200x200.jpg" alt=""></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${title}</h2>
<div class="wprm-recipe-rating wprm-recipe-rating-inline"><span class="wprm-recipe-rating-details wprm-block-text-normal">5 from 3 votes</span></div>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${summary}</span></div>
<div class="wprm-recipe-buttons"><a href="https://numbernine.example/wprm_print/2820" class="wprm-recipe-print wprm-recipe-link" target="_blank">Print
Recipe</a>
<a href="https://www.pinterest.com/pin/create/bookmarklet/?url=x" class="wprm-recipe-pin wprm-recipe-link" target="_blank" rel="nofollow noopener">Pin
Recipe</a></div>
<div class="wprm-recipe-meta-container
wprm-recipe-times-container">${meta('Prep Time', '15', 'mins')}${meta('Cook Time', '45', 'mins')}${meta('Total Time', '1', 'hr')}
</div><div class="wprm-recipe-meta-container">${meta('Course', 'Soup')}${meta('Cuisine', 'British')}${meta('Servings', '4', 'bowls')}</div>
<div class="wprm-recipe-ingredients-container wprm-recipe-2820-ingredients-container wprm-block-text-normal" data-recipe="2820" data-servings="4">
<h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none">Ingredients</h3>
<div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">${ingHtml.join('\n')}</ul></div></div>
<div class="wprm-recipe-instructions-container wprm-recipe-2820-instructions-container wprm-block-text-normal" data-recipe="2820">
<h3 class="wprm-recipe-header wprm-recipe-instructions-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none">Instructions</h3>
<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">${steps
  .map(
    (t, i) => `<li id="wprm-recipe-2820-step-0-${i}" class="wprm-recipe-instruction" style="list-style-type: decimal;">
<div class="wprm-recipe-instruction-text" style="margin-bottom: 5px;">${t}</div></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="wprm-recipe-notes-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-notes-header wprm-block-text-bold">Notes</h3>
<div class="wprm-recipe-notes"><span style="display: block;">${notes}</span></div></div>
<h3 class="wprm-recipe-header wprm-recipe-nutrition-header wprm-block-text-bold">Nutrition</h3><div class="wprm-nutrition-label-container
wprm-nutrition-label-container-simple">${nutrition.map((n) => `<span class="wprm-nutrition-label-text-nutrition-container">${n}</span>`).join(' | ')}</div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-header">Tried this recipe?</span><span
class="wprm-call-to-action-text">Let me know how it was in the comments below!</span></div></div></div>`;
const comments = [
  [
    'Hannah Okafor',
    'January 12, 2026 at 6:40 pm',
    'Made this tonight with a sweet potato instead of squash and it was perfect. Even my husband, who claims not to like lentils, had seconds.',
  ],
  ['Priya Lindqvist', 'January 12, 2026 at 9:02 pm', 'That is the best review I could ask for, Hannah. Thank you!'],
  ['Martin Drury', 'January 15, 2026 at 11:18 am', 'Lovely soup. I added a little smoked salt at the end, which I would recommend.'],
] as const;
export const asComments = `<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">
3 thoughts on “${title}”</h3></div><ol class="ast-comment-list">
${comments
  .map(
    (
      [n, d, t],
      i,
    ) => `<li class="comment depth-${i === 1 ? 2 : 1}" id="li-comment-${i}"><article id="comment-${i}" class="ast-comment"><div class="ast-comment-info">
<div class="ast-comment-avatar-wrap"><img alt="" src="https://secure.gravatar.example/avatar/${i}?s=50" class="avatar avatar-50 photo" height="50"
width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">${n}</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-${i}">
<time datetime="2026-01-1${i}">${d}</time></a></span></div></header></div></div></div><section class="ast-comment-content comment"><p>${t}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link"
href="?replytocom=${i}#respond">Reply</a></span>
</div></section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://numbernine.example/wp-comments-post.php" method="post"
id="ast-commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required
fields are marked <span class="required">*</span></span></p><div class="comment-form-wprm-rating"><label for="wprm-comment-rating-1">Recipe Rating</label>
<fieldset class="wprm-comment-ratings-container" data-original-rating="0"><legend>Recipe Rating</legend></fieldset></div>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea">
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author"><label for="author" class="screen-reader-text">Name*</label><input id="author"
name="author"
type="text" placeholder="Name*"></p><p class="comment-form-email"><label for="email" class="screen-reader-text">Email*</label><input id="email" name="email"
type="text" placeholder="Email*"></p><p class="comment-form-url"><label for="url" class="screen-reader-text">Website</label><input id="url" name="url"
type="text"
placeholder="Website"></p></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox"
value="yes"><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>`;
export const asFurniture = {
  headings: [h1, h2, h3, title, 'Ingredients', 'Instructions', 'Notes'],
  body: [...p1, ...p2, ...tips, ...p3, summary, ...texts(ingHtml), ...steps, notes],
  furniture: [
    disclosure,
    'Jump to Recipe',
    'Print Recipe',
    'Advertisement',
    '5 from 3 votes',
    'Pin Recipe',
    'Nutrition',
    ...nutrition,
    'Tried this recipe?',
    'Let me know how it was in the comments below!',
    `3 thoughts on “${title}”`,
    ...comments.flatMap(([n, d, t]) => (n === 'Priya Lindqvist' ? [d, t] : [n, d, t])),
    'Reply',
    'Leave a Reply',
    'Cancel reply',
    'Your email address will not be published.',
    'Required fields are marked *',
    'Recipe Rating',
    'Name*',
    'Email*',
    'Website',
    'Save my name, email, and website in this browser for the next time I comment.',
  ],
};
