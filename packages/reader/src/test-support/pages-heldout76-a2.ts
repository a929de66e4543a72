import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 76, file a2: a recipe page on a big food site built on the Dotdash Meredith "mntl" template (Serious Eats
 * shape): global nav, breadcrumbs, headline and dek, byline with a hidden tooltip bio and the "Fact checked by" line,
 * "Jump to recipe", the "Why It Works" callout, intro paragraphs with photo credits, inline ad slots, the recipe details
 * block, structured ingredients, numbered directions with step photos, "Special Equipment", "Notes", "Make-Ahead and
 * Storage", the nutrition panel, the rating prompt, "More Recipes", newsletter, footer and the OneTrust banner.
 */
const reTitle = 'Skillet Chicken Thighs With Crispy Chickpeas and Preserved Lemon';
const reDek = 'Chickpeas fried in rendered chicken fat turn shatteringly crisp while the thighs finish in the oven.';
const reWhy = [
  'Starting the thighs skin-side down in a cold skillet renders the fat slowly, so the skin crisps without burning.',
  'Frying the chickpeas in that rendered fat gives them a crunchy shell and seasons them from the inside out.',
  'Preserved lemon, added at the end, brings salt and a floral bitterness that cuts through the richness.',
];
const reIntro = [
  'Every few months I go through a phase of cooking one dish on repeat, and this winter it was this one. It started as a way to ' +
    'use up a can of chickpeas and two lonely chicken thighs, and it turned into the dinner I make whenever I want something that ' +
    'feels generous but takes almost no effort.',
  'The method is simple. The thighs go skin-side down into a cold cast iron skillet, and the heat comes up slowly. As the pan ' +
    'warms, the fat under the skin melts and pools around the meat, and the skin tightens and turns a deep, even brown. By the time ' +
    'it is ready to flip there are three or four tablespoons of fat in the pan, which is exactly what the chickpeas need.',
  'Drained and thoroughly dried chickpeas go into that fat with a pinch of cumin and a good amount of smoked paprika. The thighs sit ' +
    'on top, skin-side up, and the whole skillet goes into a hot oven. The chicken finishes cooking while the chickpeas underneath ' +
    'fry, so that some end up crisp all the way through and others stay creamy in the middle. I like that mix, but if you want them ' +
    'all crunchy, spread them out in a wider pan.',
  'The last step is the one that makes it. Preserved lemon, chopped fine with parsley and a spoonful of the chicken fat, turns into ' +
    'a loose relish that goes over everything. If you cannot find preserved lemon, use the zest of a whole lemon with a squeeze of ' +
    'juice and an extra pinch of salt. It is not the same, but it is still very good.',
];
const reIngredients = [
  '<span data-ingredient-quantity="true">6</span> <span data-ingredient-unit="true">bone-in, skin-on</span> ' +
    '<span data-ingredient-name="true">chicken thighs</span> (about 2 1/2 pounds; 1.1kg)',
  '<span data-ingredient-name="true">Kosher salt</span> and freshly ground black pepper',
  '<span data-ingredient-quantity="true">2</span> <span data-ingredient-unit="true">(15-ounce) cans</span> ' +
    '<span data-ingredient-name="true">chickpeas</span>, drained, rinsed and patted dry',
  '<span data-ingredient-quantity="true">1 1/2</span> <span data-ingredient-unit="true">teaspoons</span> ' +
    '<span data-ingredient-name="true">smoked paprika</span>',
  '<span data-ingredient-quantity="true">1</span> <span data-ingredient-unit="true">teaspoon</span> ' + '<span data-ingredient-name="true">ground cumin</span>',
  '<span data-ingredient-quantity="true">4</span> <span data-ingredient-name="true">garlic cloves</span>, thinly sliced',
  '<span data-ingredient-quantity="true">1</span> <span data-ingredient-unit="true">small</span> ' +
    '<span data-ingredient-name="true">preserved lemon</span>, seeds removed, finely chopped',
  '<span data-ingredient-quantity="1/2">1/2</span> <span data-ingredient-unit="true">cup</span> ' +
    '<span data-ingredient-name="true">flat-leaf parsley leaves</span>, chopped',
];
const reSteps = [
  '<strong>Season and render the chicken:</strong> Adjust oven rack to middle position and preheat oven to 425°F (220°C). Season ' +
    'chicken all over with salt and pepper. Place skin-side down in a cold 12-inch cast iron skillet, set over medium heat, and cook ' +
    'without moving until skin is deep golden brown and most of the fat has rendered, 15 to 18 minutes.',
  '<strong>Add the chickpeas:</strong> Transfer chicken to a plate, skin-side up. Spoon off all but 3 tablespoons of fat and reserve. ' +
    'Add chickpeas, paprika, cumin and garlic to skillet, season with salt, and stir to coat. Cook, stirring occasionally, until ' +
    'garlic is fragrant, about 2 minutes.',
  '<strong>Roast:</strong> Nestle chicken skin-side up on top of chickpeas. Transfer skillet to oven and roast until chicken ' +
    'registers 175°F (79°C) near the bone and chickpeas are crisp, 20 to 25 minutes.',
  '<strong>Make the relish and serve:</strong> Meanwhile, in a small bowl, stir together preserved lemon, parsley and 1 tablespoon ' +
    'reserved fat. Spoon relish over chicken and chickpeas and serve right away.',
];
const reEquipment = ['12-inch cast iron skillet, instant-read thermometer'];
const reNotes = [
  'Dry the chickpeas well. Any water left on them will make the fat spatter and keep them from crisping, so roll them in a clean ' +
    'kitchen towel after rinsing.',
];
const reStorage = ['Leftovers keep in the refrigerator for up to 3 days. Reheat in a 400°F (200°C) oven so the chickpeas crisp again.'];
const reNav = ['Recipes', 'Techniques', 'Reviews', 'Features', 'About Us'];
const reCrumbs = ['Recipes by Course', 'Mains', 'Chicken'];
const reTooltip =
  'Noor Haddad is a recipe developer and food writer. She has worked in test kitchens in Chicago and Amman and writes about ' +
  'weeknight cooking for Simmer & Sear.';
