import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file c2: a recipe post on WordPress with the Kadence theme and WP Recipe Maker (the Kadence header
 * and mobile drawer, breadcrumbs, the entry meta, the "Jump to Recipe" / "Print Recipe" buttons at the top of the content,
 * a Mediavine ad slot with its label, image captions, the WPRM card with its rating, times, servings, ingredients,
 * instructions, notes, nutrition panel and "Tried this recipe?" box, the author box, a Mailerlite signup, the related
 * posts carousel, comments and comment form, and the footer).
 */
const title = 'Brown Butter Oat Cookies with Sea Salt';
const p0 = [
  'These are the cookies I make when someone says they do not really like oat cookies. Browning the butter gives them a deep, ' +
    'nutty flavour, and a pinch of flaky salt on top stops them being too sweet. They are crisp at the edges and chewy in the ' +
    'middle, and the dough keeps in the fridge for three days, so you can bake a few at a time.',
  'I have been tweaking this recipe since last winter, and this is the version my family now asks for by name.',
];
const h1 = 'Why brown the butter?';
const p1 = [
  'When you cook butter past the melting point, the milk solids toast and turn golden. That gives a flavour a bit like ' +
    'toffee or hazelnuts, which goes beautifully with oats. It takes about five minutes and is the single thing that makes ' +
    'these cookies different from the ones on the back of the oat packet.',
  'Keep the pan moving and watch for brown flecks at the bottom. As soon as it smells nutty, pour it into a bowl so it stops ' +
    'cooking. Burnt butter is bitter, and there is no saving it.',
];
const h2 = 'Tips for the best texture';
const tips = [
  'Let the browned butter cool for fifteen minutes before adding the sugar, or the dough will be greasy.',
  'Use jumbo rolled oats rather than quick oats for a chewier cookie.',
  'Chill the dough for at least an hour. It spreads less and the flavour improves.',
  'Take them out when the middles still look slightly underdone. They firm up on the tray.',
];
const cardName = 'Brown Butter Oat Cookies';
const cardSummary = 'Crisp at the edges, chewy in the middle, with nutty brown butter and a little flaky salt.';
const hIng = 'Ingredients';
const ingredients = [
  '125 g unsalted butter',
  '150 g light brown sugar',
  '1 large egg',
  '1 tsp vanilla extract',
  '120 g plain flour',
  '½ tsp bicarbonate of soda',
  '150 g jumbo rolled oats',
  'Flaky sea salt, to finish',
];
const hIns = 'Instructions';
const steps = [
  'Melt the butter in a light-coloured pan over a medium heat, swirling often, until it foams and turns golden brown with a nutty smell. ' +
    'Pour into a large bowl and cool for 15 minutes.',
  'Whisk in the sugar, then the egg and vanilla, until glossy.',
  'Stir in the flour and bicarbonate of soda, then the oats. Cover and chill for at least 1 hour.',
  'Heat the oven to 180°C (160°C fan). Roll the dough into 16 balls and space them well apart on two lined trays.',
  'Bake for 10 to 12 minutes, until golden at the edges. Sprinkle with flaky salt and leave on the tray for 5 minutes before moving to a rack.',
];
const hNotes = 'Notes';
const notes = ['The dough can be frozen in balls for up to two months. Bake from frozen, adding two minutes.'];
const details = ['Prep Time', '15 minutes', 'Cook Time', '12 minutes', 'Chill Time', '1 hour', 'Servings', '16 cookies'];
const nutrition = ['Nutrition', 'Calories: 148kcal', 'Carbohydrates: 19g', 'Protein: 2g', 'Fat: 7g', 'Sugar: 10g'];
const nav = ['Recipes', 'Baking', 'Dinners', 'Seasonal', 'About'];
const crumbs = ['Home', 'Baking', 'Cookies'];
const caption1 = 'Browning the butter: stop when the flecks at the bottom turn hazelnut brown.';
const author = 'Hi, I’m Maddie! I bake in a tiny kitchen in Corbridge Vale and share the recipes my family actually eats.';
const signup = ['Get new recipes by email', 'One email a week, no spam.', 'Your email', 'Subscribe'];
const relatedPosts = ['Spiced Apple Traybake', 'Chewy Ginger Biscuits', 'Easy Flapjacks (No Golden Syrup)', 'Lemon Drizzle Loaf'];
const comment = {
  name: 'Janet Orme',
  time: 'October 3, 2025 at 2:18 pm',
  text: 'Made these yesterday and they were gone by teatime. I used half dark brown sugar and they were still lovely.',
};
const footer = ['Privacy Policy', 'Accessibility', 'Contact', 'Work With Me'];
const li = (a: readonly string[], cls: string): string => a.map((t) => `<li class="${cls}">${t}</li>`).join('\n');
const html = `<!doctype html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>${title} - Maddie Bakes</title><meta name="description" content="Crisp, chewy oat cookies made with brown butter and finished with flaky salt.">
<link rel="canonical" href="https://maddiebakes.example/brown-butter-oat-cookies/"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2025-09-28T07:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}","author":{"name":"Maddie Lorne"}},
{"@type":"Recipe","name":"${cardName}","author":{"@type":"Person","name":"Maddie Lorne"},"prepTime":"PT15M","cookTime":"PT12M","recipeYield":["16"],
"recipeIngredient":["125 g unsalted butter","150 g light brown sugar"],
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","ratingCount":"23"}}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://maddiebakes.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9">
<link rel="stylesheet" id="wprm-public-css" href="https://maddiebakes.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1">
<script type="text/javascript" async="async" data-noptimize="1" data-cfasync="false" src="//scripts.mediavine.example/tags/maddie-bakes.js"></script></head>
<body class="post-template-default single single-post postid-2290 wp-custom-logo footer-on-bottom hide-focus-outline
link-style-standard content-title-style-normal
content-width-narrow content-style-unboxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header grow-content-body">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-main-header-wrap site-header-row-container site-header-focus-item">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row">
<div class="site-header-main-section-left site-header-section"><div class="site-header-item site-header-focus-item" data-section="title_tagline">
<div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="https://maddiebakes.example/" rel="home">
<img width="240" height="80" src="/wp-content/uploads/logo.png" class="custom-logo" alt="Maddie Bakes"></a></div></div></div>
<div class="site-header-main-section-right site-header-section"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub"
role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">
${links(nav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav><div class="search-toggle-open-container"><button class="search-toggle-open drawer-toggle"
aria-label="View Search Form" data-toggle-target="#search-drawer"><span
class="search-toggle-icon"></span></button></div></div></div></div></div></div></div></div>
</div></header>
<div id="inner-wrap" class="wrap kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main"><div class="content-wrap"><article id="post-2290" class="entry content-bg single-entry post-2290 post
type-post status-publish format-standard has-post-thumbnail hentry category-cookies"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container">${crumbs
  .map((c) => `<span><a href="/${c.toLowerCase()}/" itemprop="url" class="kadence-bc-home"><span>${c}</span></a></span> <span class="bc-delimiter">/</span>`)
  .join(' ')}</div></nav>
<h1 class="entry-title">${title}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="/author/maddie/">Maddie Lorne</a></span></span><span class="posted-on">
<time class="entry-date published" datetime="2025-09-28T07:00:00+00:00">September 28, 2025</time></span>
<span class="meta-comments"><a class="meta-comments-link anchor-scroll" href="#comments">1 Comment</a></span></div></header>
<div class="entry-content single-content">
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="2301"
class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode
wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent">Jump to Recipe</a>
<a href="/wprm_print/2301" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode" target="_blank" rel="nofollow">Print Recipe</a></div>
${ps(p0)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p1)}
<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="1500" src="/wp-content/uploads/2025/09/brown-butter.jpg"
alt="Butter browning in a steel pan" class="wp-image-2295"><figcaption class="wp-element-caption">${caption1}</figcaption></figure>
<div class="mv-ad-box" data-slotname="content_1_wrapper"><div class="mv-ad-label">Advertisement</div><div id="content_1_ad" class="mv-ad-slot"></div></div>
<h2 class="wp-block-heading">${h2}</h2>
<ul class="wp-block-list">${li(tips, '')}</ul>
<div id="recipe"></div><div id="wprm-recipe-container-2301" class="wprm-recipe-container" data-recipe-id="2301" data-servings="16">
<div class="wprm-recipe wprm-recipe-template-modern"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-normal">
<img width="300" height="300" src="/wp-content/uploads/2025/09/cookies-300x300.jpg" alt=""></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${cardName}</h2>
<div class="wprm-recipe-rating wprm-recipe-rating-inline"><span class="wprm-rating-star wprm-rating-star-full"></span>
<div class="wprm-recipe-rating-details wprm-block-text-normal"><span class="wprm-recipe-rating-average">4.89</span> from
<span class="wprm-recipe-rating-count">23</span> votes</div></div>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${cardSummary}</span></div>
<div class="wprm-recipe-buttons"><a href="/wprm_print/2301" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a>
<a href="https://www.pinterest.example/pin/create/bookmarklet/" class="wprm-recipe-pin wprm-recipe-link" target="_blank"
rel="nofollow noopener">Pin Recipe</a></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container">${[0, 2, 4, 6]
  .map(
    (i) => `<div class="wprm-recipe-block-container wprm-recipe-time-container"><span class="wprm-recipe-details-label">${details[i]}</span>
