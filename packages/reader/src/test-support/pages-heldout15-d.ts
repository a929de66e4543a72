import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 15, file d: a Flarum forum discussion as the browser saves it after the app has rendered it (header,
 * discussion hero with tags, post stream with user names, times, Like/Reply actions, "liked by" footers, scrubber,
 * "Load more", reply placeholder) and a recipe on a big food site in the AllRecipes / Dotdash Meredith shape (rating
 * bar, "Jump to Recipe", details card, structured ingredients, numbered directions, nutrition facts, reviews, ad labels).
 */
type FlPost = { user: string; time: string; iso: string; paras: string[]; liked?: string };
const flPosts: FlPost[] = [
  {
    user: 'marisol_v',
    time: '12 Mar',
    iso: '2025-03-12T19:04:11+00:00',
    paras: [
      'I moved my photo library to the new NAS last weekend and the thumbnail service has been running at full CPU ever ' +
        'since. It has been three days. The library is about 180,000 files, mostly JPEGs with some RAW files from an old camera.',
      'Is this normal for a first index, or has something gone wrong? The web interface says “generating previews” but ' +
        'the counter has not moved past 62% since yesterday morning.',
    ],
  },
  {
    user: 'Henrik Aalto',
    time: '12 Mar',
    iso: '2025-03-12T20:31:40+00:00',
    paras: [
      'Three days is long but not crazy for that many files on a small box. The RAW files are the slow part: each one ' +
        'has to be fully decoded before a preview can be made, and on a low-power CPU that can take several seconds per file.',
      'A counter stuck at the same number for a day is more suspicious, though. Check the worker log for a file it keeps ' +
        'retrying. A single corrupt RAW file can make the worker restart in a loop.',
    ],
    liked: 'marisol_v and 4 others like this.',
  },
  {
    user: 'marisol_v',
    time: '13 Mar',
    iso: '2025-03-13T08:12:05+00:00',
    paras: [
      'You were right. The log shows the same file failing every ninety seconds, a RAW from 2011 that will not even open ' +
        'on my laptop. I moved it out of the library and the counter jumped to 70% within an hour.',
      'Is there a way to make the worker skip a bad file instead of retrying it forever? I am sure there are more of them.',
    ],
  },
  {
    user: 'Henrik Aalto',
    time: '13 Mar',
    iso: '2025-03-13T09:47:22+00:00',
    paras: [
      'Since version 4.2 there is a setting for it under Library, then Advanced: “maximum attempts per file”. Set it to ' +
        'three and failed files are listed on the Problems page instead of blocking the queue.',
      'If you are on an older version, upgrading is worth it for that alone. The release notes also mention faster RAW ' + 'decoding on ARM boards.',
    ],
    liked: 'marisol_v, dawid.k and 11 others like this.',
  },
];
const flPost = (
  p: FlPost,
  i: number,
): string => `<div class="PostStream-item" data-index="${i}" data-time="${p.iso}" data-number="${i + 1}" data-type="comment">
<article class="Post CommentPost"><div><header class="Post-header"><ul><li class="item-user"><div class="PostUser">
<h3 class="PostUser-name"><a href="/u/${encodeURIComponent(p.user)}"><span class="Avatar" loading="lazy" style="--avatar-bg:#a0c4e5;">${p.user[0]}</span>
<span class="username">${p.user}</span></a></h3>
<ul class="PostUser-badges badges"></ul></div></li><li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown">
<time pubdate="" datetime="${p.iso}" title="${p.iso}" data-humantime="">${p.time}</time></a></div></li></ul></header>
<div class="Post-body">${ps(p.paras)}</div>
<aside class="Post-actions"><ul><li class="item-like"><button class="Button Button--link" type="button"><span class="Button-label">Like</span></button></li>
<li class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">Reply</span></button></li></ul></aside>
<footer class="Post-footer"><ul>${
  p.liked
    ? `<li class="item-liked">