const reDetails = ['Prep:', '10 mins', 'Cook:', '45 mins', 'Total:', '55 mins', 'Serves:', '4 servings'];
const reNutrition = ['Nutrition Facts (per serving)', '684', 'Calories', '41g', 'Fat', '34g', 'Carbs', '47g', 'Protein'];
const reNutritionNote = '(Nutrition information is calculated using an ingredient database and should be considered an estimate.)';
const reMore = ['Crispy Smashed Potatoes With Anchovy Butter', 'The Only Roast Chicken Method You Need', 'Braised White Beans With Greens'];
const reNews = ['Get fresh recipes, cooking tips, and smart kitchen advice delivered to your inbox.', 'Email Address', 'Sign Up'];
const reFoot = ['About Us', 'Editorial Guidelines', 'Privacy Policy', 'Careers', 'Contact', 'Terms of Service', 'Advertise', 'Your Privacy Choices'];
const reCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site ' +
  'usage, and assist in our marketing efforts.';
const reP = (t: string): string => `<p class="comp mntl-sc-block mntl-sc-block-html">${t}</p>`;
const reFig = (n: number, alt: string): string => `<figure id="mntl-sc-block-image_${n}-0" class="comp mntl-sc-block mntl-sc-block-image figure-landscape">
<div class="img-placeholder" style="padding-bottom:66.6%;"><img data-src="https://www.simmerandsear.example/thmb/${n}.jpg" alt="${alt}"
class="lazyload universal-image__image" width="1500" height="1000"></div>
<figcaption class="comp figure-article-caption mntl-figure-caption"><span class="figure-article-caption-owner">Simmer &amp; Sear / Noor Haddad</span>
</figcaption></figure>`;
const reAd = (n: number): string => `<div id="mntl-sc-block-inline-ad_${n}-0" class="comp mntl-sc-block mntl-sc-block-adslot mntl-block">
<div class="mntl-leaderboard-spacer"><div id="inline-${n}" class="comp mntl-gpt-dynamic-adunit mntl-gpt-adunit gpt leaderboard dynamic" data-type="leaderboard">
<div class="wrapper" data-type="leaderboard" data-pos="inline" data-priority="4" data-sizes="[[300,250],[728,90]]" data-rtb="true"
data-wait-for-third-party="false"
data-targeting="{}"></div></div><div class="mntl-leaderboard-spacer__label">Advertisement</div></div></div>`;
const reLd = `{"@context":"http://schema.org","@type":["Recipe"],"headline":"${reTitle}","author":[{"@type":"Person","name":"Noor Haddad"}],
"datePublished":"2025-02-11T08:00:00.000-05:00","recipeYield":"4","totalTime":"PT55M","recipeCategory":["Mains"],"recipeCuisine":["Middle Eastern"]}`;
const reHtml = `<!DOCTYPE html>
<html id="simmerandsear-html" class="comp simmerandsear-html mntl-html" lang="en" data-mntl-html><head class="loc head">
<meta charset="utf-8"><title>${reTitle} Recipe</title><meta name="description" content="${reDek}">
<meta property="og:site_name" content="Simmer &amp; Sear"><meta property="og:type" content="article"><meta name="sailthru.author" content="Noor Haddad">
<link rel="canonical" href="https://www.simmerandsear.example/skillet-chicken-thighs-crispy-chickpeas-preserved-lemon-8716402">
<script type="application/ld+json">[${reLd}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.DDM = {"domain":"simmerandsear","templateName":"structuredContent"};</script>
<link rel="stylesheet" href="/static/6.142.0/cache/eNp1jkEOgjAQRS8E.min.css"></head>
<body id="structured-content_1-0" class="comp recipe-sc structured-content mntl-body body" data-sc-sticky-offset="60">
<a id="mntl-skip-to-content_1-0" class="mntl-skip-to-content mntl-text-link" href="#main"><span class="link__wrapper">Skip to content</span></a>
<header id="header_1-0" class="comp header mntl-header" role="banner"><div class="header__inner">
<a id="logo_1-0" class="comp logo mntl-logo" href="https://www.simmerandsear.example/" aria-label="Visit Simmer &amp; Sear's homepage">
<svg class="icon logo-svg"><use xlink:href="#logo"></use></svg></a>
<nav id="global-navigation_1-0" class="comp global-navigation" aria-label="Main navigation"><ul class="global-navigation__list">
${links(reNav, 'global-navigation__list-item')}</ul></nav>
<form class="general-search" action="/search"><label class="is-vishidden" for="search-input">Search</label><input id="search-input" type="text"
placeholder="Search"></form></div></header>
<main id="main" class="loc main"><article id="structured-content_2-0" class="comp article-content recipe-article">
<ul id="mntl-breadcrumbs_1-0" class="comp mntl-breadcrumbs breadcrumbs">${links(reCrumbs, 'comp mntl-breadcrumbs__item')}</ul>
<header id="article-header_1-0" class="comp article-header"><h1 id="heading_1-0" class="comp heading__title">${reTitle}</h1>
<p class="comp heading__subtitle">${reDek}</p>
<div id="mntl-bylines_1-0" class="comp mntl-bylines"><div class="mntl-bylines__group">
<div class="comp mntl-bylines__item mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span>
<a class="mntl-attribution__item-name" href="/noor-haddad-8716001" data-tooltip-id="tooltip-noor">Noor Haddad</a>
<div id="tooltip-noor" class="mntl-author-tooltip mntl-dynamic-tooltip" aria-hidden="true" style="display:none">
<p class="mntl-author-tooltip__bio">${reTooltip}</p><a class="mntl-author-tooltip__link"
href="/editorial-guidelines">Learn about our editorial process</a></div>
</div><div class="comp mntl-bylines__item mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Fact checked by</span>
<a class="mntl-attribution__item-name" href="/lucia-ferrante-8716044">Lucia Ferrante</a></div></div>
<div class="mntl-attribution__item-date">Updated <time datetime="2025-11-03">Nov. 03, 2025</time></div></div>
<a id="recipe-jump-link_1-0" class="comp recipe-jump-link mntl-button" href="#recipe-block_1-0"><span>Jump to recipe</span></a></header>
${reFig(1, 'Overhead view of chicken thighs on chickpeas in a cast iron skillet')}
<div id="article-content_1-0" class="comp article-content expert-content">
<div id="mntl-sc-block-callout_1-0" class="comp mntl-sc-block mntl-sc-block-callout theme-whyitworks"><h3 class="mntl-sc-block-callout-heading">
<span class="mntl-sc-block-heading__text">Why It Works</span></h3><div class="mntl-sc-block-callout-body">
<ul>${reWhy.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
${reP(reIntro[0]!)}
${reP(reIntro[1]!)}
${reAd(1)}
${reFig(2, 'Chicken thighs browning skin-side down in a skillet')}
${reP(reIntro[2]!)}
${reP(reIntro[3]!)}
${reAd(2)}
<div id="recipe-block_1-0" class="comp recipe-block"><div id="project-meta_1-0" class="comp project-meta"><div class="loc project-meta__inner">
${[0, 2, 4, 6]
  .map(
    (i) => `<div class="project-meta__${reDetails[i]!.slice(0, -1).toLowerCase()}-time"><span class="meta-text__label">${reDetails[i]}</span>
