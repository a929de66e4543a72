import { texts } from './page-kit.js';

/**
 * Held-out batch 67, file c3: the WP Recipe Maker card and the comment section of the food-blog page in file c (the card's
 * name, rating stars and count, Print/Pin/Rate buttons, summary, times with hidden unit words, course, cuisine, keyword,
 * adjustable servings, author, ingredient groups with hidden checkbox labels, instructions, notes, the nutrition line and the
 * "Tried this recipe?" call to action; then the Genesis comment list with avatars, "says", times, star images, replies by the
 * author and the comment form with its recipe-rating fieldset).
 */
const cardName = 'Brown Butter Pear Galette';
const cardSummary = 'A rustic free-form tart with a flaky rye crust, a layer of brown butter and brown sugar, and a spiral of ripe pears.';
type Ing = [amount: string, unit: string, name: string, notes: string];
const crust: Ing[] = [
  ['1', 'cup', 'all-purpose flour', '(125 g)'],
  ['½', 'cup', 'dark rye flour', '(55 g)'],
  ['1', 'tablespoon', 'granulated sugar', ''],
  ['½', 'teaspoon', 'kosher salt', ''],
  ['½', 'cup', 'cold unsalted butter', '(113 g), cut into cubes'],
  ['4 to 5', 'tablespoons', 'ice water', ''],
];
const filling: Ing[] = [
  ['2', 'tablespoons', 'unsalted butter', ''],
  ['¼', 'cup', 'packed light brown sugar', '(50 g)'],
  ['1', 'pinch', 'kosher salt', ''],
  ['3', 'medium', 'Bosc or Anjou pears', 'cored and thinly sliced'],
  ['1', 'tablespoon', 'ground almonds', '(optional)'],
  ['1', 'large', 'egg', 'beaten'],
  ['1', 'tablespoon', 'coarse sugar', ''],
];
const steps = [
  'Whisk the flours, sugar and salt in a food processor. Add the cold butter and pulse until the largest pieces are the size of peas.',
  'Drizzle in the ice water a tablespoon at a time, pulsing, until the dough holds together when pinched. Press it into a disk, wrap and ' +
    'chill for at least 1 hour.',
  'Place a baking sheet on the lowest oven rack and heat the oven to 400°F (200°C).',
  'Cook the 2 tablespoons of butter in a small pan over medium heat, swirling, until it smells nutty and the solids are golden, about 4 ' +
    'minutes. Stir in the brown sugar and salt.',
  'Roll the dough into a 12-inch circle on parchment. Spread the brown butter mixture over the center, scatter with ground almonds if ' +
    'using, and arrange the pears on top, leaving a 2-inch border.',
  'Fold the border over the fruit, brush the crust with egg and sprinkle with coarse sugar. Slide the galette, on its parchment, onto the ' +
    'hot baking sheet.',
  'Bake for 40 to 45 minutes, until deep golden. Cool for 20 minutes before slicing.',
];
const notes = [
  'The dough can be made up to 2 days ahead and kept in the fridge, or frozen for up to a month. Thaw it overnight in the fridge.',
  'Leftovers keep at room temperature, loosely covered, for a day.',
];
// label, then [number, hidden unit word, shown unit] pairs
const times: [string, [string, string, string][]][] = [
  ['Prep Time', [['30', 'minutes', 'mins']]],
  ['Cook Time', [['45', 'minutes', 'mins']]],
  ['Chill Time', [['1', 'hour', 'hr']]],
  [
    'Total Time',
    [
      ['2', 'hours', 'hrs'],
      ['15', 'minutes', 'mins'],
    ],
  ],
];
const meta: [string, string][] = [
  ['Course', 'Dessert'],
  ['Cuisine', 'American'],
  ['Keyword', 'pear galette, rye pastry'],
];
const nutrition = ['Calories: 312kcal', 'Carbohydrates: 38g', 'Protein: 4g', 'Fat: 17g', 'Saturated Fat: 10g', 'Sodium: 164mg', 'Fiber: 4g', 'Sugar: 17g'];
const ingText = ([a, u, n, x]: Ing): string => [a, u, n, x].filter((t) => t !== '').join(' ');
let uid = 0;
const ingLi = ([a, u, n, x]: Ing): string => {
  const id = uid++;
  const parts = [
    `<span class="wprm-recipe-ingredient-amount">${a}</span>`,
    u === '' ? '' : `<span class="wprm-recipe-ingredient-unit">${u}</span>`,
    `<span class="wprm-recipe-ingredient-name">${n}</span>`,
    x === '' ? '' : `<span class="wprm-recipe-ingredient-notes wprm-recipe-ingredient-notes-faded">${x}</span>`,
  ].filter((t) => t !== '');
  return `<li class="wprm-recipe-ingredient" style="list-style-type: none;" data-uid="${id}"><span class="wprm-checkbox-container"><input type="checkbox"
id="wprm-checkbox-${id}" class="wprm-checkbox" aria-label="&nbsp;${n}"><label for="wprm-checkbox-${id}" class="wprm-checkbox-label"><span class="sr-only
screen-reader-text wprm-screen-reader-text">▢ </span></label></span>${parts.join('&#32;')}</li>`;
};
const group = (name: string, items: Ing[]): string =>
  `<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name wprm-block-text-bold">${name}</h4>
<ul class="wprm-recipe-ingredients">${items.map(ingLi).join('\n')}</ul></div>`;
const timeBlock = ([label, parts]: [string, [string, string, string][]]): string =>
  `<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-time-container"><span
class="wprm-recipe-details-label wprm-block-text-faded wprm-recipe-time-label">${label} </span><span class="wprm-recipe-time wprm-block-text-normal">${parts
    .map(
      ([n, hidden, unit]) => `<span class="wprm-recipe-details wprm-recipe-details-${hidden}">${n}<span class="sr-only screen-reader-text