<div class="Post-likedBy"><i class="icon fas fa-thumbs-up Post-likedBy-icon"></i>${p.liked}</div></li>`
    : ''
}</ul></footer>
</div></article></div>`;
const flTitle = 'Thumbnail worker stuck at 62% after moving library to new NAS';
const flHtml = `<!doctype html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${flTitle} - Lumen Photos Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<meta name="description" content="I moved my photo library to the new NAS last weekend and the thumbnail service has been running at full CPU ever since.">
<meta name="theme-color" content="#4d698e"><link rel="canonical" href="https://community.lumenphotos.example/d/2217-thumbnail-worker-stuck">
<link rel="stylesheet" href="https://community.lumenphotos.example/assets/forum.css?v=8f1c2e4a">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${flTitle}",
"author":{"@type":"Person","name":"marisol_v"},"datePublished":"2025-03-12T19:04:11+00:00"}</script></head>
<body><div id="app" class="App affix"><div id="app-navigation" class="App-navigation"></div><div id="drawer" class="App-drawer">
<header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div><div class="container"><div class="Header-title">
<a href="https://community.lumenphotos.example" id="home-link"><img src="/assets/logo-x7f.png" alt="Lumen Photos Community" class="Header-logo"></a></div>
<div id="header-primary" class="Header-primary"><ul class="Header-controls"><li class="item-link"><a href="https://lumenphotos.example/docs">Documentation</a>
</li></ul></div>
<div id="header-secondary" class="Header-secondary"><ul class="Header-controls"><li class="item-search"><div class="Search">
<input aria-label="Search Forum" placeholder="Search Forum"></div></li>
<li class="item-signUp"><button class="Button Button--link" type="button"><span class="Button-label">Sign Up</span></button></li>
<li class="item-logIn"><button class="Button Button--link" type="button"><span class="Button-label">Log In</span></button></li></ul></div></div></header></div>
<main class="App-content"><div id="content"><div class="DiscussionPage"><div class="DiscussionPage-discussion">
<header class="Hero DiscussionHero"><div class="container"><ul class="DiscussionHero-items"><li class="item-tags"><span class="TagsLabel">
<a class="TagLabel colored" style="--tag-bg:#e7672e;" href="/t/support"><span class="TagLabel-text"><span class="TagLabel-name">Support</span></span></a>
<a class="TagLabel colored" style="--tag-bg:#2e9ae7;" href="/t/nas"><span class="TagLabel-text"><span class="TagLabel-name">NAS &amp;
Docker</span></span></a></span></li>
<li class="item-title"><h1 class="DiscussionHero-title">${flTitle}</h1></li></ul></div></header>
<div class="container"><nav class="DiscussionPage-nav"><ul><li class="item-controls"><div class="ButtonGroup">
<button class="Button Button--primary"><span class="Button-label">Reply</span></button></div></li>
<li class="item-subscription"><button class="Button"><span class="Button-label">Follow</span></button></li>
<li class="item-scrubber"><div class="PostStreamScrubber Dropdown"><a class="Button Dropdown-toggle"><span><span class="Scrubber-index">1</span> of
<span class="Scrubber-count">4</span> posts</span></a>
<div class="Dropdown-menu"><a class="Scrubber-first">Original post</a><div class="Scrubber-info"><strong>Mar 2025</strong>
</div><a class="Scrubber-last">Now</a></div></div></li></ul></nav>
<div class="DiscussionPage-stream"><div class="PostStream" role="feed" aria-live="off" aria-busy="false">
${flPosts.slice(0, 2).map(flPost).join('\n')}
<div class="PostStream-loadMore"><button class="Button Button--block" type="button"><span class="Button-label">Load more</span></button></div>
${flPosts
  .slice(2)
  .map((p, i) => flPost(p, i + 2))
  .join('\n')}
<div class="PostStream-item"><article class="Post ReplyPlaceholder"><header class="Post-header"><span class="Avatar"></span> Write a Reply...</header>
</article></div>
</div></div></div></div></div></div></main>
<div id="composer"><div class="Composer"></div></div></div>
<footer class="Footer"><p>Powered by <a href="https://flarum.org">Flarum</a> · <a href="/p/1-code-of-conduct">Code of conduct</a></p></footer>
<script src="https://community.lumenphotos.example/assets/forum.js?v=1b7d02c3"></script>
<script>document.getElementById('flarum-loading').style.display='none';
flarum.core.app.load({"resources":[]});flarum.core.app.bootExtensions(flarum.extensions);</script>
</body></html>`;
const flarum: TestPage = {
  html: flHtml,
  name: 'heldout15-flarum-discussion',
  kind: 'forum',
  // every post's text is body (the thread is the article); user names and times are bylines; tags, Like/Reply, the
  // "liked by" footers, scrubber, "Load more" and the reply placeholder are furniture; "Reply" occurs in the nav button
  // and on every post and counts once
  title: flTitle,
  headings: [],
  body: flPosts.flatMap((p) => texts(p.paras)),
  bylines: ['marisol_v', 'Henrik Aalto', '12 Mar', '13 Mar'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Documentation', 'Sign Up', 'Log In', 'Support', 'NAS & Docker', 'Reply', 'Follow', '1 of 4 posts', 'Original post', 'Mar 2025', 'Now', 'Like',
    'marisol_v and 4 others like this.', 'marisol_v, dawid.k and 11 others like this.', 'Load more', 'Write a Reply...',
    'Powered by Flarum · Code of conduct',
  ],
};

