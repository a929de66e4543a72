import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 5 (blog), written in session 9 before any measurement and without looking at
 * the reader's rules: a recipe blog post on a Genesis/WP Recipe Maker template (jump and print
 * links, disclosure, ad slots, recipe card with times and nutrition, comment form, sidebar bio),
 * and a gadget review with a score card, pros and cons, retailer buttons and a cookie banner.
 */
const post = [
  'This cornbread is the one I make when there is a pot of chili on the stove and nobody wants to wait. It bakes in a hot ' +
    'cast iron skillet, so the edges come out crisp and deep golden while the middle stays soft and just a little sweet.',
  'The secret is browning the butter first. It only takes four minutes, and it gives the bread a toasty, nutty flavor that ' +
    'plain melted butter does not. You brown it right in the skillet you bake in, so there is nothing extra to wash.',
  'Heating the skillet before the batter goes in is what makes the crust. The batter sizzles when it hits the pan.',
  'Using half cornmeal and half flour keeps the texture tender without losing the corn flavor.',
  'Buttermilk reacts with the baking soda for a good rise, and its tang balances the honey.',
  'Fine or medium-grind cornmeal both work here. Coarse polenta stays gritty, so save it for another day. If you do not ' +
    'have buttermilk, stir a tablespoon of lemon juice into a cup of milk and let it stand for five minutes.',
  'Leftover cornbread keeps at room temperature, well wrapped, for two days. To freeze it, wrap individual squares and ' +
    'freeze for up to three months, then warm them in a low oven straight from the freezer.',
];
const card = [
  '1 cup yellow cornmeal',
  '1 cup all-purpose flour',
  '1 teaspoon baking powder',
  '1/2 teaspoon baking soda',
  '3/4 teaspoon salt',
  '8 tablespoons unsalted butter',
  '1 1/4 cups buttermilk',
  '2 large eggs',
  '3 tablespoons honey',
  'Place a 10-inch cast iron skillet in the oven and heat the oven to 425°F.',
  'Whisk the cornmeal, flour, baking powder, baking soda and salt together in a large bowl.',
  'Carefully take the hot skillet out, add the butter and swirl until it foams and turns nutty brown, about 4 minutes.',
  'Whisk the buttermilk, eggs and honey in a second bowl, then whisk in all but one tablespoon of the browned butter.',
  'Stir the wet ingredients into the dry until just combined, pour into the hot skillet and bake for 20 to 24 minutes, until golden.',
  'For a savory version, leave out the honey and fold in a cup of grated cheddar and a chopped jalapeño.',
];
const li = (items: readonly string[], cls: string): string => items.map((x) => `<li class="${cls}">${x}</li>`).join('\n');
const recipe: TestPage = {
  name: 'heldout5-recipe-card-blog',
  kind: 'blog',
  // gold: post title, the post's prose, headings and bullet list, and the card's ingredients, instructions and notes with their headings;
  // the card's name, times, servings, nutrition, ratings and buttons are furniture
  title: 'Brown Butter Skillet Cornbread',
  headings: ['Why this recipe works', 'Ingredient notes', 'Storing and freezing', 'Ingredients', 'Instructions', 'Notes'],
  body: [...texts(post), ...card],
  bylines: ['By Hannah Lowe', 'Updated on October 2, 2024'],
  furniture: [
    'Skip to primary navigation',
    'Skip to main content',
    'Dinner',
    'Desserts',
    'Shop',
    '148 Comments',
    'Jump to Recipe',
    'Print Recipe',
    'This post may contain affiliate links. Please read our disclosure policy.',
    'Pin',
    'Rate',
    'Crispy Skillet Cornbread',
    '4.96 from 212 votes',
    'Prep Time',
    'Cook Time',
    'Total Time',
    'Course',
    'Side Dish',
    'Servings',
    '8 slices',
    'Calories',
    'Calories: 245kcal | Carbohydrates: 30g | Protein: 5g | Fat: 12g | Sodium: 395mg',
    'Tried this recipe? Mention @hannahbakes or tag #hannahbakes!',
    'Filed Under: Bread, Side Dishes',
    'Leave a Reply',
    'Recipe Rating',
    'Marcy says:',
    'Made this with the cheddar and jalapeño and my husband asked for it again the next night!',
    'Reply',
    "Hi, I'm Hannah!",
    'I bake from a tiny kitchen in Asheville and share the recipes my family asks for again and again.',
    'Get new recipes by email',
    'Copyright © 2025 Hannah Bakes',
  ],
  html: `<!DOCTYPE html><html lang="en-US"><head><title>Brown Butter Skillet Cornbread - Hannah Bakes</title><script type="application/ld+json">\
{"@context":"https://schema.org/","@type":"Recipe","name":"Crispy Skillet Cornbread","recipeYield":["8"]}</script></head>
<body class="wp-singular post-template-default single single-post postid-5120 wp-theme-genesis header-full-width content-sidebar">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-nav-primary" class="screen-reader-shortcut">Skip to primary navigation</a>\
</li><li><a href="#genesis-content" class="screen-reader-shortcut">Skip to main content</a></li></ul>
<header class="site-header"><div class="wrap"><p class="site-title"><a>Hannah Bakes</a></p><nav class="nav-primary" id="genesis-nav-primary"><ul\
 class="menu genesis-nav-menu"><li class="menu-item"><a>Recipes</a></li><li class="menu-item"><a>Dinner</a></li><li class="menu-item"><a>Desserts</a></li>\
<li class="menu-item"><a>About</a></li><li class="menu-item"><a>Shop</a></li></ul></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content"><article class="post-5120 post type-post status-publish\
 entry" aria-label="Brown Butter Skillet Cornbread"><header class="entry-header"><h1 class="entry-title">Brown Butter Skillet Cornbread</h1>
<p class="entry-meta">By <span class="entry-author"><a class="entry-author-link"><span class="entry-author-name">Hannah Lowe</span></a></span> <span\
 class="entry-modified-time">Updated on October 2, 2024</span> <span class="entry-comments-link"><a href="#comments">148 Comments</a></span></p>
<div class="wprm-recipe-snippet"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Jump to Recipe</a> <a class="wprm-recipe-print\
 wprm-recipe-link">Print Recipe</a></div></header>
<div class="entry-content"><p class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></p>
${ps(post.slice(0, 2))}
<div class="adthrive-ad adthrive-content adthrive-content-1" data-google-query-id="CPx"><div id="google_ads_iframe_content_1"></div></div>
<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="1800" src="/wp-content/uploads/2024/10/cornbread-skillet.jpg"\
 alt="Cornbread in a cast iron skillet with a pat of butter on top."></figure>
<h2 class="wp-block-heading">Why this recipe works</h2><ul class="wp-block-list">${li(post.slice(2, 5), 'wp-block-list-item')}</ul>
<h2 class="wp-block-heading">Ingredient notes</h2>${ps(post.slice(5, 6))}
<div class="adthrive-ad adthrive-content adthrive-content-2"></div>
<h2 class="wp-block-heading">Storing and freezing</h2>${ps(post.slice(6))}
<div id="recipe"></div><div id="wprm-recipe-container-5133" class="wprm-recipe-container" data-recipe-id="5133"><div class="wprm-recipe\
 wprm-recipe-template-hannah"><h2 class="wprm-recipe-name wprm-block-text-bold">Crispy Skillet Cornbread</h2>
<div class="wprm-recipe-rating"><span class="wprm-recipe-rating-star"></span><div class="wprm-recipe-rating-details">4.96 from 212 votes</div></div>
<div class="wprm-recipe-buttons"><a class="wprm-recipe-print wprm-recipe-link">Print</a><a class="wprm-recipe-pin wprm-recipe-link">Pin</a><a\
 class="wprm-recipe-rate wprm-recipe-link">Rate</a></div>
<div class="wprm-recipe-meta-container"><div class="wprm-recipe-block-container wprm-recipe-time-container"><span class="wprm-recipe-details-label">Prep\
 Time</span> <span class="wprm-recipe-time">10 minutes</span></div><div class="wprm-recipe-time-container"><span class="wprm-recipe-details-label">Cook\
 Time</span> <span class="wprm-recipe-time">24 minutes</span></div><div class="wprm-recipe-time-container"><span class="wprm-recipe-details-label">Total\
 Time</span> <span class="wprm-recipe-time">34 minutes</span></div><div class="wprm-recipe-tag-container"><span class="wprm-recipe-details-label">Course\
</span> <span class="wprm-recipe-course">Side Dish</span></div><div class="wprm-recipe-servings-container"><span class="wprm-recipe-details-label">Servings\
</span> <span class="wprm-recipe-servings">8 slices</span></div><div class="wprm-recipe-nutrition-container"><span class="wprm-recipe-details-label">Calories\
</span> <span class="wprm-recipe-nutrition">245kcal</span></div></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul class="wprm-recipe-ingredients">\
${li(card.slice(0, 9), 'wprm-recipe-ingredient')}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ul class="wprm-recipe-instructions">\
${card
  .slice(9, 14)
  .map((x) => `<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">${x}</div></li>`)
  .join('\n')}</ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">Notes</h3><div class="wprm-recipe-notes">${card[14]}</div></div>