wprm-screen-reader-text"> ${hidden}</span></span> <span class="wprm-recipe-details-unit wprm-recipe-details-${hidden}" aria-hidden="true">${unit}</span>`,
    )
    .join(' ')}</span></div>`;
const timeText = ([, parts]: [string, [string, string, string][]]): string => parts.map((p) => p.join(' ')).join(' ');
const stars =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24"><polygon points="12,2.6 15,9 21.4,9.6 16.5,14 18,20.5"/></svg>';
export const fbCard = `<div id="recipe"></div><div id="wprm-recipe-container-4812" class="wprm-recipe-container" data-recipe-id="4812" data-servings="8">
<div class="wprm-recipe wprm-recipe-template-custom"><div class="wprm-recipe-image wprm-block-image-rounded"><img style="border-width:0px;" width="400"
height="400"
src="https://hazelandthyme.example/wp-content/uploads/2025/10/pear-galette-01-400x400.jpg" class="attachment-400x400 size-400x400" alt=""></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${cardName}</h2>
<div class="wprm-recipe-rating wprm-recipe-rating-recipe-4812">${stars.repeat(5)}<div class="wprm-recipe-rating-details wprm-block-text-normal"><span
class="wprm-recipe-rating-average">4.92</span> from <span class="wprm-recipe-rating-count">38</span> votes</div></div>
<div class="wprm-recipe-buttons"><a href="/wprm_print/brown-butter-pear-galette" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a>
<a href="https://www.pinterest.com/pin/create/bookmarklet/?url=x" class="wprm-recipe-pin wprm-recipe-link" target="_blank">Pin Recipe</a>
<a href="#comment" class="wprm-recipe-jump-to-comments wprm-recipe-link">Rate this Recipe</a></div>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${cardSummary}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container">${times.map(timeBlock).join('\n')}</div>
<div class="wprm-recipe-meta-container wprm-recipe-tags-container">${meta
  .map(
    ([l, v]) => `<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">${l} </span><span class="wprm-recipe-tag">${v}</span></div>`,
  )
  .join('\n')}
