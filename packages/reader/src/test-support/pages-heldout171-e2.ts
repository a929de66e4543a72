import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 171, file e2: an Allrecipes recipe page on the Dotdash Meredith "mntl" template (the header nav with
 * "GET THE MAGAZINE", "Log In" and search; the h1 and the submitter's quote as the subheading; the review bar; the
 * "Submitted by" and "Updated on" attribution; Save / Rate / Print / Share; the lead image with its credit; the recipe
 * details block; the ingredient scaler and "Original recipe (1X) yields" line; structured ingredients; the directions
 * with step photos and credits; "Cook's Notes"; ad labels; the nutrition panel; reviews; "You'll Also Love"; the
 * newsletter box; the footer; the OneTrust banner).
 */
const arTitle = 'Skillet Apple Cider Chicken Thighs';
const arDek =
  '“Crispy-skinned chicken thighs finished in a tangy cider and mustard pan sauce with soft apples and onions. It all cooks in one ' +
  'skillet and is on the table in under an hour, which is why it is on repeat at our house every October.” — Jenna Moraes';
const arIngH = 'Ingredients';
const arIng = [
  '8 bone-in, skin-on chicken thighs',
  '1 teaspoon kosher salt',
  '½ teaspoon ground black pepper',
  '1 tablespoon vegetable oil',
  '1 large yellow onion, thinly sliced',
  '2 firm apples, such as Honeycrisp, cored and cut into 8 wedges each',
  '3 cloves garlic, minced',
  '1 tablespoon fresh thyme leaves',
  '1 ½ cups apple cider',
  '2 tablespoons whole grain mustard',
  '1 tablespoon apple cider vinegar',
  '2 tablespoons cold butter',
];
const arDirH = 'Directions';
const arDir = [
  'Gather all ingredients. Preheat the oven to 400 degrees F (200 degrees C).',
  'Pat chicken thighs dry with paper towels and season both sides with salt and pepper. Heat oil in a large oven-safe skillet over ' +
    'medium-high heat. Place thighs skin side down and cook without moving until the skin is deep golden brown and crisp, 8 to 10 ' +
    'minutes. Turn and cook 2 minutes more, then transfer to a plate.',
  'Pour off all but 2 tablespoons of fat from the skillet. Reduce heat to medium, add onion and cook, stirring, until softened and ' +
    'lightly browned, about 5 minutes. Add apple wedges and cook until they begin to colour at the edges, about 3 minutes. Stir in ' +
    'garlic and thyme and cook until fragrant, about 1 minute.',
  'Pour in cider, scraping up the browned bits from the bottom of the skillet. Stir in mustard and bring to a simmer. Return chicken ' +
    'to the skillet skin side up, nestling it among the apples and onions; keep the skin above the liquid so it stays crisp.',
  'Transfer the skillet to the preheated oven and roast until chicken is no longer pink at the bone and an instant-read thermometer ' +
    'inserted near the bone reads 175 degrees F (80 degrees C), 25 to 30 minutes.',
  'Move chicken, apples and onions to a serving platter. Set the skillet over medium-high heat (the handle will be very hot) and ' +
    'simmer the sauce until reduced by about half, 4 to 5 minutes. Remove from heat, stir in vinegar, then swirl in butter until ' +
    'the sauce is glossy. Spoon sauce over chicken and serve.',
];
const arNoteH = "Cook's Notes:";
const arNotes = [
  'Use a firm, tart-sweet apple that holds its shape. Softer apples such as McIntosh will fall apart in the sauce.',
  'Unsweetened apple juice can be used in place of cider, but the sauce will be sweeter; add an extra teaspoon of vinegar at the end.',
];
const arNav = ['Dinners', 'Meals', 'Ingredients', 'Occasions', 'Cuisines', 'Kitchen Tips', 'News', 'Features', 'About Us', 'GET THE MAGAZINE'];
const arDetails = ['Prep Time:', '15 mins', 'Cook Time:', '45 mins', 'Total Time:', '1 hr', 'Servings:', '4', 'Yield:', '8 thighs'];
const arNutri = ['396', 'Calories', '26g', 'Fat', '17g', 'Carbs', '23g', 'Protein'];
const arReviews: [string, string][] = [
  ['KarenInOhio', 'Made this exactly as written and my teenagers asked for seconds. I used Pink Lady apples and they held up perfectly.'],
  ['Dale R.', 'Great weeknight dinner. I added a splash of heavy cream to the sauce at the end. Will make again.'],
];
const arMore = [
  'Chicken Thighs with Creamy Mustard Sauce',
  'Pork Chops with Apples and Onions',
  'Sheet Pan Maple Dijon Chicken',
  'Cider-Braised Pork Shoulder',
];
const arNews = ['Get the Allrecipes Newsletter', 'Sign up for our newsletter to get the latest recipes, tips and trends.', 'Enter your email', 'Sign Up'];
const arFoot = [
  'About Us',
  'Editorial Process',
  'Product Vetting',
  'Privacy Policy',
  'Terms of Service',
  'Advertise',
  'Careers',
  'Your Privacy Choices',
  'Contact',
];
const arCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and ' +
  'assist in our marketing efforts.';
