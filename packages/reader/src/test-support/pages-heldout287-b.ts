import { links, ps, type TestPage, texts } from './page-kit.js';
import { supermarket } from './pages-heldout287-b2.js';
import { j, lis } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file b: a food magazine recipe on a Dotdash Meredith (mntl) template, Serious Eats-style (header
 * menu, breadcrumbs, attribution with "Updated", "Why It Works" box, structured ingredients and steps, figure credits,
 * an inline "Read more" link, ratings, newsletter, "Keep Reading" rail, Didomi-style consent and footer) and, from file b2,
 * a supermarket's recipe page built with Next.js.
 */
const sTitle = 'Crispy Oven-Fried Chicken Thighs With Hot Honey';
const sDek = 'A buttermilk brine and a cornflake crust give you fried-chicken crunch with none of the splatter.';
const sWhy = [
  'An overnight buttermilk brine seasons the meat deeply and keeps it juicy.',
  'Crushed cornflakes mixed with panko brown quickly and stay crisp.',
  'Baking on a wire rack lets hot air reach every side of the chicken.',
];
const sIntro = [
  j(
    'Deep-frying at home is a commitment: a pot of oil, a thermometer, a stovetop that needs scrubbing afterwards. I love fried',
    'chicken enough to do it a few times a year, but for a Tuesday I wanted something close that lives entirely in the oven.',
  ),
  j(
    'The problem with most oven-fried recipes is that the crust tastes baked rather than fried. Breadcrumbs dry out before they',
    'brown, and the underside steams against the pan. After testing eleven batches, I found that the coating and the rack matter',
    'far more than the oven temperature.',
  ),
];
const sCrust = [
  j(
    'Cornflakes are already toasted and sweetened, so they brown in the time it takes the thighs to cook. On their own they can',
    'taste a little like breakfast; cutting them half and half with panko gives a more neutral, shattering crust.',
  ),
  j(
    'A tablespoon of oil tossed through the crumbs before coating does what the fryer would otherwise do. In side-by-side tests,',
    'oiled crumbs were noticeably darker and crunchier than dry ones.',
  ),
];
const sHoney = [
  j(
    'Hot honey is just honey warmed with chili flakes and a splash of vinegar. Brush it on right as the chicken comes out of the',
    'oven so the crust does not soften. Any leftover keeps for weeks in a jar.',
  ),
];
const sIng = [
  '8 bone-in, skin-on chicken thighs (about 3 pounds)',
  '2 cups buttermilk',
  '1 tablespoon kosher salt',
  '3 cups cornflakes, lightly crushed',
  '1 cup panko bread crumbs',
  '1 tablespoon vegetable oil',
  '1/3 cup honey',
  '1 teaspoon red chili flakes',
];
const sSteps = [
  'Whisk the buttermilk and salt in a large bowl, add the chicken and refrigerate for at least 4 hours and up to 24 hours.',
  'Adjust an oven rack to the middle position and heat the oven to 425°F. Set a wire rack inside a rimmed baking sheet.',
  'Combine the cornflakes, panko and oil in a shallow dish. Lift each thigh from the brine, let the excess drip off and press into the crumbs.',
  'Arrange skin side up on the rack and bake until the crust is deep golden and the meat registers 175°F, 40 to 45 minutes.',
  'Meanwhile, warm the honey and chili flakes in a small saucepan. Brush over the chicken and serve right away.',
];
const sNav = ['Recipes', 'How-Tos', 'Reviews', 'Ingredient Guides', 'Culture', 'About Us'];
const sKeep = ['The Best Buttermilk Biscuits', 'How to Spatchcock a Chicken', 'Our Favorite Wire Racks'];
const sFoot = ['About Us', 'Editorial Guidelines', 'Privacy Policy', 'Careers', 'Contact', 'Terms of Service', 'Your Privacy Choices'];
const sHtml = `<!DOCTYPE html><html lang="en" class="comp mntl-html no-js"><head><meta charset="utf-8"><title>${sTitle} Recipe</title>
<meta name="description" content="${sDek}"><meta property="og:type" content="article"><meta name="sailthru.author" content="Dana Pell">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Recipe"],"headline":"${sTitle}","datePublished":"2025-06-10T08:00:00.000-04:00",
"dateModified":"2026-01-28T10:30:00.000-05:00","author":[{"@type":"Person","name":"Dana Pell"}],"recipeYield":["4"]}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.DDM = {"tax":"recipes","templateId":"structured-content"};</script></head>
<body class="comp mntl-body theme-recipe">
<a href="#main" class="mntl-skip-to-content">Skip to content</a>
<header id="header_1-0" class="comp header mntl-header"><div class="header__inner"><a href="/" class="header__logo"
aria-label="Visit Hearth &amp; Salt's homepage">
<span class="is-vishidden">Hearth &amp; Salt</span></a><nav id="global-nav_1-0" class="comp global-nav"><ul class="global-nav__list">
${links(sNav, 'global-nav__list-item')}</ul></nav><a class="header__newsletter-link" href="/newsletter">Newsletters</a></div></header>
<main id="main" class="loc main"><article id="structured-project__article_1-0" class="comp structured-project__article article">
<div class="loc article-pre-content"><ul id="mntl-breadcrumbs_1-0" class="comp breadcrumbs mntl-breadcrumbs"><li class="breadcrumbs__item"><a
href="/recipes" class="mntl-text-link"><span class="link__wrapper">Recipes</span></a></li><li class="breadcrumbs__item"><a href="/poultry"
class="mntl-text-link"><span class="link__wrapper">Poultry</span></a></li><li class="breadcrumbs__item"><a href="/chicken"
class="mntl-text-link"><span class="link__wrapper">Chicken Recipes</span></a></li></ul></div>
<div class="article-header"><h1 id="heading_1-0" class="comp heading mntl-text-block"><span class="heading__title">${sTitle}</span></h1>
<p id="article-subheading_1-0" class="comp article-subheading type--dog">${sDek}</p>
<div id="mntl-bylines_1-0" class="comp mntl-bylines"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span>
<a href="/dana-pell" class="mntl-attribution__item-name">Dana Pell</a></div>
<div class="mntl-attribution__item mntl-attribution__item--tester"><span class="mntl-attribution__item-descriptor">Tested by</span>
<a href="/oren-marsh" class="mntl-attribution__item-name">Oren Marsh</a></div>
<div class="mntl-attribution__item-date">Updated January 28, 2026</div></div>
<div class="mntl-recipe-review-bar"><a href="#mntl-recipe-review" class="mntl-recipe-review-bar__rating-count">4.8 (212)</a>
<a href="#mntl-recipe-review" class="mntl-recipe-review-bar__comment-count">Add a comment</a></div></div>
<div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block article-content">
<div class="comp mntl-sc-block mntl-sc-block-callout"><div class="mntl-sc-block-callout-heading"><h3>Why It Works</h3></div><div
class="mntl-sc-block-callout-body">
<ul>${lis(sWhy)}</ul></div></div>
${ps(sIntro, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<figure class="comp mntl-sc-block mntl-sc-block-image figure-landscape"><div class="img-placeholder"><img
src="https://www.hearthandsalt.example/thmb/oven-fried.jpg"
alt="Oven-fried chicken thighs on a rack"></div><figcaption class="figure-article-caption"><span class="figure-article-caption-owner">Hearth &amp; Salt / Oren
Marsh</span></figcaption></figure>
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">The Crust: Cornflakes and Panko</span></h2>
${ps(sCrust, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<p class="comp mntl-sc-block mntl-sc-block-html mntl-sc-block-featuredlink"><a
href="/best-wire-racks">Read more: The Best Wire Racks for Roasting and Baking</a></p>
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">Finishing With Hot Honey</span></h2>
${ps(sHoney, ' class="comp mntl-sc-block mntl-sc-block-html"')}
</div>
<div id="recipe-block_1-0" class="comp recipe-block"><div class="mntl-recipe-details"><div class="mntl-recipe-details__item"><div
class="mntl-recipe-details__label">Prep:</div><div class="mntl-recipe-details__value">15 mins</div></div><div class="mntl-recipe-details__item"><div
class="mntl-recipe-details__label">Cook:</div><div class="mntl-recipe-details__value">45 mins</div></div><div class="mntl-recipe-details__item"><div
class="mntl-recipe-details__label">Serves:</div><div class="mntl-recipe-details__value">4 servings</div></div></div>
<section id="section--ingredients_1-0" class="comp section--ingredients section"><h2 class="section__title">Ingredients</h2>
<ul class="structured-ingredients__list">${sIng.map((i) => `<li class="structured-ingredients__list-item"><p>${i}</p></li>`).join('\n')}</ul></section>
<section id="section--instructions_1-0" class="comp section--instructions section"><h2 class="section__title">Directions</h2>
<ol id="mntl-sc-block_3-0" class="comp mntl-sc-block-group--OL mntl-sc-block">${sSteps
  .map((s) => `<li class="comp mntl-sc-block mntl-sc-block-group--LI"><p class="comp mntl-sc-block mntl-sc-block-html">${s}</p></li>`)
  .join('\n')}</ol></section>
<div class="nutrition-info"><h2 class="mntl-nutrition-facts-summary__heading">Nutrition Facts (per serving)</h2><table
class="mntl-nutrition-facts-summary__table">
<tr><td>612</td><td>Calories</td></tr><tr><td>28g</td><td>Fat</td></tr></table></div></div>
</article>
<div id="mntl-recipe-review_1-0" class="comp mntl-recipe-review"><h2 class="mntl-recipe-review__heading">Rate this recipe</h2>
<p class="mntl-recipe-review__text">I loved it!</p></div>
<div class="comp newsletter-signup"><p class="newsletter-signup__title">Get fresh recipes, cooking tips, deal alerts, and more!</p>
<button class="newsletter-signup__button">Sign Up</button></div>
<section class="comp mntl-recirc keep-reading"><h2 class="keep-reading__title">Keep Reading</h2><ul>${links(sKeep, 'card-list__item')}</ul></section></main>
<footer id="footer_1-0" class="comp footer"><ul class="footer__links">${links(sFoot, 'footer__link')}</ul>
<p class="footer__copyright">Hearth &amp; Salt is part of the Larkspur Media publishing family.</p></footer>
<div id="didomi-host"><div id="didomi-notice" class="didomi-notice-banner"><div
class="didomi-notice-text">We and our partners use cookies to personalise content and
ads.</div><button id="didomi-notice-agree-button">Agree and close</button><button id="didomi-notice-learn-more-button">Learn more</button></div></div>
</body></html>`;
const magazine: TestPage = {
  name: 'heldout287-dotdash-mntl-recipe-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: ['Why It Works', 'The Crust: Cornflakes and Panko', 'Finishing With Hot Honey', 'Ingredients', 'Directions'],
  body: texts([sDek, ...sWhy, ...sIntro, ...sCrust, ...sHoney, ...sIng, ...sSteps]),
  bylines: ['Dana Pell', 'Tested by', 'Oren Marsh', 'Updated January 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...sNav, 'Newsletters', 'Poultry', 'Chicken Recipes', '4.8 (212)', 'Add a comment', 'Hearth & Salt / Oren Marsh',
    'Read more: The Best Wire Racks for Roasting and Baking', 'Prep:', '15 mins', 'Cook:', '45 mins', 'Serves:', '4 servings',
    'Nutrition Facts (per serving)', 'Calories', 'Rate this recipe', 'I loved it!', 'Get fresh recipes, cooking tips, deal alerts, and more!', 'Sign Up',
    'Keep Reading', ...sKeep, ...sFoot.slice(1), 'Hearth & Salt is part of the Larkspur Media publishing family.',
    'We and our partners use cookies to personalise content and ads.', 'Agree and close', 'Learn more',
  ],
};

export const HELDOUT287_B: readonly TestPage[] = [magazine, supermarket];