const arDek = 'Soft, chewy oat bars with brown butter and a ribbon of tart cherry jam. They keep for a week and travel well.';
const arIntro = [
  'These bars started as a way to use up the last of a jar of cherry jam, and they have become the thing I bake most ' +
    'often for long car journeys. Browning the butter takes five extra minutes and gives the oats a toasty, nutty ' +
    'flavour that plain melted butter cannot.',
  'The jam layer should be thin. It is tempting to spread on more, but too much jam soaks into the base and the bars ' +
    'will not hold together when you cut them.',
];
const arIngredients = [
  '<span data-ingredient-quantity="true">1/2</span> <span data-ingredient-unit="true">cup</span> <span data-ingredient-name="true">unsalted butter</span>',
  '<span data-ingredient-quantity="true">2</span> <span data-ingredient-unit="true">cups</span> <span data-ingredient-name="true">rolled oats</span>',
  '<span data-ingredient-quantity="true">1</span> <span data-ingredient-unit="true">cup</span> <span data-ingredient-name="true">all-purpose flour</span>',
  '<span data-ingredient-quantity="true">2/3</span> <span data-ingredient-unit="true">cup</span> ' +
    '<span data-ingredient-name="true">packed light brown sugar</span>',
  '<span data-ingredient-quantity="true">1/2</span> <span data-ingredient-unit="true">teaspoon</span> <span data-ingredient-name="true">baking soda</span>',
  '<span data-ingredient-quantity="true">1/4</span> <span data-ingredient-unit="true">teaspoon</span> <span data-ingredient-name="true">fine salt</span>',
  '<span data-ingredient-quantity="true">3/4</span> <span data-ingredient-unit="true">cup</span> <span data-ingredient-name="true">tart cherry jam</span>',
];
const arSteps = [
  'Gather all ingredients. Preheat the oven to 350 degrees F (175 degrees C). Line an 8-inch square baking pan with ' +
    'parchment paper, leaving some overhang on two sides.',
  'Melt butter in a small saucepan over medium heat. Keep cooking, swirling the pan, until the foam subsides and the ' +
    'milk solids turn golden brown, 4 to 5 minutes. Pour into a heatproof bowl and cool for 10 minutes.',
  'Stir oats, flour, brown sugar, baking soda and salt together in a large bowl. Pour in the browned butter and mix ' +
    'with a fork until the mixture looks like damp sand and clumps when squeezed.',
  'Press two thirds of the oat mixture firmly into the prepared pan. Spread jam over the top, leaving a small border ' +
    'around the edges, then scatter the remaining oat mixture over the jam.',
  'Bake in the preheated oven until the top is golden and the jam bubbles at the edges, 30 to 35 minutes. Cool ' +
    'completely in the pan before lifting out and cutting into 16 squares.',
];
const arNutrition: [string, string][] = [
  ['Calories', '178'],
  ['Fat', '7g'],
  ['Carbs', '28g'],
  ['Protein', '2g'],
];
const arReviews = [
  ['Bakes_in_Bristol', '09/14/2025', 'Made these for a hiking trip and they survived two days in a backpack. I used raspberry jam and it was great.'],
  ['Linnea R.', '08/02/2025', 'Brown butter really is the secret. I cut the sugar a little because my jam was quite sweet.'],
];
const arNav = ['Dinners', 'Meals', 'Ingredients', 'Occasions', 'Cuisines', 'Kitchen Tips'];
const arAd = (id: string): string =>
  `<div id="${id}" class="comp mntl-flexible-leaderboard mntl-flexible-ad mntl-gpt-adunit gpt leaderboard">
<div class="wrapper"><span class="ad-label">ADVERTISEMENT</span></div></div>`;
const arDetails: [string, string][] = [
  ['Prep Time:', '15 mins'],
  ['Cook Time:', '35 mins'],
  ['Total Time:', '1 hr 30 mins'],
  ['Servings:', '16'],
];
const arHtml = `<!DOCTYPE html>
<html id="allrecipes-html" class="comp allrecipes-html mntl-html no-js" lang="en"><head><meta charset="utf-8">
<title>Brown Butter Cherry Oat Bars Recipe</title><meta name="description" content="${arDek}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Allrecipes"><meta name="sailthru.author" content="Corinne Abernathy">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Recipe"],"name":"Brown Butter Cherry Oat
Bars","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","ratingCount":"86"},
"recipeYield":["16"],"prepTime":"PT15M","cookTime":"PT35M","author":[{"@type":"Person","name":"Corinne Abernathy"}]}]</script>
<script>window.Mntl=window.Mntl||{};Mntl.DFP={};</script><style>.mntl-sc-block-group--LI{counter-increment:step}</style></head>
<body id="allrecipes-body_1-0" class="comp allrecipes-body mntl-body body mntl-body--recipe">
<header id="header_1-0" class="comp header" role="banner"><a class="header__logo" href="/">Allrecipes</a>
<nav id="mntl-nav_1-0" class="comp mntl-nav"><ul>${links(arNav, 'mntl-nav__item')}</ul></nav><a class="header__account" href="/account/signin">Log In</a>
</header>
<div class="mntl-leaderboard-spacer">${arAd('leaderboard-flex-1')}</div>
<main id="main_1-0" class="comp main"><article id="allrecipes-article_1-0" class="comp allrecipes-article article article--structured-project">
<div id="article-header--recipe_1-0" class="comp article-header--recipe"><ul class="mntl-universal-breadcrumbs"><li><a href="/recipes/desserts">Desserts</a>
</li>
<li><a href="/recipes/bar-cookies">Bar Cookie Recipes</a></li></ul>
<h1 id="article-heading_1-0" class="comp article-heading type--lion">Brown Butter Cherry Oat Bars</h1>
<div id="mntl-recipe-review-bar_1-0" class="comp mntl-recipe-review-bar"><div class="mntl-recipe-review-bar__rating type--squirrel-bold">4.7</div>
<div class="mntl-recipe-review-bar__star-rating" aria-label="Rated 4.7 out of 5 stars"></div>
<div class="mntl-recipe-review-bar__rating-count">(86)</div><div class="mntl-recipe-review-bar__comment-count">64 Reviews</div>
<div class="mntl-recipe-review-bar__photo-count">12 Photos</div></div>
<p class="comp type--dog article-subheading">${arDek}</p>
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Submitted by</span>
<a class="mntl-attribution__item-name" href="/cook/corinne">Corinne Abernathy</a></div>
<div class="mntl-attribution__item-date">Updated on September 3, 2025</div>
<div class="recipe-actions"><button class="mntl-jump-to-recipe__button">Jump to Recipe</button><button>Save</button><button>Rate</button>
<button>Print</button><button>Share</button></div></div>
<figure class="primary-image"><img src="https://www.allrecipes.example/thmb/oat-bars.jpg" alt="">
<figcaption class="figure-article-caption-owner">Dotdash Meredith Food Studios</figcaption></figure>
<div id="article-content_1-0" class="comp article-content"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block">
${ps(arIntro, ' class="comp mntl-sc-block mntl-sc-block-html"')}
${arAd('mntl-sc-block-inline-ad_1-0')}
<div id="recipe-details_1-0" class="comp mntl-recipe-details"><div class="mntl-recipe-details__content">
${arDetails
  .map(
    ([k, v]) => `<div class="mntl-recipe-details__item"><div class="mntl-recipe-details__label">${k}</div>