<div class="wprm-nutrition-label-container"><span class="wprm-nutrition-label-text-nutrition-container">Calories: 245kcal | Carbohydrates: 30g | Protein:\
 5g | Fat: 12g | Sodium: 395mg</span></div>
<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Tried this recipe?</span> <span class="wprm-call-to-action-text">Mention\
 @hannahbakes or tag #hannahbakes!</span></div></div></div></div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a>Bread</a>, <a>Side Dishes</a></span></p></footer></article>
<div class="entry-comments" id="comments"><h3>148 Comments</h3><div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form\
 class="comment-form"><div class="comment-form-wprm-rating"><label>Recipe Rating</label></div><textarea name="comment"></textarea><input type="submit"\
 value="Post Comment"></form></div><ol class="comment-list"><li class="comment"><article class="comment-body"><header class="comment-header"><p\
 class="comment-author"><span class="comment-author-name">Marcy</span> <span class="says">says:</span></p></header><div class="comment-content"><p>Made\
 this with the cheddar and jalapeño and my husband asked for it again the next night!</p></div><div class="comment-reply"><a>Reply</a></div></article>\
</li></ol></div></main>
<aside class="sidebar sidebar-primary widget-area" role="complementary"><section class="widget"><h3 class="widgettitle">Hi, I'm Hannah!</h3><p>I bake from\
 a tiny kitchen in Asheville and share the recipes my family asks for again and again.</p></section><section class="widget"><h3>Get new recipes by email</h3>\
<form><input type="email"><button>Subscribe</button></form></section></aside></div></div>
<footer class="site-footer"><p>Copyright © 2025 Hannah Bakes</p></footer><div class="adthrive-footer-ad"></div></div></body></html>`,
};

const review = [
  'The Folio Slate 10 is the first e-ink tablet I have used that makes handwriting feel like writing rather than like ' +
    'drawing on glass. The screen has a faint grain that catches the stylus, there is almost no lag between the nib and ' +
    'the line, and the pen never needs charging.',
  'It is also a very narrow device. It does notes, PDFs and e-books, and that is about it. At $449 with the pen, it costs ' +
    'as much as a good tablet that does far more, so who it is for matters more than usual.',
  'The 10.3-inch screen is sharp enough that a page of small print in a PDF is readable without zooming. Folio has added ' +
    'a front light that warms toward amber in the evening, and it is even across the screen, without the bright patches ' +
    'near the edges that earlier e-ink tablets had.',
  'Writing is where it shines. I filled most of a notebook in meetings over three weeks and never once waited for ink ' +
    'to catch up. Handwriting search found my scrawl more often than not, though it struggled with numbers.',
  'Where the Slate falls down is everything around the writing. Syncing to the desktop app works, but exporting a ' +
    "notebook to a format another app can edit does not; you get a flat PDF. The built-in store only sells Folio's own " +
    'e-books, and sideloading an EPUB file means plugging into a computer.',
  'Battery life is excellent. With the front light low, I charged it twice in three weeks of daily use.',
  'If you mostly read and mark up documents and want to write by hand without a glowing screen, the Slate 10 is the best ' +
    'device of its kind I have tried. If you want a tablet that also does email, video or drawing in color, spend the ' +
    'same money on one of those and buy a matte screen protector.',
];
const pros = ['Writing feels like pen on paper', 'Even, warm front light', 'Weeks of battery life'];
const cons = ['Notebooks export only as flat PDFs', 'Sideloading books needs a computer', 'Expensive for what it does'];
const productReview: TestPage = {
  name: 'heldout5-gadget-review-scorecard',
  kind: 'news',
  // gold: headline, dek, the review's paragraphs and section headings, and the reviewer's pros and cons;
  // the score, the "Verge Score" label, retailer buttons and the disclosure are furniture ("The Good"/"The Bad" labels: neither)
  title: 'Folio Slate 10 review: finally, e-ink that writes like paper',
  headings: ['The screen', 'The software', 'Should you buy it?'],
  body: ['A beautiful writing slate that does very little else, for the price of a tablet that does everything.', ...pros, ...cons, ...texts(review)],
  bylines: ['by Riya Sandoval', 'Mar 6, 2025, 9:00 AM EST'],
  furniture: [
    'Accept All Cookies',
    'Cookie Settings',
    'We use cookies and other tracking technologies to improve your browsing experience on our site.',
    'The Verge homepage',
    'Subscribe',
    'Reviews',
    'Tablets',
    'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.',
    'Photo by Riya Sandoval / The Verge',
    'Verge Score',
    '$449 at Folio',
    '$449 at Best Buy',
    'How we rate and review products',
    'Related',
    'The best e-readers to buy right now',
    'Comments',
    'Most Popular',
    'Terms of Use',
    'Privacy Notice',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Folio Slate 10 review: finally, e-ink that writes like paper | The Verge</title></head><body>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><p id="onetrust-policy-text">We use\
 cookies and other tracking technologies to improve your browsing experience on our site.</p><button id="onetrust-accept-btn-handler">Accept All Cookies\
</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<header class="duet--navigation--navigation"><a aria-label="The Verge homepage"><svg></svg><span class="sr-only">The Verge homepage</span></a><nav><a>Tech\
</a><a>Reviews</a><a>Science</a><a>Entertainment</a></nav><a class="duet--cta">Subscribe</a></header>
<main id="content"><article id="content" class="duet--layout--entry-body-container"><div class="duet--article--lede"><ul class="duet--article--group-list">\
<li><a>Reviews</a></li><li><a>Tablets</a></li></ul><h1 class="duet--article--lede-title">Folio Slate 10 review: finally, e-ink that writes like paper</h1>\
<h2 class="duet--article--dek">A beautiful writing slate that does very little else, for the price of a tablet that does everything.</h2>
<div class="duet--article--byline"><span>by <a class="duet--article--byline-author">Riya Sandoval</a></span><time datetime="2025-03-06T14:00:00.000Z">Mar 6,\
 2025, 9:00 AM EST</time></div><p class="duet--article--commerce-disclosure"><em>If you buy something from a Verge link, Vox Media may earn a commission.\
 <a>See our ethics statement.</a></em></p></div>
<figure class="duet--article--lede-image"><img alt="" src="/folio-slate.jpg"><figcaption><cite>Photo by Riya Sandoval / The Verge</cite></figcaption></figure>
<div class="duet--article--article-body-component-container">${ps(review.slice(0, 2), ' class="duet--article--dangerously-set-cms-markup"')}
<div class="duet--article--scorecard"><div class="duet--article--score"><span class="score">8</span><span class="label">Verge Score</span></div><div\
 class="duet--article--pros"><h3>The Good</h3><ul>${pros.map((x) => `<li>${x}</li>`).join('')}</ul></div><div class="duet--article--cons"><h3>The Bad</h3>\
<ul>${cons.map((x) => `<li>${x}</li>`).join('')}</ul></div><div class="duet--commerce--buttons"><a class="button">$449 at Folio</a><a class="button">$449 at\
 Best Buy</a></div><a class="duet--article--rating-link">How we rate and review products</a></div>
<h2 class="duet--article--heading">The screen</h2>${ps(review.slice(2, 4), ' class="duet--article--dangerously-set-cms-markup"')}
<div class="duet--article--related"><h3>Related</h3><ul><li><a>The best e-readers to buy right now</a></li></ul></div>
<h2 class="duet--article--heading">The software</h2>${ps(review.slice(4, 6), ' class="duet--article--dangerously-set-cms-markup"')}
<h2 class="duet--article--heading">Should you buy it?</h2>${ps(review.slice(6), ' class="duet--article--dangerously-set-cms-markup"')}</div>
<div class="duet--article--comments-join"><button>Comments</button><span>41</span></div></article>
<aside class="duet--layout--rail"><h2>Most Popular</h2><ol><li><a>The phone that folds three times is finally here</a></li></ol></aside></main>
<footer class="duet--navigation--footer"><a>Terms of Use</a><a>Privacy Notice</a><a>Cookie Policy</a><p>© 2025 Vox Media, LLC. All Rights Reserved</p>\
</footer></body></html>`,
};

export const HELDOUT5_D: readonly TestPage[] = [recipe, productReview];
