import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 73, page 2: a WordPress (Genesis child theme, Feast, Yoast, WP Recipe Maker) recipe post with its recipe card. */
const wrTitle = 'Brown Butter Pear Galette with Cardamom Sugar';
const wrDisclosure = 'This post may contain affiliate links. Please read my disclosure policy.';
const wrIntro = [
  'This is the dessert I make when people are coming over and I have forgotten to plan a dessert. A galette forgives everything a ' +
    'pie punishes: the crust does not need to be even, the fruit does not need to be arranged, and a little juice escaping onto the ' +
    'tray only makes the edges taste better.',
  'The brown butter goes into the crust as well as the filling, which gives the whole thing a toasty, nutty flavour, and a spoonful ' +
    'of cardamom sugar over the rim makes the kitchen smell like a bakery on a cold morning.',
];
const wrWhy = [
  'It uses four or five pears, which is exactly the number that go soft on the counter at once.',
  'The dough comes together in a food processor in about two minutes.',
  'It looks rustic on purpose, so nobody can tell if it went wrong.',
];
const wrHow = [
  'Brown the butter first and let it cool until it is just set but still soft; if it goes into the flour warm, the crust will be ' +
    'tender but not flaky. Pulse it with the flour, salt and sugar until the pieces are the size of peas, then add ice water a ' +
    'spoonful at a time.',
  'While the dough chills, slice the pears thinly and toss them with lemon juice, a little flour and the remaining brown butter. ' +
    'Pile them in the middle of the rolled dough, leaving a wide border, and fold the edges over in loose pleats.',
];
const wrTips = [
  '<strong>Keep everything cold.</strong> If the dough gets sticky while you pleat the edges, slide the whole tray into the fridge ' + 'for ten minutes.',
  '<strong>Use firm pears.</strong> Very ripe pears release so much juice that the base turns soggy. Bosc or Conference hold their ' + 'shape best.',
];
const wrStore = [
  'The galette keeps, loosely covered, at room temperature for a day, or in the fridge for three. Warm slices in a low oven for ' +
    'ten minutes to crisp the crust again.',
];
const wrSummary = 'A rustic pear tart with a brown butter crust and a crunchy cardamom sugar rim. No pie dish needed.';
const wrCrust = [
  '1¼ cups all-purpose flour',
  '½ cup unsalted butter, browned and cooled until just set',
  '1 tablespoon sugar',
  '¼ teaspoon fine salt',
  '3 to 4 tablespoons ice water',
];
const wrFilling = [
  '4 firm pears, cored and thinly sliced',
  '1 tablespoon lemon juice',
  '2 tablespoons brown sugar',
  '1 tablespoon flour',
  '1 egg, beaten, for brushing',
  '2 tablespoons sugar mixed with ½ teaspoon ground cardamom',
];
const wrSteps = [
  'Pulse the flour, sugar and salt in a food processor. Add the cooled brown butter and pulse until the pieces are pea-sized.',
  'Add ice water a spoonful at a time until the dough holds together when pinched. Flatten into a disc, wrap and chill for 30 minutes.',
  'Heat the oven to 400°F (200°C). Toss the pears with the lemon juice, brown sugar and flour.',
  'Roll the dough into a rough 12-inch circle on a sheet of parchment. Pile the pears in the centre, leaving a 2-inch border, and fold the edges over.',
  'Brush the crust with egg, sprinkle the cardamom sugar over the rim and bake for 40 to 45 minutes, until deep golden. Cool for 15 minutes before slicing.',
];
const wrNotes = ['The dough can be made up to two days ahead and kept wrapped in the fridge. Apples work in place of pears; slice them a little thinner.'];
const wrIng = (t: string, i: number): string => {
  const [amount, unit, ...rest] = t.split(' ');
  return `<li class="wprm-recipe-ingredient" style="list-style-type: none;" data-uid="${i}"><span class="wprm-checkbox-container"><input type="checkbox"
id="wprm-checkbox-${i}" class="wprm-checkbox" aria-label="${rest.join(' ')}"><label for="wprm-checkbox-${i}" class="wprm-checkbox-label">
<span class="sr-only screen-reader-text wprm-screen-reader-text">▢ </span></label></span><span class="wprm-recipe-ingredient-amount">${amount}</span>
<span class="wprm-recipe-ingredient-unit">${unit}</span> <span class="wprm-recipe-ingredient-name">${rest.join(' ')}</span></li>`;
};
const wrMeta = [
  ['prep_time', 'Prep Time', '25 minutes'],
  ['cook_time', 'Cook Time', '45 minutes'],
  ['custom_time', 'Chill Time', '30 minutes'],
  ['total_time', 'Total Time', '1 hour 40 minutes'],
  ['course', 'Course', 'Dessert'],
  ['cuisine', 'Cuisine', 'French'],
  ['servings', 'Servings', '8 slices'],
  ['calories', 'Calories', '286kcal'],
];
const wrNutrition = 'Calories: 286kcal | Carbohydrates: 38g | Protein: 3g | Fat: 14g | Saturated Fat: 8g | Sugar: 19g | Fiber: 4g';
const wrCard = `<div id="recipe"></div><div id="wprm-recipe-container-3140" class="wprm-recipe-container" data-recipe-id="3140" data-servings="8">
<div class="wprm-recipe wprm-recipe-template-pantry-card"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-rounded">
<img style="border-width: 0px;" width="250" height="250" src="/wp-content/uploads/2025/10/pear-galette-250x250.jpg" class="attachment-250x250 size-250x250"
alt="Brown butter pear galette on a baking sheet"></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">Brown Butter Pear Galette</h2>
<div class="wprm-spacer"></div><style>#wprm-recipe-rating-0 .wprm-rating-star.wprm-rating-star-full svg * { fill: #343434; }</style>
<div id="wprm-recipe-rating-0" class="wprm-recipe-rating wprm-recipe-rating-recipe-3140 wprm-user-rating wprm-recipe-rating-inline"
data-recipe="3140" data-average="4.91" data-count="33" data-total="162" data-user="0"><span class="wprm-rating-star wprm-rating-star-1 wprm-rating-star-full"
data-rating="1"><svg width="16" height="16"><polygon points="12,2.5 14.9,9.1"></polygon></svg></span>
<div class="wprm-recipe-rating-details wprm-block-text-normal"><span class="wprm-recipe-rating-average">4.91</span> from <span
class="wprm-recipe-rating-count">33</span> votes</div></div>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${wrSummary}</span></div>
<div class="wprm-recipe-buttons"><a href="/wprm_print/brown-butter-pear-galette" style="color: #ffffff;background-color: #3f5e4a;"
class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode wprm-block-text-normal" data-recipe-id="3140" data-template="" target="_blank"
rel="nofollow">Print</a><a href="https://www.pinterest.com/pin/create/bookmarklet/" class="wprm-recipe-pin wprm-recipe-link wprm-block-text-normal"
target="_blank" rel="nofollow noopener" data-recipe="3140">Pin</a><a href="#comment" class="wprm-recipe-jump-to-comments wprm-recipe-link
wprm-block-text-normal">Rate</a></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container wprm-recipe-details-container-table">${wrMeta
  .map(
    ([k, label, v]) => `<div class="wprm-recipe-block-container wprm-recipe-block-container-table wprm-recipe-${k}-container">