<div class="mntl-recipe-details__value">${v}</div></div>`,
  )
  .join('\n')}
</div></div>
<div id="mntl-structured-ingredients_1-0" class="comp mntl-structured-ingredients"><h2 class="comp mntl-structured-ingredients__heading">Ingredients</h2>
<ul class="mntl-structured-ingredients__list">${arIngredients
  .map(
    (t) => `<li class="mntl-structured-ingredients__list-item"><p>${t}</p>
</li>`,
  )
  .join('\n')}</ul></div>
<div id="recipe__steps_1-0" class="comp recipe__steps"><h2 class="comp recipe__steps-heading">Directions</h2>
<ol id="mntl-sc-block_3-0" class="comp mntl-sc-block mntl-sc-block-startgroup mntl-sc-block-group--OL">
${arSteps
  .map(
    (t, i) => `<li id="mntl-sc-block_${i + 4}-0" class="comp mntl-sc-block mntl-sc-block-group--LI">
<p class="comp mntl-sc-block mntl-sc-block-html">${t}</p></li>`,
  )
  .join('\n')}
</ol></div>
<div class="recipe-made-it"><button class="mntl-made-it__button">I Made It</button></div>
<div id="mntl-nutrition-facts-summary_1-0" class="comp mntl-nutrition-facts-summary">
<h2 class="mntl-nutrition-facts-summary__heading">Nutrition Facts <span>(per serving)</span></h2>
<table class="mntl-nutrition-facts-summary__table"><tbody>${arNutrition
  .map(
    ([k, v]) => `<tr><td class="mntl-nutrition-facts-summary__table-cell">${v}</td>