<span class="wprm-recipe-details">${details[i + 1]}</span></div>`,
  )
  .join('\n')}</div>
<div class="wprm-recipe-ingredients-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">${hIng}</h3>
<div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">${li(ingredients, 'wprm-recipe-ingredient')}</ul></div></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">${hIns}</h3>
<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">${steps
  .map((s, i) => `<li id="wprm-recipe-2301-step-0-${i}" class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">${s}</div></li>`)
  .join('\n')}</ul></div></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">${hNotes}</h3>
<div class="wprm-recipe-notes">${notes.map((n) => `<span style="display: block;">${n}</span>`).join('')}</div></div>
<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header wprm-recipe-nutrition-header">${nutrition[0]}</h3>${nutrition
  .slice(1)
  .map((n) => `<span class="wprm-nutrition-label-text-nutrition-container">${n}</span>`)
  .join(' ')}</div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-header">Tried this recipe?</span>
<span class="wprm-call-to-action-text">Let us know how it was!</span></div></div></div>
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="/tag/oats/" title="oats" class="tag-link" rel="tag"><span class="tag-hash">#</span>oats</a></span></div></footer></div></article>
<div class="entry-author entry-author-style-center entry-content-wrap"><div class="entry-author-profile author-profile vcard">
<div class="entry-author-avatar"><img alt="" class="avatar avatar-80 photo"></div><b class="entry-author-name author-name fn">Maddie Lorne</b>
<div class="entry-author-description author-bio">${author}</div></div></div>
<div class="ml-embedded" data-form="kTq7Ls"><div class="ml-form-embedBody"><h4>${signup[0]}</h4><p>${signup[1]}</p>
<input type="email" aria-label="email" placeholder="${signup[2]}"><label class="ml-form-label">${signup[2]}</label><button
type="submit">${signup[3]}</button></div></div>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container">
<h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide">${relatedPosts
  .map(
    (r) => `<div class="carousel-item splide__slide"><article class="entry content-bg loop-entry"><div class="entry-content-wrap"><header class="entry-header">
<h3 class="entry-title"><a href="/${r.length}/" rel="bookmark">${r}</a></h3></header></div></article></div>`,
  )
  .join('\n')}</div></div></div>