const arAd =
  '<div class="mntl-sc-block-adslot mntl-block"><div class="mntl-dynamic-billboard mntl-billboard" data-type="dynamic">' +
  '<div class="ad-label">ADVERTISEMENT</div></div></div>';
const arImg = (n: number, credit: string): string => `<figure class="comp figure-article mntl-sc-block-image"><div class="img-placeholder">
<img data-src="https://www.allrecipes.example/thmb/${n}.jpg" alt="" class="lazyload universal-image__image" width="1500" height="1000"></div>
<figcaption class="figure-article-caption"><span class="figure-article-caption-owner">${credit}</span></figcaption></figure>`;
const arHtml = `<!DOCTYPE html>
<html lang="en" class="comp allrecipes-html mntl-html"><head><meta charset="utf-8"><title>Skillet Apple Cider Chicken Thighs Recipe</title>
<meta name="description" content="Crispy-skinned chicken thighs finished in a tangy cider and mustard pan sauce with soft apples and onions.">
<meta property="og:site_name" content="Allrecipes"><meta property="og:title" content="${arTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.allrecipes.com/skillet-apple-cider-chicken-thighs-recipe-8713309">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Recipe"],"name":"${arTitle}","author":[{"@type":"Person","name":"Jenna Moraes"}],
"dateModified":"2025-10-09T11:04:12.000-04:00","prepTime":"PT15M","cookTime":"PT45M","totalTime":"PT60M","recipeYield":["4"],
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","ratingCount":"212"},"recipeIngredient":["8 bone-in, skin-on chicken thighs"],
"nutrition":{"@type":"NutritionInformation","calories":"396 kcal"}}]</script>
<link rel="stylesheet" href="https://www.allrecipes.example/static/6.104.0/cache/eNqVU.min.css"></head>
<body class="comp allrecipes-recipe-body mntl-body"><a class="mntl-skip-to-content" href="#main">Skip to content</a>
<header class="comp allrecipes-header mntl-header" role="banner"><div class="header__inner"><a class="mntl-header__logo" href="/"
aria-label="Visit Allrecipes' homepage">
<svg class="logo"></svg></a><nav class="mntl-fullscreen-nav" aria-label="Main"><ul class="fullscreen-nav__list">${links(
  arNav,
  'fullscreen-nav__list-item',
)}</ul></nav>
<div class="mntl-header__account"><a href="/authentication/login">Log In</a></div><form class="mntl-search-form"><input aria-label="Search"
placeholder="Find a recipe or ingredient"><button>Search</button></form></div></header>
<main id="main" class="loc main"><article class="comp allrecipes-article article-content mntl-article--two-column-right-rail"><div class="loc article-header">
<ul class="comp mntl-breadcrumbs"><li><a href="/recipes/201/meat-and-poultry/chicken/">Chicken</a></li><li><a href="/recipes/661/chicken-thighs/">Chicken
Thighs</a></li></ul>
<h1 class="comp article-heading text-headline-400">${arTitle}</h1><p class="comp article-subheading type--dog">${arDek}</p>
<div class="comp mm-recipes-review-bar"><div class="mm-recipes-review-bar__rating">4.7</div><div class="mm-recipes-review-bar__rating-count">(212)</div>
<div class="mm-recipes-review-bar__comment-count">168 Reviews</div><div class="mm-recipes-review-bar__photo-count">14 Photos</div></div>
<div class="comp mntl-bylines"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Submitted by</span>
<a class="mntl-attribution__item-name" href="/cook/jennamoraes">Jenna Moraes</a></div><div class="mntl-attribution__item-date">Updated on October 9,
2025</div></div>
<div class="comp mm-recipes-social-share"><button class="mm-myrecipes-recipe-save">Save</button><button class="recipe-review-bar__rate">Rate</button>
<button class="mm-recipes-print">Print</button><button class="social-share__button">Share</button></div></div>
${arImg(1, 'Allrecipes / Nico Barrow')}
<div class="comp mm-recipes-details"><div class="mm-recipes-details__content">${arDetails
  .map((t, i) =>
    i % 2 === 0
      ? `<div class="mm-recipes-details__item">
<div class="mm-recipes-details__label">${t}</div>`
      : `<div class="mm-recipes-details__value">${t}</div></div>`,
  )
  .join('\n')}</div></div>
${arAd}
<div id="mm-recipes-structured-ingredients_1-0" class="comp mm-recipes-structured-ingredients"><h2
class="mm-recipes-structured-ingredients__heading">${arIngH}</h2>
<div class="mm-recipes-serving-size-adjuster"><button>1/2x</button><button class="active">1x</button><button>2x</button></div>
<p class="mm-recipes-structured-ingredients__adjusted-servings">Original recipe (1X) yields 8 servings</p>
<ul class="mm-recipes-structured-ingredients__list">${arIng
  .map(
    (t) => `<li