<td>${k}</td></tr>`,
  )
  .join('')}</tbody></table>
<p class="mntl-nutrition-facts-label__disclaimer">* Percent Daily Values are based on a 2,000 calorie diet. Your daily values may be higher or lower depending
on your calorie needs.</p></div>
</div></div>
${arAd('mntl-sc-block-inline-ad_2-0')}
<section id="mntl-recipe-review_1-0" class="comp mntl-recipe-review"><h2 class="mntl-recipe-review__heading">Reviews (64)</h2>
${arReviews
  .map(
    ([who, when, txt]) => `<div class="feedback-list__item"><span class="feedback__display-name">${who}</span><span class="feedback__meta-date">${when}</span>
<div class="feedback__text"><p>${txt}</p></div><button class="feedback__helpful-btn">Helpful (3)</button></div>`,
  )
  .join('\n')}
<button class="feedback-list__load-more">Load More</button></section></article></main>
<footer id="footer_1-0" class="comp footer">
<p>Allrecipes is part of the Dotdash Meredith publishing family.</p><a href="/about-us">About Us</a> <a href="/privacy">Privacy Policy</a></footer>
<script src="https://www.allrecipes.example/static/mntl-footer.js" async></script>
</body></html>`;
const recipe: TestPage = {
  html: arHtml,
  name: 'heldout15-allrecipes-recipe',
  kind: 'blog',
  // the dek under the headline is the recipe's own summary: body; the intro paragraphs, the ingredient lines and the
  // directions are the article (ingredients and steps as list items, "Ingredients"/"Directions" as headings); the
  // details card (times, servings), the rating bar, nutrition facts and reviews are furniture (reviewer names and dates
  // bylines); the nutrition labels and values ("Fat", "7g"...) are short cells, furniture; the nav's "Ingredients" is the
  // heading's word and the servings value "16" a word of the body: left out
  title: 'Brown Butter Cherry Oat Bars',
  headings: ['Ingredients', 'Directions'],
  body: [arDek, ...texts(arIntro), ...texts(arIngredients), ...texts(arSteps)],
  bylines: ['Submitted by', 'Corinne Abernathy', 'Updated on September 3, 2025', ...arReviews.flatMap(([who, when]) => [who!, when!])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Allrecipes', ...arNav.filter((t) => t !== 'Ingredients'), 'Log In', 'ADVERTISEMENT', 'Desserts', 'Bar Cookie Recipes', '4.7', '(86)', '64 Reviews',
    '12 Photos', 'Jump to Recipe', 'Save', 'Rate', 'Print', 'Share', 'Dotdash Meredith Food Studios', ...arDetails.flat().filter((t) => t !== '16'),
    'I Made It', 'Nutrition Facts (per serving)', ...arNutrition.flat(),
    '* Percent Daily Values are based on a 2,000 calorie diet. Your daily values may be higher or lower depending on your calorie needs.', 'Reviews (64)',
    ...arReviews.map((r) => r[2]!), 'Helpful (3)', 'Load More', 'Allrecipes is part of the Dotdash Meredith publishing family.', 'About Us',
    'Privacy Policy',
  ],
};

export const HELDOUT15_D: readonly TestPage[] = [flarum, recipe];