<span class="meta-text__data">${reDetails[i + 1]}</span></div>`,
  )
  .join('\n')}</div></div>
<section id="section--ingredients_1-0" class="comp section--ingredients section"><h2 class="comp mntl-text-block section__title">Ingredients</h2>
<ul class="structured-ingredients__list text-passage">
${reIngredients.map((t) => `<li class="structured-ingredients__list-item"><p>${t}</p></li>`).join('\n')}</ul></section>
<section id="section--instructions_1-0" class="comp section--instructions section"><h2 class="comp mntl-text-block section__title">Directions</h2>
<div id="structured-project__steps_1-0" class="comp structured-project__steps"><ol class="comp mntl-sc-block mntl-sc-block-startgroup mntl-sc-block-group--OL">
${reSteps
  .map(
    (t, i) => `<li class="comp mntl-sc-block mntl-sc-block-startgroup mntl-sc-block-group--LI">${reP(t)}
${reFig(10 + i, `Step ${i + 1}`)}</li>`,
  )
  .join('\n')}</ol></div></section>
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">Special Equipment</span></h2>
${reP(reEquipment[0]!)}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">Notes</span></h2>
${reP(reNotes[0]!)}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">Make-Ahead and Storage</span></h2>
${reP(reStorage[0]!)}
<div id="nutrition-info_1-0" class="comp nutrition-info"><h2 class="nutrition-info__heading">${reNutrition[0]}</h2>
<table class="nutrition-info__table"><tbody>${[1, 3, 5, 7]
  .map(
    (i) =>
      `<tr class="nutrition-info__table--row"><td class="nutrition-info__table--cell">${reNutrition[i]}</td><td class="nutrition-info__table--cell">` +
      `${reNutrition[i + 1]}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<button class="nutrition-label__toggle" type="button">Show Full Nutrition Label</button>