<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Servings </span><span class="wprm-recipe-servings wprm-recipe-details
wprm-recipe-servings-adjustable-tooltip" data-recipe="4812" aria-label="Adjust recipe servings">8</span> <span
class="wprm-recipe-servings-unit">slices</span></div>
<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Author </span><span class="wprm-recipe-author">Hannah
Lindqvist</span></div></div>
<div id="recipe-4812-ingredients" class="wprm-recipe-ingredients-container wprm-block-text-normal" data-recipe="4812" data-servings="8">
<h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-bold">Ingredients</h3>
<div class="wprm-recipe-adjustable-servings-container"><a href="#" class="wprm-recipe-adjustable-servings wprm-toggle wprm-toggle-active"
data-multiplier="1">1x</a>
<a href="#" class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="2">2x</a>
<a href="#" class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="3">3x</a></div>
${group('For the rye crust', crust)}
${group('For the filling', filling)}</div>
<div id="recipe-4812-instructions" class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3>
<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">${steps
  .map(
    (s, i) => `<li id="wprm-recipe-4812-step-0-${i}" class="wprm-recipe-instruction" style="list-style-type: decimal;"><div class="wprm-recipe-instruction-text"
style="margin-bottom: 5px;"><span style="display: block;">${s}</span></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div id="recipe-4812-notes" class="wprm-recipe-notes-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-notes-header">Notes</h3>
<div class="wprm-recipe-notes">${notes.map((n) => `<span style="display: block;">${n}</span>`).join('')}</div></div>
<h3 class="wprm-recipe-header wprm-recipe-nutrition-header">Nutrition</h3><div class="wprm-nutrition-label-container wprm-nutrition-label-container-simple">
${nutrition
  .map((n) => {
    const [l, v] = n.split(': ');
    return `<span class="wprm-nutrition-label-text-nutrition-container"><span class="wprm-nutrition-label-text-nutrition-label">${l}: </span><span
class="wprm-nutrition-label-text-nutrition-value">${v}</span></span>`;
  })
  .join('<span style="color: #777777"> | </span>')}</div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-text-container"><span class="wprm-call-to-action-header">Tried this
recipe?</span> <span class="wprm-call-to-action-text">Mention <a href="https://www.instagram.com/hazelandthyme" target="_blank">@hazelandthyme</a> or tag
<a href="https://www.instagram.com/explore/tags/hazelandthyme" target="_blank">#hazelandthyme</a>!</span></span></div></div></div>`;
export const fbCardHeadings = [cardName, 'Ingredients', 'For the rye crust', 'For the filling', 'Instructions', 'Notes'];
export const fbCardBody = [cardSummary, ...crust.map(ingText), ...filling.map(ingText), ...steps, ...notes];
export const fbCardBylines: string[] = [];
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
export const fbCardFurniture = [
  '4.92 from 38 votes', 'Pin Recipe', 'Rate this Recipe', ...times.map(([l]) => l), ...times.map(timeText),
  ...meta.flat().filter((t) => t !== 'Dessert'), 'Servings', '8 slices', 'Author', '1x', '2x', '3x', 'Nutrition', ...nutrition, 'Tried this recipe?',
  'Mention @hazelandthyme or tag #hazelandthyme!',
];
type Comment = [id: number, author: string, time: string, rating: number, text: string, replies: Comment[]];
const comments: Comment[] = [
  [
    1835,
    'Maggie R.',
    'October 12, 2025 at 4:18 pm',
    5,
    'Made this for my book club and it disappeared in ten minutes. I used Bosc pears like you said and they held their shape perfectly. The ' +
      'rye crust is going to be my new default.',
    [[1838, 'Hannah Lindqvist', 'October 12, 2025 at 8:02 pm', 0, 'That makes me so happy, Maggie! A book club galette is the best kind of galette.', []]],
  ],
  [
    1902,
    'Derek',
    'October 19, 2025 at 10:47 am',
    0,
    'Can I make the dough the day before? Weekend mornings are chaos at our house.',
    [
      [
        1904,
        'Hannah Lindqvist',
        'October 19, 2025 at 1:15 pm',
        0,
        'Yes! It keeps for two days in the fridge or a month in the freezer. Let it sit out for about ten minutes before you roll it.',
        [],
      ],
    ],
  ],
  [
    2011,
    'Priya S.',
    'November 1, 2025 at 6:30 pm',
    4,
    'Delicious, but my bottom crust was a little soft. Next time I will try the hot baking sheet trick from the tips section.',
    [],
  ],
];
const flat = (cs: Comment[]): Comment[] => cs.flatMap((c) => [c, ...flat(c[5])]);
const commentLi = ([id, author, time, rating, text, replies]: Comment, depth: number): string => `<li class="comment ${
  author.startsWith('Hannah') ? 'byuser comment-author-hannah bypostauthor' : ''
} depth-${depth}" id="comment-${id}"><article id="article-comment-${id}"><header class="comment-header">
<p class="comment-author"><img alt="" src="https://secure.gravatar.com/avatar/${id}?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo" height="48" width="48"
loading="lazy"><span class="comment-author-name">${author}</span> <span class="says">says</span></p><p class="comment-meta"><time class="comment-time"
datetime="2025-10-12T16:18:22-05:00"><a class="comment-time-link" href="#comment-${id}">${time}</a></time></p></header><div class="comment-content"><p>${
  rating > 0
    ? `<img class="wprm-comment-rating" src="/wp-content/plugins/wp-recipe-maker/assets/icons/rating/stars-${rating}.svg" alt="${rating} stars" width="80"
height="16"><br>`
    : ''
}${text}</p></div><div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}" aria-label="Reply to ${author}">Reply</a>
</div></article>${replies.length > 0 ? `<ul class="children">${replies.map((r) => commentLi(r, depth + 1)).join('')}</ul>` : ''}</li>`;
const rateInputs = [0, 1, 2, 3, 4, 5].map(
  (n) => `<input aria-label="Rate this recipe ${n} out of 5 stars" name="wprm-comment-rating" value="${n}" type="radio">`,
);
export const fbComments = `<h2 class="screen-reader-text">Reader Interactions</h2>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">${comments.map((c) => commentLi(c, 1)).join('\n')}</ol>
<div class="navigation"><div class="alignleft"><a href="/brown-butter-pear-galette/comment-page-2/#comments">« Older Comments</a></div></div></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"
novalidate>
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><div class="comment-form-wprm-rating"><label for="wprm-comment-rating-2219">Recipe Rating</label><span
class="wprm-rating-stars">
<fieldset class="wprm-comment-ratings-container"><legend>Recipe Rating</legend>${rateInputs.join('')}</fieldset></span></div>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"
required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" required></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label
for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>`;
export const fbCommentBylines = [...new Set(flat(comments).flatMap(([, a, t]) => [a, t]))].filter((t) => t !== 'Hannah Lindqvist');
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
export const fbCommentFurniture = [
  'Reader Interactions', 'says', ...texts(flat(comments).map((c) => c[4])), 'Reply', '« Older Comments', 'Leave a Reply', 'Cancel reply',
  'Your email address will not be published.', 'Required fields are marked', 'Recipe Rating', 'Comment', 'Name', 'Email',
  'Save my name, email, and website in this browser for the next time I comment.',
];