<span class="wprm-recipe-details-label wprm-block-text-uppercase wprm-recipe-${k}-label">${label}</span><span class="wprm-recipe-details
wprm-recipe-${k}">${v}</span></div>`,
  )
  .join('\n')}</div>
<div class="wprm-recipe-block-container wprm-recipe-author-container"><span class="wprm-recipe-details-label wprm-recipe-author-label">Author</span>
<span class="wprm-recipe-details wprm-recipe-author wprm-block-text-normal">Jenna Ostrow</span></div>
<div id="recipe-3140-ingredients" class="wprm-recipe-ingredients-container wprm-recipe-3140-ingredients-container wprm-block-text-normal" data-recipe="3140"
data-servings="8"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-uppercase wprm-align-left wprm-header-decoration-line"
style="">Ingredients<div class="wprm-decoration-line" style="border-color: #e0e0e0"></div>
<div class="wprm-recipe-adjustable-servings-container" style="">
<a href="#" role="button" class="wprm-recipe-adjustable-servings wprm-toggle wprm-toggle-active" data-multiplier="1" data-servings="8"
aria-label="Adjust recipe servings">1x</a><a href="#" role="button" class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="2">2x</a><a href="#"
role="button" class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="3">3x</a></div></h3>
<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name wprm-block-text-bold">For the crust</h4>
<ul class="wprm-recipe-ingredients">${wrCrust.map(wrIng).join('\n')}</ul></div>
<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name wprm-block-text-bold">For the filling</h4>
<ul class="wprm-recipe-ingredients">${wrFilling.map((t, i) => wrIng(t, i + 10)).join('\n')}</ul></div></div>
<div id="recipe-3140-instructions" class="wprm-recipe-instructions-container wprm-recipe-3140-instructions-container wprm-block-text-normal" data-recipe="3140">
<h3 class="wprm-recipe-header wprm-recipe-instructions-header wprm-block-text-uppercase wprm-align-left wprm-header-decoration-line">Instructions
<div class="wprm-decoration-line" style="border-color: #e0e0e0"></div></h3><div class="wprm-recipe-instruction-group">
<ul class="wprm-recipe-instructions">${wrSteps
  .map(
    (t, i) => `<li id="wprm-recipe-3140-step-0-${i}" class="wprm-recipe-instruction" style="list-style-type: decimal;"><div class="wprm-recipe-instruction-text"
style="margin-bottom: 5px;"><span style="display: block;">${t}</span></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div id="recipe-3140-notes" class="wprm-recipe-notes-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-notes-header
wprm-block-text-uppercase">Notes</h3><div class="wprm-recipe-notes"><span style="display: block;">${wrNotes[0]}</span></div></div>
<h3 class="wprm-recipe-header wprm-recipe-nutrition-header wprm-block-text-uppercase">Nutrition</h3><div class="wprm-nutrition-label-container
wprm-nutrition-label-container-simple wprm-block-text-normal">${wrNutrition
  .split(' | ')
  .map((n) => {
    const [l, v] = n.split(': ');
    return `<span class="wprm-nutrition-label-text-nutrition-container"><span class="wprm-nutrition-label-text-nutrition-label">${l}: </span><span
class="wprm-nutrition-label-text-nutrition-value">${v}</span></span><span style="color: #777777"> | </span>`;
  })
  .join('')}</div>
<div class="wprm-call-to-action wprm-call-to-action-simple" style="color: #ffffff;background-color: #3f5e4a;margin: 0px;padding-top: 10px;">
<span class="wprm-call-to-action-text-container"><span class="wprm-call-to-action-header" style="color: #ffffff;">Tried this recipe?</span><span
class="wprm-call-to-action-text">Mention <a href="https://www.instagram.com/pantryandpine" target="_blank" rel="noreferrer noopener"
style="color: #ffffff">@pantryandpine</a> or tag <a href="https://www.instagram.com/explore/tags/pantryandpine" target="_blank" rel="noreferrer noopener"
style="color: #ffffff">#pantryandpine</a>!</span></span></div></div></div>`;
const wrNav = ['Recipes', 'Breakfast', 'Dinner', 'Desserts', 'Baking Basics', 'About'];
const wrHeads = ['Why you’ll love this galette', 'How to make it', 'Tips for the flakiest crust', 'Storing and reheating'];
const wrComments = [
  {
    n: 'Margot',
    d: 'October 5, 2025 at 7:14 pm',
    t: 'Made this for my book club with Bosc pears and it vanished in about five minutes. The brown butter crust is genius.',
  },
  {
    n: 'Pete H.',
    d: 'October 9, 2025 at 11:02 am',
    t: 'Can I use a store-bought crust if I’m short on time?',
  },
  {
    n: 'Jenna Ostrow',
    d: 'October 9, 2025 at 3:40 pm',
    t: 'You can, Pete! Brush it with a little melted brown butter before adding the pears so you still get some of that nutty flavour.',
  },
];
const wrAbout = 'I’m a former pastry cook who now bakes in a tiny apartment kitchen. Here you’ll find forgiving recipes for real life.';
const wrPopular = ['Soft Molasses Cookies', 'One-Bowl Banana Bread', 'Sheet Pan Gnocchi with Squash', 'Easy Apple Crumble Bars'];
const wrNewsletter = ['Get new recipes by email', 'One email a week with the newest recipe and a baking tip. No spam, ever.', 'Subscribe'];
const wrFoot = ['Privacy Policy', 'Disclosure', 'Accessibility', 'Contact'];
const wrFormNote = 'Your email address will not be published. Required fields are marked *';
const wrLd = `{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wrTitle}","author":{"name":"Jenna Ostrow"},
"datePublished":"2025-10-03T08:00:00+00:00","commentCount":42},{"@type":"Recipe","name":"Brown Butter Pear Galette","author":{"@type":"Person",
"name":"Jenna Ostrow"},"description":"${wrSummary}","prepTime":"PT25M","cookTime":"PT45M","totalTime":"PT100M","recipeYield":["8","8 slices"],
"recipeCategory":["Dessert"],"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.91","ratingCount":"33"}}]}`;
const wrHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wrTitle} - Pantry &amp; Pine</title><meta name="description" content="${wrSummary}">
<meta property="og:type" content="article"><meta property="og:title" content="${wrTitle}">
<script type="application/ld+json" class="yoast-schema-graph">${wrLd}</script>
<link rel="stylesheet" id="wprm-public-css" href="/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.8.3" media="all">
<link rel="stylesheet" id="pantry-pine-css" href="/wp-content/themes/pantry-pine/style.css?ver=2.1.0" media="all">
<script data-no-optimize="1" data-cfasync="false">(function(w, d) { w.adthrive = w.adthrive || {}; w.adthrive.cmd = w.adthrive.cmd || []; })(window,
document);</script>
</head>
<body class="post-template-default single single-post postid-3112 single-format-standard wp-embed-responsive header-full-width content-sidebar
genesis-breadcrumbs-hidden genesis-footer-widgets-visible feast-plugin adthrive-device-desktop">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li>
<li><a href="#genesis-sidebar-primary" class="screen-reader-shortcut"> Skip to primary sidebar</a></li></ul>
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="/">Pantry &amp; Pine</a></p></div>
<nav class="nav-primary" aria-label="Main" id="genesis-nav-primary"><div class="wrap"><ul id="menu-main-menu" class="menu genesis-nav-menu menu-primary">
${links(wrNav, 'menu-item')}</ul></div></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-3112 post type-post status-publish format-standard has-post-thumbnail category-desserts entry" aria-label="${wrTitle}">
<header class="entry-header"><h1 class="entry-title">${wrTitle}</h1>
<p class="entry-meta">By <span class="entry-author"><a href="/about/" class="entry-author-link" rel="author"><span class="entry-author-name">Jenna
Ostrow</span></a></span> <span class="entry-modified-time">Updated: <time datetime="2025-10-03T08:00:00+00:00">October 3, 2025</time></span>
<span class="entry-comments-link"><a href="#comments">42 Comments</a></span></p></header>
<div class="entry-content"><p class="disclosure"><em>${wrDisclosure.replace('disclosure policy', '<a href="/disclosure/">disclosure policy</a>')}</em></p>
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="3140" style="color: #ffffff;background-color: #3f5e4a;"
class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button
wprm-color-accent">Jump to Recipe</a> <a href="/wprm_print/brown-butter-pear-galette" style="color: #3f5e4a;" class="wprm-recipe-print wprm-recipe-link
wprm-print-recipe-shortcode wprm-block-text-normal wprm-recipe-print-inline-button" data-recipe-id="3140" target="_blank" rel="nofollow">Print Recipe</a>
</div>
${ps(wrIntro)}
<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="1800" src="/wp-content/uploads/2025/10/pear-galette-slice.jpg"
alt="A slice of pear galette with whipped cream" class="wp-image-3121"></figure>
<h2 class="wp-block-heading" id="h-why-you-ll-love-this-galette">${wrHeads[0]}</h2>
<ul class="wp-block-list">${wrWhy.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="adthrive-ad adthrive-content adthrive-content-1 adthrive-ad-cls" style="min-height: 250px;" data-google-query-id="CKb2x"></div>
<h2 class="wp-block-heading" id="h-how-to-make-it">${wrHeads[1]}</h2>
${ps(wrHow)}
<h2 class="wp-block-heading" id="h-tips">${wrHeads[2]}</h2>
${ps(wrTips)}
<div class="adthrive-ad adthrive-content adthrive-content-2 adthrive-ad-cls" style="min-height: 250px;"></div>
<h2 class="wp-block-heading" id="h-storing">${wrHeads[3]}</h2>
${ps(wrStore)}
${wrCard}
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/desserts/" rel="category tag">Desserts</a></span></p>
</footer></article>
<h2 class="screen-reader-text">Reader Interactions</h2>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">${wrComments
  .map(
    (c, i) => `<li class="comment ${i === 2 ? 'byuser comment-author-jenna bypostauthor' : ''} depth-${i === 2 ? 2 : 1}" id="comment-${88410 + i}">
<article id="article-comment-${88410 + i}"><header class="comment-header"><p class="comment-author"><img alt="" src="/avatar-${i}.png" class="avatar"
height="48" width="48"><span class="comment-author-name">${c.n}</span> <span class="says">says</span></p>
<p class="comment-meta"><time class="comment-time" datetime="2025-10-05T19:14:00+00:00"><a class="comment-time-link" href="#comment-${88410 + i}">${c.d}</a>
</time></p></header><div
class="comment-content">${i === 0 ? '<img class="wprm-comment-rating" src="/stars-5.svg" alt="5 stars" width="80" height="16"><br>' : ''}
<p>${c.t}</p></div><div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${88410 + i}">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post"
id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="comment-form-wprm-rating"><label for="wprm-comment-rating-0">Recipe Rating</label><span class="wprm-rating-stars">
<fieldset class="wprm-comment-ratings-container"><legend>Recipe Rating</legend></fieldset></span></div>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" id="genesis-sidebar-primary">
<h2 class="genesis-sidebar-title screen-reader-text">Primary Sidebar</h2>
<section id="text-2" class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">Hi, I’m Jenna!</h3>
<div class="textwidget"><p>${wrAbout}</p><p><a href="/about/">Read more about me</a></p></div></div></section>
<section id="newsletter-3" class="widget enews-widget"><div class="widget-wrap"><div class="enews"><h3 class="widgettitle widget-title">${wrNewsletter[0]}</h3>
<p>${wrNewsletter[1]}</p><form id="subscribeenews-ext-3" class="enews-form" action="/subscribe" method="post"><input type="email" placeholder="Email address"
aria-label="Email address"><input type="submit" value="${wrNewsletter[2]}"></form></div></div></section>
<section id="popular-3" class="widget widget_popular"><div class="widget-wrap"><h3 class="widgettitle widget-title">Popular Recipes</h3>
<ul>${links(wrPopular)}</ul></div></section></aside></div></div>
<footer class="site-footer"><div class="wrap"><ul class="footer-links">${links(wrFoot)}</ul>
<p>As a Greenmart affiliate I earn from qualifying purchases.</p><p>Copyright © 2025 Pantry &amp; Pine</p></div></footer></div>
<div id="adthrive-sticky-container" class="adthrive-sticky-container"><div class="adthrive-ad adthrive-footer-1 adthrive-sticky"></div>
<button class="adthrive-close" aria-label="Close ad">✕</button></div>
<script src="/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.8.3" id="wprm-public-js"></script>
</body></html>`;

export const wpRecipe: TestPage = {
  html: wrHtml,
  name: 'heldout73-wordpress-recipe-blog',
  kind: 'blog',
  // the recipe card is the article's end: its name, ingredient-group names and section labels are headings, its summary,
  // ingredients, steps and notes body; the card's rating, buttons, time/course/servings labels and values, author label,
  // servings multipliers, nutrition and call to action are furniture; the disclosure, "Jump to Recipe" and "Print Recipe"
  // at the top are furniture; reader comments (the author's reply too) are furniture
  title: wrTitle,
  headings: [...wrHeads, 'Brown Butter Pear Galette', 'Ingredients', 'For the crust', 'For the filling', 'Instructions', 'Notes'],
  body: [...texts(wrIntro), ...wrWhy, ...texts(wrHow), ...texts(wrTips), ...wrStore, wrSummary, ...wrCrust, ...wrFilling, ...wrSteps, ...wrNotes],
  bylines: ['Jenna Ostrow', 'Updated:', 'October 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to primary sidebar', 'Pantry & Pine', ...wrNav, '42 Comments', wrDisclosure, 'Jump to Recipe', 'Print Recipe',
    '4.91 from 33 votes', 'Print', 'Pin', 'Rate', ...wrMeta.flatMap(([, l, v]) => [l!, v!]), 'Author', '1x', '2x', '3x', 'Nutrition', wrNutrition,
    'Tried this recipe?', 'Mention @pantryandpine or tag #pantryandpine!', 'Filed Under:', 'Reader Interactions', 'Comments',
    ...wrComments.flatMap((c) => [c.d, c.t]), 'Margot', 'Pete H.', 'says', 'Reply', 'Leave a Reply', wrFormNote, 'Recipe Rating', 'Comment *', 'Name *',
    'Email *', 'Primary Sidebar', 'Hi, I’m Jenna!', wrAbout, 'Read more about me', ...wrNewsletter.slice(0, 2), 'Popular Recipes', ...wrPopular, ...wrFoot,
    'As a Greenmart affiliate I earn from qualifying purchases.', 'Copyright © 2025 Pantry & Pine', '✕',
  ],
};