<div id="comments" class="comments-area"><h3 class="comments-title">One Comment</h3><ol class="comment-list"><li id="comment-611" class="comment even depth-1">
<article id="div-comment-611" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${comment.name}</b></div>
<div class="comment-metadata"><a href="#comment-611"><time datetime="2025-10-03T14:18:00+00:00">${comment.time}</time></a></div></footer>
<div class="comment-content"><p>${comment.text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=611">Reply</a></div>
</article></li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<div class="comment-form-wprm-rating"><label for="wprm-comment-rating-1">Recipe Rating</label></div>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-input-wrap"><label for="author">Name</label><input id="author" type="text"><label for="email">Email</label><input id="email" type="email"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container">
<nav aria-label="Footer Navigation" class="footer-navigation"><ul id="footer-menu" class="menu">${links(footer, 'menu-item')}</ul></nav>
<div class="footer-html inner-link-style-normal"><div
class="footer-html-inner"><p>© 2025 Maddie Bakes. All rights reserved.</p></div></div></div></div></footer>
</div><div id="mv-grow-data" data-settings="e30="></div>
<script id="kadence-navigation-js" src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" async></script>
<script id="wprm-public-js" src="/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.6.1"></script></body></html>`;

export const kadenceRecipe: TestPage = {
  html,
  name: 'heldout109-kadence-wprm-recipe-blog',
  kind: 'blog',
  // the recipe card's name, its Ingredients / Instructions / Notes headers are headings and its summary, ingredients,
  // steps and notes body; its times and servings are in neither list; its rating, buttons and nutrition are furniture
  title,
  headings: [h1, h2, cardName, hIng, hIns, hNotes],
  body: texts([...p0, ...p1, ...tips, cardSummary, ...ingredients, ...steps, ...notes]),
  bylines: ['By', 'Maddie Lorne', 'September 28, 2025', comment.name, comment.time],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nav, ...crumbs, '1 Comment', 'Jump to Recipe', 'Print Recipe', caption1, 'Advertisement', '4.89 from 23 votes', 'Pin Recipe',
    ...nutrition, 'Tried this recipe?', 'Let us know how it was!', 'Post Tags:', '#oats', author, ...signup, 'Similar Posts', ...relatedPosts,
    'One Comment', comment.text, 'Reply', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Recipe Rating',
    'Comment', 'Name', 'Email', ...footer, '© 2025 Maddie Bakes. All rights reserved.',
  ],
};
