import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file d2: a cooking show's episode page on WordPress with the WP Recipe Maker card (Yoast breadcrumbs,
 * the show's menu, episode meta, "Jump to Recipe" / "Print Recipe", the embedded episode with its caption, the episode text,
 * the recipe card with its meta grid, ingredients, instructions and notes, the Grow newsletter box, comments and the sidebar).
 */
const cTitle = 'Episode 7: Smoked haddock and leek pie for a cold harbour morning';
const cIntro = [
  j(
    'This week Juno takes the kitchen down to the fish market at Pellow Quay before sunrise, where the boats unload onto',
    'the same cobbles they have used for two centuries. She buys undyed smoked haddock from a smokehouse that has been run by the',
    'same family since the 1920s, and brings it home for the pie her grandmother made every January.',
  ),
  j(
    'The secret of a good fish pie, Juno says, is restraint. The haddock is gently poached in the milk that becomes the sauce, so',
    'nothing is wasted and the sauce tastes of the sea. The leeks are cooked slowly in butter until they are soft and sweet, and',
    'the mash on top is kept plain so it browns well.',
  ),
];
const cTips = [
  'Buy undyed haddock if you can; the bright yellow kind is coloured and can taste harsh.',
  'Do not stir the fish once it is in the sauce, or it breaks into threads.',
  'The pie can be assembled a day ahead and baked straight from the fridge, adding ten minutes.',
];
const cRecipe = 'Smoked haddock and leek pie';
const cSummary = 'A generous family fish pie with a creamy leek sauce and a crisp mash top, as cooked in episode 7.';
const cIngr = [
  '600 g undyed smoked haddock fillet',
  '500 ml whole milk',
  '1 bay leaf',
  '2 large leeks, washed and sliced',
  '50 g butter, plus extra for the mash',
  '40 g plain flour',
  'a small bunch of parsley, chopped',
  '1 kg floury potatoes, peeled',
];
const cSteps = [
  'Put the haddock in a wide pan with the milk and bay leaf. Bring to a bare simmer, then turn off the heat and leave for 8 minutes.',
  'Lift out the fish, flake it into large pieces and discard the skin. Strain and keep the milk.',
  'Boil the potatoes until tender, drain well and mash with a knob of butter. Season with salt and white pepper.',
  'Melt the butter in a saucepan and cook the leeks gently for 10 minutes until soft. Stir in the flour and cook for a minute.',
  'Whisk in the poaching milk a little at a time to make a smooth sauce. Simmer for 3 minutes, then add the parsley.',
  'Fold the fish into the sauce, tip into a baking dish and cover with the mash. Bake at 200°C for 30 minutes until golden.',
];
const cNote = 'Leftover pie keeps for two days in the fridge. Reheat covered with foil so the mash does not dry out.';
const cMenu = ['Episodes', 'Recipes', 'About the Show', 'Where to Watch', 'Shop'];
const cSide = ['Crab and samphire tart', 'Mussels with cider and bacon', 'Treacle sponge with custard'];
const cCmts = [
  ['Rhona Teague', 'March 9, 2026 at 7:12 pm', 'Made this for Sunday lunch and the whole family went back for seconds. I added a few prawns.'],
  ['Aled Mercer', 'March 10, 2026 at 8:40 am', 'Could I use frozen haddock for this?'],
] as const;
const cHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${cTitle} | The Larkhill Kitchen</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta name="description" content="${cSummary}">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Larkhill Kitchen"><meta property="article:published_time"
content="2026-03-06T18:00:00+00:00"><link rel="stylesheet" id="wprm-public-css" href="https://larkhillkitchen.example/wp-content/plugins/wp-recipe-maker/
dist/public-modern.css?ver=9.8.0" media="all"><script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"Article","headline":"${cTitle}","datePublished":"2026-03-06T18:00:00+00:00"},{"@type":"Recipe","name":"${cRecipe}","recipeYield":["6"],
"prepTime":"PT25M","cookTime":"PT45M"}]}</script></head>
<body class="post-template-default single single-post postid-2211 wp-custom-logo"><div id="page" class="site"><a class="skip-link screen-reader-text"
href="#content">Skip to content</a><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">The Larkhill
Kitchen</a></p><p class="site-description">Cooking from the coast, every Friday at 7</p></div><nav id="site-navigation" class="main-navigation"><ul
id="primary-menu" class="menu">${links(cMenu, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main"><nav class="yoast-breadcrumbs"><span><span><a href="/">Home</a></span> »
<span><a href="/episodes/">Episodes</a></span> » <span class="breadcrumb_last" aria-current="page">Episode 7</span></span></nav>
<article id="post-2211" class="post-2211 post type-post status-publish format-video category-episodes"><header class="entry-header">
<h1 class="entry-title">${cTitle}</h1><div class="entry-meta"><span class="posted-on">Aired <time class="entry-date published"
datetime="2026-03-06T18:00:00+00:00">March 6, 2026</time></span> <span class="byline">with <span class="author vcard"><a class="url fn n"
href="/author/juno/">Juno Ashcombe</a></span></span></div></header>
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Jump to Recipe</a> <a
href="/wprm_print/2214" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a></div>
<div class="entry-content"><figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
<iframe title="The Larkhill Kitchen, Episode 7" width="800" height="450" src="https://www.youtube-nocookie.example/embed/q2"></iframe></div><figcaption
class="wp-element-caption">Watch the full episode. Filmed at Pellow Quay and in the Larkhill studio kitchen.</figcaption></figure>
${ps(cIntro)}
<h2 class="wp-block-heading">Tips from the show</h2><ul class="wp-block-list">${lis(cTips)}</ul>
<div class="grow-me-newsletter"><p class="grow-heading">Get a new recipe from the show every Friday</p><form><input type="email" placeholder="Email address">
<button>Sign me up</button></form></div>
<div id="recipe"></div><div id="wprm-recipe-container-2214" class="wprm-recipe-container" data-recipe-id="2214">
<div class="wprm-recipe wprm-recipe-template-chic">
<h2 class="wprm-recipe-name wprm-block-text-bold">${cRecipe}</h2><div class="wprm-recipe-summary wprm-block-text-normal">
<span style="display: block;">${cSummary}
</span></div><div class="wprm-recipe-buttons"><a href="/wprm_print/2214" class="wprm-recipe-print">Print</a><a class="wprm-recipe-pin"
href="https://www.pinterest.example/pin/create/">Pin</a><a class="wprm-recipe-rate">Rate</a></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container"><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Prep
Time</span> <span class="wprm-recipe-details">25 mins</span></div><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Cook
Time</span> <span class="wprm-recipe-details">45 mins</span></div><div class="wprm-recipe-block-container"><span
class="wprm-recipe-details-label">Servings</span> <span class="wprm-recipe-servings">6</span> <span>people</span></div><div
class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Course</span> <span class="wprm-recipe-course">Main Course</span></div></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3><ul
class="wprm-recipe-ingredients">${cIngr.map((i) => `<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-name">${i}</span></li>`).join('\n')}
</ul></div><div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3><ul
class="wprm-recipe-instructions">${cSteps
  .map((s) => `<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text"><span style="display: block;">${s}</span></div></li>`)
  .join('\n')}</ul></div><div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">Notes</h3><div
class="wprm-recipe-notes"><span style="display: block;">${cNote}</span></div></div><div class="wprm-call-to-action"><span
class="wprm-call-to-action-header">Tried this recipe?</span> <span class="wprm-call-to-action-text">Tag @larkhillkitchen so we can see your pie!</span>
</div></div></div></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/episodes/" rel="category tag">Episodes</a></span><span
class="tags-links">Tagged <a href="/tag/seafood/" rel="tag">seafood</a>, <a href="/tag/comfort-food/" rel="tag">comfort food</a></span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${cTitle}”</h2><ol class="comment-list">
${cCmts
  .map(
    ([n, d, t]) => `<li class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${n}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#"><time>${d}</time></a></div></footer>
<div class="comment-content"><p>${t}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p
class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">More from the series</h2><ul>
${links(cSide)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 The Larkhill Kitchen. Produced for Coastline Television.</div></footer></div>
</body></html>`;
export const cooking: TestPage = {
  name: 'heldout425-larkhill-kitchen-episode-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: ['Tips from the show', cRecipe, 'Ingredients', 'Instructions', 'Notes'],
  body: texts([...cIntro, ...cTips, cSummary, ...cIngr, ...cSteps, cNote]),
  bylines: ['March 6, 2026', 'Juno Ashcombe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Larkhill Kitchen', 'Cooking from the coast, every Friday at 7', ...cMenu, 'Home', 'Jump to Recipe', 'Print Recipe',
    'Watch the full episode. Filmed at Pellow Quay and in the Larkhill studio kitchen.', 'Get a new recipe from the show every Friday', 'Sign me up',
    'Print', 'Pin', 'Rate', 'Prep Time', '25 mins', 'Cook Time', '45 mins', 'Servings', 'people', 'Course', 'Main Course', 'Tried this recipe?',
    'Tag @larkhillkitchen so we can see your pie!', 'Posted in', 'Tagged', 'seafood', 'comfort food', 'Episode 7', 'Aired',
    '2 thoughts on', ...cCmts.flat(), 'says:', 'Reply',
    'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'More from the series', ...cSide,
    '© 2026 The Larkhill Kitchen. Produced for Coastline Television.',
  ],
};
