import { links, ps, type TestPage, texts } from './page-kit.js';
import { nextraPage } from './pages-heldout105-d2.js';

/**
 * Held-out batch 105, file d: a recipe post on a food blog with the Feast plugin and WP Recipe Maker (the Feast mobile menu,
 * the breadcrumb, the "Jump to Recipe" and "Print Recipe" buttons, the disclosure line, the post text with its h2 sections and
 * image captions, in-content ad slots, the WPRM card with its name, summary, rating, the times and servings block, the
 * ingredient groups, instructions, notes, the nutrition panel, the "Did you make this recipe?" Instagram call to action, the
 * comment form with a recipe rating, the sidebar and footer) and, from file d2, a Nextra documentation page.
 */
const rpTitle = 'Brown Butter Rhubarb Crumble Bars';
const rpIntro = [
  'These brown butter rhubarb crumble bars are what I make the first week the rhubarb in the garden is thick enough to pull. A ' +
    'shortbread base, a sharp rhubarb layer and a crumbly oat topping, all baked in one tin and cut into squares once they cool.',
  'Browning the butter takes five extra minutes and gives the base and the topping a toasty, nutty flavour that goes beautifully ' + 'with the tart fruit.',
];
const rpH1 = 'Why you will love these bars';
const rpLove = [
  'One bowl does the base and the topping: you press half into the tin and crumble the rest over the fruit.',
  'They travel well, so they are good for picnics and bake sales.',
  'They work with frozen rhubarb, so you can make them all year.',
];
const rpH2 = 'Tips for the best crumble bars';
const rpTips = [
  'Watch the butter closely once it starts to foam. The milk solids go from golden to burnt in under a minute, and as soon as ' +
    'it smells like toasted hazelnuts, take it off the heat.',
  'Slice the rhubarb thinly, about half a centimetre, so it softens completely in the time the topping takes to brown. Thick ' + 'chunks stay stringy.',
  'Let the bars cool completely in the tin before you cut them. Warm, they fall apart; after an hour in the fridge you will get ' + 'neat squares.',
];
const rpCard = 'Brown Butter Rhubarb Crumble Bars';
const rpSummary = 'Shortbread base, tart rhubarb filling and an oat crumble topping, all made with nutty brown butter.';
const rpH3 = 'Ingredients';
const rpIng = [
  '225 g unsalted butter',
  '250 g plain flour',
  '100 g rolled oats',
  '150 g light brown sugar',
  '½ teaspoon salt',
  '400 g rhubarb, thinly sliced',
  '60 g caster sugar',
  '1 tablespoon cornflour',
  'Zest of 1 orange',
];
const rpH4 = 'Instructions';
const rpSteps = [
  'Heat the oven to 180°C (160°C fan) and line a 20 cm square tin with baking paper.',
  'Melt the butter in a light-coloured pan over medium heat and cook, swirling, until it foams and smells nutty, 5 to 7 minutes. ' +
    'Pour it into a large bowl and leave for 10 minutes.',
  'Stir the flour, oats, brown sugar and salt into the butter until it forms clumps. Press two thirds firmly into the tin and bake ' + 'for 15 minutes.',
  'Meanwhile toss the rhubarb with the caster sugar, cornflour and orange zest.',
  'Spread the rhubarb over the hot base, scatter the remaining crumble on top and bake for 35 to 40 minutes, until golden.',
  'Cool completely in the tin, then chill for an hour before cutting into 16 squares.',
];
const rpH5 = 'Notes';
const rpNotes = ['If using frozen rhubarb, do not thaw it first; add 5 minutes to the baking time. The bars keep for 4 days in the fridge.'];
const rpCta = ['Did you make this recipe?', 'Tag @meadowlarkkitchen on Instagram and hashtag it #meadowlarkkitchen'];
const rpNav = ['Recipes', 'Baking', 'Dinners', 'Seasonal', 'About', 'Search'];
const rpCrumbs = ['Home', 'Baking'];
const rpBylines = ['By Ffion Marsh', 'Published: May 2, 2025', 'Updated: May 9, 2025'];
const rpTop = ['Jump to Recipe', 'Print Recipe', 'This post may contain affiliate links. Please read our disclosure policy.'];
const rpCaps = ['The bars, cut into squares and ready to serve.', 'Pressing the brown butter base into the tin.'];
const rpCardUi = [
  'Print',
  'Pin',
  'Rate',
  '4.88 from 24 votes',
  'Prep Time',
  '20 minutes',
  'Cook Time',
  '55 minutes',
  'Total Time',
  '1 hour 15 minutes',
  'Servings',
  '16 bars',
  'Course',
  'Dessert',
  'Cuisine',
  'British',
  'Author',
  'Ffion Marsh',
];
const rpNut = ['Nutrition', 'Calories: 243kcal', 'Carbohydrates: 29g', 'Protein: 3g', 'Fat: 13g', 'Sugar: 14g'];
const rpForm = ['Leave a comment', 'Recipe Rating', 'Your email address will not be published.', 'Comment', 'Name', 'Email', 'Post Comment'];
const rpSide = [
  'Hi, I’m Ffion!',
  'I bake with whatever the garden gives me, in a tiny kitchen in mid Wales.',
  'More about me',
  'Reader favourites',
  'Welsh Cakes with Orange Zest',
  'Rhubarb and Ginger Jam',
];
const rpFoot = ['Privacy Policy', 'Accessibility', 'Contact', 'Copyright © 2025 Meadowlark Kitchen'];
const rpAd = (n: number): string => `<div class="adthrive-ad adthrive-content adthrive-content-${n}" data-google-query-id="CJ${n}">
<div class="adthrive-ad-label">Advertisement</div></div>`;
const rpFig = (cap: string, i: number): string => `<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="1800"
src="https://meadowlarkkitchen.example/wp-content/uploads/2025/05/rhubarb-bars-${i}.jpg" alt="Rhubarb crumble bars" class="wp-image-44${i}">
<figcaption class="wp-element-caption">${cap}</figcaption></figure>`;
const rpLi = (a: readonly string[], cls: string): string => a.map((t) => `<li class="${cls}">${t}</li>`).join('\n');
const rpTime = (k: string, v: string): string =>
  `<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">${k}</span> <span class="wprm-recipe-time">${v}</span></div>`;
const rpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brown Butter Rhubarb Crumble Bars - Meadowlark Kitchen</title><meta name="description" content="${rpSummary}">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rpTitle}","author":{"name":"Ffion Marsh"}},
{"@type":"Recipe","name":"${rpCard}","recipeYield":["16","16 bars"],"prepTime":"PT20M","cookTime":"PT55M","totalTime":"PT75M",
"recipeIngredient":["225 g unsalted butter","250 g plain flour"],
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.88","ratingCount":"24"}}]}</script>
<link rel="stylesheet" id="wprm-public-css" href="https://meadowlarkkitchen.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.8.3">
<script data-no-optimize="1" data-cfasync="false">window.adthriveCLS={enabledLocations:["Content","Recipe"]};</script></head>
<body class="post-template-default single single-post postid-4410 feast-plugin wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#genesis-content">Skip to content</a>
<header class="site-header"><p class="site-title"><a href="/">Meadowlark Kitchen</a></p>
<nav class="nav-primary" aria-label="Main"><ul class="menu genesis-nav-menu">${links(rpNav, 'menu-item')}</ul></nav>
<nav class="feastmobilemenu-container" hidden><ul class="feastmenulogo">${links(rpNav)}</ul></nav></header>
<main class="content" id="genesis-content"><article class="post-4410 post type-post entry">
<p id="breadcrumbs"><span>${links(rpCrumbs).replace(/<\/?li>/g, ' ')} » <span class="breadcrumb_last" aria-current="page">${rpTitle}</span></span></p>
<header class="entry-header"><h1 class="entry-title">${rpTitle}</h1><p class="entry-meta"><span class="entry-author">By
<span class="entry-author-name">Ffion Marsh</span></span><span class="entry-time">Published: May 2, 2025</span>
<span class="entry-modified-time">Updated: May 9, 2025</span></p></header>
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">${rpTop[0]}</a>
<a href="/wprm_print/4411" class="wprm-recipe-print wprm-recipe-link">${rpTop[1]}</a></div>
<p class="disclosure"><em>${rpTop[2]}</em></p>
<div class="entry-content">
${ps(rpIntro)}
${rpFig(rpCaps[0] ?? '', 1)}
${rpAd(1)}
<h2 class="wp-block-heading">${rpH1}</h2>
<ul class="wp-block-list">${rpLi(rpLove, '')}</ul>
${rpFig(rpCaps[1] ?? '', 2)}
<h2 class="wp-block-heading">${rpH2}</h2>
${ps(rpTips)}
${rpAd(2)}
<div id="recipe"></div><div id="wprm-recipe-container-4411" class="wprm-recipe-container" data-recipe-id="4411" data-servings="16">
<div class="wprm-recipe wprm-recipe-template-feast"><div class="wprm-container-float-right"><a class="wprm-recipe-print">${rpCardUi[0]}</a>
<a class="wprm-recipe-pin">${rpCardUi[1]}</a><a class="wprm-recipe-jump-to-comments">${rpCardUi[2]}</a></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${rpCard}</h2>
<div class="wprm-recipe-rating"><div class="wprm-recipe-rating-details">${rpCardUi[3]}</div></div>
<div class="wprm-recipe-summary wprm-block-text-normal"><span>${rpSummary}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container">
${[4, 6, 8, 10, 12, 14, 16].map((i) => rpTime(rpCardUi[i] ?? '', rpCardUi[i + 1] ?? '')).join('')}</div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">${rpH3}</h3>
<ul class="wprm-recipe-ingredients">${rpLi(rpIng, 'wprm-recipe-ingredient')}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">${rpH4}</h3>
<ul class="wprm-recipe-instructions">${rpSteps
  .map(
    (t) => `<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">${t}</div>
</li>`,
  )
  .join('\n')}</ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">${rpH5}</h3>
<div class="wprm-recipe-notes">${ps(rpNotes)}</div></div>
<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header">${rpNut[0]}</h3>
${rpNut
  .slice(1)
  .map((t) => `<span class="wprm-nutrition-label-text-nutrition-container">${t}</span>`)
  .join(' ')}</div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-icon"></span>
<span class="wprm-call-to-action-text-container"><span class="wprm-call-to-action-header">${rpCta[0]}</span>
<span class="wprm-call-to-action-text">Tag <a href="https://www.instagram.example/meadowlarkkitchen" target="_blank">@meadowlarkkitchen</a> on Instagram
and hashtag it <a href="https://www.instagram.example/explore/tags/meadowlarkkitchen">#meadowlarkkitchen</a></span></span></div></div></div>
</div></article>
<div id="comments"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">${rpForm[0]}</h3><form class="comment-form">
<div class="comment-form-wprm-rating"><label>${rpForm[1]}</label></div><p class="comment-notes">${rpForm[2]}</p>
<p><label for="comment">${rpForm[3]}</label><textarea id="comment"></textarea></p><p><label for="author">${rpForm[4]}</label><input id="author"></p>
<p><label for="email">${rpForm[5]}</label><input id="email"></p><p class="form-submit"><button type="submit">${rpForm[6]}</button></p></form></div></div></main>
<aside class="sidebar sidebar-primary"><section class="widget"><h3 class="widget-title">${rpSide[0]}</h3><p>${rpSide[1]}</p><a href="/about/">${rpSide[2]}</a>
</section><section class="widget"><h3 class="widget-title">${rpSide[3]}</h3><ul>${links(rpSide.slice(4))}</ul></section></aside>
<footer class="site-footer"><ul>${links(rpFoot.slice(0, 3))}</ul><p>${rpFoot[3]}</p></footer>
<script src="https://meadowlarkkitchen.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.8.3" id="wprm-public-js"></script></body></html>`;
const recipePost: TestPage = {
  html: rpHtml,
  name: 'heldout105-wprm-recipe-instagram-cta',
  kind: 'blog',
  // the recipe card's summary, ingredients, instructions and notes are article (its h3s are headings, its name repeats the
  // title); the card's times, servings, course, cuisine and author block is in neither list;
  // the nutrition panel, the "Did you make this recipe?" call to action and the disclosure line are furniture
  title: rpTitle,
  headings: [rpH1, rpH2, rpH3, rpH4, rpH5],
  body: [...texts(rpIntro), ...texts(rpLove), ...texts(rpTips), rpSummary, ...texts(rpIng), ...texts(rpSteps), ...texts(rpNotes)],
  bylines: rpBylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Meadowlark Kitchen', ...rpNav, 'Home', ...rpTop, ...rpCaps, 'Advertisement', ...rpCardUi.slice(0, 4), ...rpNut, ...rpCta,
    ...rpForm, ...rpSide, ...rpFoot,
  ],
};

export const HELDOUT105_D: readonly TestPage[] = [recipePost, nextraPage];
