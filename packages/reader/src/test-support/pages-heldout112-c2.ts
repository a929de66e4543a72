import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 112, file c2: a WordPress food blog post with WP Recipe Maker (the Kadence-style header and menu, the
 * affiliate disclosure at the top of the entry content, the "Jump to Recipe" and "Print Recipe" buttons, the post meta,
 * the personal story and tips with Mediavine ad slots, image captions, the recipe card with its details, ingredients and
 * instructions, the notes and nutrition, the rating prompt, the author box, comments with the reply form, the sidebar
 * "Hi, I'm" bio, the newsletter box and the footer). Recipe card ingredients and instructions are body; the card's
 * details (prep, cook, servings) are in neither list; its nutrition line is furniture.
 */
const title = 'Brown Butter Oat Scones with Blackberries';
const p1 = [
  'These are the scones I make on the first Saturday the blackberries come in behind our garden fence. They are tender in the ' +
    'middle, crisp at the edges, and the brown butter gives them a nutty, almost toffee-like flavour that plain butter never does.',
  'I have tested this recipe more times than I would like to admit, and the one thing that matters most is keeping the dough ' +
    'cold. Browned butter has to be chilled again before it goes in, so plan for an extra 30 minutes.',
];
const h1 = 'Why brown the butter?';
const p2 = [
  'Browning butter cooks the milk solids until they turn golden and smell like hazelnuts. It adds depth to a very simple bake ' +
    'without any extra ingredients. Because some water cooks off, I add a tablespoon more cream than a standard scone recipe.',
  'Once it is browned, pour it into a shallow dish and chill it until firm, then cut it into small cubes. Warm butter makes ' + 'flat, greasy scones.',
];
const h2 = 'Tips for the best scones';
const tips = [
  'Use frozen blackberries if yours are very ripe; fresh ones tend to burst and turn the dough purple.',
  'Handle the dough as little as possible. A few dry streaks are fine.',
  'Chill the shaped scones for 15 minutes before baking so they hold their shape.',
  'Brush the tops with cream and sprinkle with demerara sugar for a crunchy top.',
];
const h3 = 'Can I make them ahead?';
const p3 = [
  'Yes. Shape the scones, freeze them on a tray, then move them to a bag. Bake from frozen, adding three or four minutes to the ' +
    'baking time. They keep for up to two months.',
];
const ingredients = [
  '115 g unsalted butter',
  '250 g plain flour',
  '60 g rolled oats',
  '50 g caster sugar',
  '1 tbsp baking powder',
  '1/2 tsp fine salt',
  '150 ml double cream, plus extra for brushing',
  '1 large egg',
  '150 g blackberries, frozen',
];
const steps = [
  'Melt the butter in a light-coloured pan over medium heat, swirling, until it smells nutty and the solids turn golden brown. ' +
    'Pour into a dish and chill until firm, about 30 minutes, then cut into small cubes.',
  'Heat the oven to 200°C (180°C fan) and line a baking tray with parchment.',
  'Whisk the flour, oats, sugar, baking powder and salt in a large bowl. Rub in the cold brown butter until it looks like coarse crumbs.',
  'Whisk the cream and egg together, pour into the bowl and stir with a fork until just combined. Fold in the blackberries.',
  'Pat the dough into a 3 cm thick round, cut into eight wedges and chill for 15 minutes.',
  'Brush with cream, sprinkle with demerara sugar and bake for 18 to 22 minutes, until golden. Cool on the tray for 10 minutes.',
];
const notes = ['Scones are best on the day they are baked, but can be warmed in a low oven the next morning.'];
const menu = ['Recipes', 'Breakfast', 'Baking', 'Dinner', 'About', 'Contact'];
const disclosure = 'This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.';
const buttons = ['Jump to Recipe', 'Print Recipe', 'Pin Recipe', 'Rate Recipe'];
const captions = ['Brown butter chilling in a dish before it is cubed.', 'The shaped scones, ready for the oven.'];
const details = ['Prep Time', '20 minutes', 'Cook Time', '20 minutes', 'Servings', '8 scones', 'Course', 'Breakfast', 'Cuisine', 'British'];
const cardLabels = ['Ingredients', 'Instructions', 'Notes', 'Nutrition', 'Equipment'];
const nutrition = 'Calories: 342kcal | Carbohydrates: 38g | Protein: 6g | Fat: 19g | Sugar: 9g';
const rate = 'Tried this recipe? Let us know how it was!';
const authorBox = 'Hi, I’m Bethan! I bake from a tiny kitchen in mid Wales and share the recipes my family asks for again and again.';
const comments = [
  { name: 'Rhian', date: 'July 14, 2025 at 8:12 am', text: 'Made these this morning with raspberries and they were gone by ten. Lovely recipe!' },
  { name: 'Dafydd P.', date: 'July 16, 2025 at 5:47 pm', text: 'Could I use wholemeal flour? Mine came out a bit dense.' },
];
const form = [
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Recipe Rating',
  'Comment',
  'Name *',
  'Email *',
  'Post Comment',
];
const newsletter = ['Never miss a recipe!', 'Get new recipes delivered to your inbox every week.', 'Subscribe'];
const footer = ['\u00a9 2025 Bethan Bakes', 'Privacy Policy', 'Accessibility', 'Work With Me'];
const li = (a: readonly string[], cls: string): string => a.map((t) => `<li class="${cls}">${t}</li>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - Bethan Bakes</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="og:site_name" content="Bethan Bakes">
<meta name="author" content="Bethan Morgan"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Bethan Morgan">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Bethan Morgan"},"datePublished":"2025-07-12T07:00:00+00:00"},{"@type":"Recipe","name":"${title}","recipeYield":["8"],
"prepTime":"PT20M"}]}</script>
<script src="https://scripts.mediavine.com/tags/bethan-bakes.js" async data-noptimize="1" data-cfasync="false"></script>
<link rel="stylesheet" id="wprm-public-css" href="/wp-content/plugins/wp-recipe-maker/dist/public-modern.css" media="all"></head>
<body class="post-template-default single single-post postid-4812 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Bethan Bakes</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(menu, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div id="main" class="site-main"><div class="content-wrap">
<article id="post-4812" class="entry content-bg single-entry post-4812 post type-post status-publish">
<div class="entry-content-wrap"><header class="entry-header"><h1 class="entry-title">${title}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span> <span class="author vcard">
<a class="url fn n" href="/author/bethan/">Bethan Morgan</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-07-12T07:00:00+00:00">July 12, 2025</time></span></div></header>
<div class="entry-content single-content"><p class="disclosure"><em>${disclosure}</em></p>
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">${buttons[0]}</a>
<a href="/wprm_print/4813" class="wprm-recipe-print wprm-recipe-link">${buttons[1]}</a></div>${ps(p1)}
<div class="mv-ad-box" data-slotname="content_1_wrapper"><div class="mv-ad-header">Advertisement</div></div>
<h2 class="wp-block-heading">${h1}</h2>${ps(p2)}<figure class="wp-block-image size-full"><img src="/butter.jpg" alt="">
<figcaption class="wp-element-caption">${captions[0]}</figcaption></figure>
<h2 class="wp-block-heading">${h2}</h2><ul class="wp-block-list">${li(tips, '')}</ul>
<figure class="wp-block-image size-full"><img src="/shaped.jpg" alt=""><figcaption class="wp-element-caption">${captions[1]}</figcaption></figure>
<h2 class="wp-block-heading">${h3}</h2>${ps(p3)}
<div id="recipe"></div><div id="wprm-recipe-container-4813" class="wprm-recipe-container" data-recipe-id="4813">
<div class="wprm-recipe wprm-recipe-template-custom">
<h2 class="wprm-recipe-name wprm-block-text-bold">${title}</h2><div class="wprm-recipe-buttons">
<a class="wprm-recipe-print">${buttons[1]}</a><a class="wprm-recipe-pin">${buttons[2]}</a><a class="wprm-recipe-rate">${buttons[3]}</a></div>
<div class="wprm-recipe-times-container">${details.map((d, i) => `<span class="wprm-recipe-details${i % 2 === 0 ? '-label' : ''}">${d}</span>`).join('')}</div>
<div class="wprm-recipe-equipment-container"><h3 class="wprm-recipe-header">${cardLabels[4]}</h3><ul>
<li class="wprm-recipe-equipment-item">Baking tray</li></ul></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">${cardLabels[0]}</h3>
<ul class="wprm-recipe-ingredients">${li(ingredients, 'wprm-recipe-ingredient')}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">${cardLabels[1]}</h3><ul class="wprm-recipe-instructions">
${steps.map((s) => `<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">${s}</div></li>`).join('\n')}</ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">${cardLabels[2]}</h3><div class="wprm-recipe-notes">${ps(notes)}</div></div>
<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header">${cardLabels[3]}</h3><span class="wprm-nutrition">${nutrition}</span></div>
<div class="wprm-call-to-action"><span class="wprm-call-to-action-text">${rate}</span></div></div></div></div>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile"><p class="entry-author-description">${authorBox}</p></div></div>
</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">${comments
  .map(
    (c) => `<li class="comment"><article class="comment-body">
<footer class="comment-meta"><b class="fn">${c.name}</b> <time>${c.date}</time></footer><div class="comment-content"><p>${c.text}</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">${form[0]}</h3><p class="comment-notes">${form[1]}</p>
<label>${form[2]}</label><label for="comment">${form[3]}</label><label for="author">${form[4]}</label><label for="email">${form[5]}</label>
<input type="submit" value="Post Comment"><button>${form[6]}</button></div></div></div>
<aside id="secondary" class="primary-sidebar widget-area"><section class="widget"><h2 class="widget-title">Hi, I’m Bethan</h2></section>
<section class="widget newsletter"><h2 class="widget-title">${newsletter[0]}</h2><p>${newsletter[1]}</p><button>${newsletter[2]}</button></section>
</aside></div>
<footer id="colophon" class="site-footer"><p>${footer[0]}</p><ul>${links(footer.slice(1))}</ul></footer></body></html>`;

export const recipePage: TestPage = {
  name: 'heldout112-wordpress-recipe-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...tips, ...p3, ...ingredients, ...steps, ...notes]),
  bylines: ['Bethan Morgan', 'July 12, 2025', ...comments.flatMap((c) => [c.name, c.date])],
  furniture: [
    'Skip to content',
    'Bethan Bakes',
    ...menu,
    disclosure,
    ...buttons,
    'Advertisement',
    ...captions,
    ...cardLabels,
    nutrition,
    rate,
    authorBox,
    '2 Comments',
    ...comments.map((c) => c.text),
    'Reply',
    ...form,
    'Hi, I’m Bethan',
    ...newsletter,
    ...footer,
  ],
};