class="mm-recipes-structured-ingredients__list-item"><p>${t}</p></li>`,
  )
  .join('\n')}</ul></div>
<div id="mm-recipes-steps_1-0" class="comp mm-recipes-steps"><h2 class="mm-recipes-steps__heading">${arDirH}</h2>
<ol class="comp mntl-sc-block mntl-sc-block-startgroup mntl-sc-block-group--OL">${arDir
  .map(
    (t, i) => `<li class="comp mntl-sc-block mntl-sc-block-startgroup mntl-sc-block-group--LI">
<p class="comp mntl-sc-block mntl-sc-block-html">${t}</p>${i === 1 || i === 4 ? arImg(i + 2, 'Dotdash Meredith Food Studios') : ''}</li>`,
  )
  .join('\n')}</ol></div>
${arAd}
<div class="comp mntl-sc-block mm-recipes-cook-notes"><h3 class="mntl-sc-block-heading">${arNoteH}</h3>${arNotes.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div id="mm-recipes-nutrition-facts-summary" class="comp mm-recipes-nutrition-facts-summary"><h2>Nutrition Facts <span>(per
serving)</span></h2><table><tbody><tr>
${arNutri.map((t) => `<td class="mm-recipes-nutrition-facts-summary__table-cell">${t}</td>`).join('')}</tr></tbody></table>
<button class="mm-recipes-nutrition-facts-label__button">Show Full Nutrition Label</button></div>
<div class="comp mntl-recipe-reviews" id="mntl-recipe-review"><h2>Reviews (168)</h2><button>Add Review</button><ul>
${arReviews
  .map(
    ([u, t]) => `<li class="feedback-list__item"><span class="feedback__display-name">${u}</span><span class="feedback__meta-date">10/14/2025</span>
<div class="feedback__text"><p>${t}</p></div><button>Helpful</button></li>`,
  )
  .join('\n')}</ul><button>Read More Reviews</button></div></article>
<aside class="loc article-right-rail"><div class="mntl-leaderboard-spacer"><div class="ad-label">ADVERTISEMENT</div></div></aside>
<section class="comp mntl-three-post-block"><h2 class="mntl-block__heading">You'll Also Love</h2><ul>${arMore
  .map(
    (t) => `<li class="card"><a href="/${t.length}">
<span class="card__title-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul></section></main>
<div class="comp mntl-newsletter-signup"><h3>${arNews[0]}</h3><p>${arNews[1]}</p><input aria-label="${arNews[2]}"
placeholder="${arNews[2]}"><label>${arNews[2]}</label>
<button>${arNews[3]}</button></div>
<footer class="comp allrecipes-footer mntl-footer" role="contentinfo"><ul class="mntl-footer__links">${links(arFoot)}</ul>
<p class="mntl-footer__tagline">Allrecipes is part of the Dotdash Meredith publishing family.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${arCookie}</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
<script src="https://www.allrecipes.example/static/6.104.0/cache/eNqdlEF.min.js" async></script></body></html>`;
export const allrecipesPage: TestPage = {
  html: arHtml,
  name: 'heldout171-allrecipes-recipe',
  kind: 'blog',
  // the submitter's quote (the subheading) is body; ingredients, directions and Cook's Notes are body with their headings;
  // the recipe details block (prep, cook, total, servings, yield) is in neither list; "Submitted by", the name and
  // "Updated on" are bylines; the review bar, actions, image credits, scaler, ad labels, nutrition panel, reviews, rail,
  // newsletter, footer and cookie banner are furniture
  title: arTitle,
  headings: [arIngH, arDirH, arNoteH],
  body: [arDek, ...arIng, ...texts(arDir), ...arNotes],
  bylines: ['Submitted by', 'Jenna Moraes', 'Updated on October 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...arNav.filter((t) => t !== 'Ingredients'), 'Log In', 'Search', 'Chicken', 'Chicken Thighs', '4.7', '(212)', '168 Reviews',
    '14 Photos', 'Save', 'Rate', 'Print', 'Share', 'Allrecipes / Nico Barrow', 'ADVERTISEMENT', '1/2x', '1x', '2x', 'Original recipe (1X) yields 8 servings',
    'Dotdash Meredith Food Studios', 'Nutrition Facts (per serving)', ...arNutri, 'Show Full Nutrition Label', 'Reviews (168)', 'Add Review',
    ...arReviews.flat(), '10/14/2025', 'Helpful', 'Read More Reviews', "You'll Also Love", ...arMore, ...arNews, ...arFoot,
    'Allrecipes is part of the Dotdash Meredith publishing family.', arCookie, 'Accept All Cookies', 'Cookies Settings',
  ])],
};