<p class="nutrition-info__disclaimer">${reNutritionNote}</p></div></div>
<div id="recipe-rating_1-0" class="comp recipe-rating"><p class="recipe-rating__heading">Rate This Recipe</p>
<p class="recipe-rating__text">Did you make this? Tell us what you thought.</p></div>
</div></article>
<section id="more-recipes_1-0" class="comp more-recipes"><h2 class="more-recipes__title">More Recipes</h2><ul>${links(reMore, 'card-list__item')}</ul></section>
</main>
<div id="newsletter-signup_1-0" class="comp newsletter-signup"><p class="newsletter-signup__title">${reNews[0]}</p>
<form><label class="is-vishidden" for="nl-email">${reNews[1]}</label><input id="nl-email" type="email" placeholder="${reNews[1]}">
<button type="submit">${reNews[2]}</button></form></div>
<footer id="footer_1-0" class="comp footer mntl-footer"><p class="footer__follow">Follow Us</p><ul class="footer__links">${links(reFoot)}</ul>
<p class="footer__publisher">Simmer &amp; Sear is part of the Larder Media publishing family.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${reCookie}</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="/static/6.142.0/cache/eNqVkMFuwzAIhl9oT.min.js" async></script></body></html>`;
export const recipePage: TestPage = {
  html: reHtml,
  name: 'heldout76-mntl-recipe',
  kind: 'blog',
  // the dek, the "Why It Works" list, ingredients, directions and the equipment, notes and storage paragraphs are body; the
  // recipe details block (prep, cook, total, serves) is in neither list; the nutrition panel, step-photo credits, ad labels,
  // the hidden author tooltip and the rating prompt are furniture; "Fact checked by Lucia Ferrante" is a byline
  title: reTitle,
  headings: ['Why It Works', 'Ingredients', 'Directions', 'Special Equipment', 'Notes', 'Make-Ahead and Storage'],
  body: [reDek, ...reWhy, ...reIntro, ...texts(reIngredients), ...texts(reSteps), ...reEquipment, ...reNotes, ...reStorage],
  bylines: ['By Noor Haddad', 'Fact checked by Lucia Ferrante', 'Updated Nov. 03, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...reNav, 'Search', ...reCrumbs, reTooltip, 'Learn about our editorial process', 'Jump to recipe', 'Simmer & Sear / Noor Haddad',
    'Advertisement', reNutrition[0]!, ...reNutrition.slice(1), 'Show Full Nutrition Label', reNutritionNote,
    'Rate This Recipe', 'Did you make this? Tell us what you thought.', 'More Recipes', ...reMore, ...reNews, 'Follow Us', ...reFoot.slice(1),
    'Simmer & Sear is part of the Larder Media publishing family.', reCookie, 'Cookies Settings', 'Accept All Cookies',
  ],
};
