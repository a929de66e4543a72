import { links, type TestPage, texts } from './page-kit.js';
import { lines, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file e2: a Bon Appétit recipe on the Condé Nast "verso" recipe template (skip link, header nav with the
 * hidden drawer, "Sign In" and "Subscribe", the rubric, headline, dek, byline and the "Photo by / Food Styling by" credit line,
 * the rating summary and "Save" / "Print" / "Ratings" buttons, the headnote, the ingredients list under its h2 with the yield, the
 * steps as list items each with an h3 "Step" heading, the "How would you rate" box and reader reviews, the "Related recipes" rail,
 * the "Editor's Picks" rail, the subscriber promo and the footer).
 */
const baTitle = 'Crispy Chickpeas and Greens With Lemony Yogurt';
const baDek = 'A weeknight skillet that gets its crunch from the oven and its tang from a garlicky yogurt you’ll want on everything.';
const baP1 = paras(`
The trick to properly crisp chickpeas is patience and a hot oven. Dry them well after rinsing, toss them with more oil than
feels reasonable, and leave them alone. You want some of them to split and blister, and a few to go almost crunchy all the
way through.

While they roast, you’ll wilt a big pile of greens with garlic and chile. Lacinato kale works well, but Swiss chard or even a
bag of baby spinach will do; just shorten the cooking time for tender leaves. The lemony yogurt underneath ties it all together.
Serve it with flatbread, or over rice if you want something more filling.
`);
const baH1 = 'Ingredients';
const baYield = '4 servings';
const baIng = lines(`
2 15-oz. cans chickpeas, rinsed, patted very dry
5 Tbsp. extra-virgin olive oil, divided
1 tsp. ground cumin
1 tsp. smoked paprika
1¼ tsp. Diamond Crystal or ¾ tsp. Morton kosher salt, divided, plus more
1 large bunch lacinato kale, ribs removed, leaves torn
3 garlic cloves, thinly sliced
½ tsp. crushed red pepper flakes
1 cup whole-milk Greek yogurt
1 lemon, zest finely grated, halved
Flatbread or cooked rice (for serving)
`);
const baH2 = 'Preparation';
const baSteps = paras(`
Place a rack in middle of oven; preheat to 450°. Toss chickpeas, 3 Tbsp. oil, cumin, paprika, and ¾ tsp. Diamond Crystal or ½ tsp.
Morton salt on a rimmed baking sheet. Roast, shaking pan once halfway through, until deeply golden and crisp, 25–30 minutes.

Meanwhile, heat remaining 2 Tbsp. oil in a large skillet over medium. Cook garlic and red pepper flakes, stirring, until garlic
is golden at the edges, about 2 minutes. Add kale a handful at a time, tossing to wilt before adding more. Season with remaining
½ tsp. Diamond Crystal or ¼ tsp. Morton salt and cook until tender, 5–7 minutes.

Mix yogurt, lemon zest, and juice from one lemon half in a small bowl; season with salt. Cut remaining lemon half into wedges.

Spread yogurt on a platter. Top with kale and chickpeas. Serve with lemon wedges and flatbread or rice alongside.
`);
const baNav = lines(`
Recipes
Cooking
Culture
Restaurants
Shopping
Video
Newsletters
Healthyish
Basically
`);
const baReviews = [
  {
    name: 'Ottoline R.',
    place: 'Providence, RI',
    text: 'Made this twice this week. I added a can of tomatoes to the greens the second time and it was even better.',
    date: '11/2/2025',
  },
  { name: 'jkwan', place: 'Oakland', text: 'The chickpeas were crisp for about ten minutes, so serve right away. Yogurt is the star.', date: '10/30/2025' },
];
const baRelated = lines(`
Sheet-Pan Chickpeas With Feta and Olives
Braised White Beans With Kale and Parmesan
Our Best Weeknight Vegetarian Recipes
`);
const baPicks = lines(`
The 15 Best Soups for a Cold Night
Our Favorite Nonstick Skillets, Tested
How to Stock a Pantry for Fast Weeknight Dinners
`);
const baFooter = lines(`
About Bon Appétit
Careers
Contact
Newsletter
Subscribe
Accessibility Help
User Agreement
Privacy Policy
Your California Privacy Rights
Condé Nast Store
Manage Preferences
`);
const baCredit = 'Photo by Ines Marchetti, Food Styling by Carlo Abiodun, Prop Styling by Yuki Haldane';
const baPromo = 'Get unlimited access to Bon Appétit recipes, newsletters and more. Subscribe now for just $2.50 a month.';
const baLegal =
  '© 2025 Condé Nast. All rights reserved. Bon Appétit may earn a portion of sales from products that are purchased through our site as part ' +
  'of our Affiliate Partnerships with retailers.';
const baHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charSet="utf-8"/><title>Crispy Chickpeas and Greens With Lemony Yogurt Recipe | Bon Appétit</title>
<meta name="description" content="${baDek}"/><meta property="og:site_name" content="Bon Appétit"/><link rel="canonical"
href="https://www.bonappetit.com/recipe/crispy-chickpeas-greens-lemony-yogurt"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Recipe","name":"${baTitle}","description":"${baDek}","recipeYield":"4 servings",
"author":[{"@type":"Person","name":"Rosalind Achebe-Park"}],"datePublished":"2025-10-28T06:00:00.000-04:00","aggregateRating":{"@type":"AggregateRating",
"ratingValue":4.6,"ratingCount":37},"recipeIngredient":${JSON.stringify(baIng)},"recipeInstructions":[{"@type":"HowToStep","text":"Place a rack..."}]}</script>
<script>window.__PRELOADED_STATE__ = {"coreDataLayer":{"content":{"contentType":"recipe"}}};</script></head>
<body><div id="app-root"><div class="page">
<a href="#main-content" class="SkipLink">Skip to main content</a>
<header class="StackedNavigationHeader"><button class="NavigationMenuButton" aria-label="Open Navigation Menu">Open Navigation Menu</button>
<a href="/" class="BrandLink"><span class="visually-hidden">Bon Appétit</span></a><nav class="DrawerNavigation"
aria-hidden="true"><ul>${links(baNav)}</ul></nav>
<div class="NavigationUtilities"><a href="/account/sign-in">Sign In</a><a href="/subscribe" class="Button">Subscribe</a></div></header>
<main id="main-content"><article class="article main-content recipe" lang="en-US">
<header class="RecipeHeader"><div class="RubricWrapper"><a href="/recipes" class="RubricLink">Recipes</a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap BaseText ContentHeaderHed-NCyCC">${baTitle}</h1>
<div class="ContentHeaderDek">${baDek}</div>
<div class="BylinesWrapper"><span class="BylinePreamble">By </span><a class="BylineLink" href="/contributor/rosalind-achebe-park"><span class="BylineName">
Rosalind Achebe-Park</span></a></div>
<time class="ContentHeaderPublishDate">October 28, 2025</time>
<figure class="ContentHeaderLeadAsset"><img alt="Crispy chickpeas over greens and yogurt on a platter"
src="https://assets.bonappetit.com/photos/6720/chickpeas.jpg"/>
<figcaption class="CaptionWrapper"><span class="CaptionCredit">${baCredit}</span></figcaption></figure>
<div class="RecipeRatingSummary"><span class="RatingValue">4.6</span><span class="RatingCount">(37)</span></div>
<div class="ActionBar"><button>Save</button><button>Print</button><a href="#reviews">Ratings</a></div></header>
<div class="body__inner-container"><div class="BodyWrapper body body__container article__body">${baP1.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="recipe__main-content"><div class="IngredientList" data-testid="IngredientList"><h2 class="BaseWrap BaseText">${baH1}</h2>
<p class="Yield">${baYield}</p><div class="List-iSNGTT">${baIng.map((t) => `<div class="Description-cSrMCf">${t}</div>`).join('\n')}</div></div>
<div class="InstructionsWrapper" data-testid="InstructionsWrapper"><h2 class="BaseWrap BaseText">${baH2}</h2><ol class="InstructionGroupWrapper">
${baSteps.map((s, i) => `<li class="InstructionListWrapper"><h3 class="InstructionHed">Step ${i + 1}</h3><p class="InstructionBody">${s}</p></li>`).join('\n')}
</ol></div></div>
<section id="reviews" class="ReviewsWrapper"><h2 class="ReviewsHed">Ratings and Reviews</h2><div class="ReviewsSummary">4.6 out of 5 stars · 37 ratings</div>
<div class="ReviewForm"><p>How would you rate Crispy Chickpeas and Greens With Lemony Yogurt?</p><label for="review-text">Leave a Review</label>
<textarea id="review-text"></textarea><button type="submit">Submit</button></div><ul>
${baReviews
  .map(
    (r) => `<li class="ReviewListItem"><p class="ReviewText">${r.text}</p><p class="ReviewerName">${r.name}</p>
<p class="ReviewerLocation">${r.place}</p><time>${r.date}</time></li>`,
  )
  .join('\n')}</ul><a href="/reviews/more" class="Button">Show more reviews</a></section>
</article>
<section class="RecircRelated"><h2 class="SectionTitle">Related Recipes</h2><ul>${links(baRelated, 'SummaryItem')}</ul></section>
<section class="RecircEditorsPicks"><h2 class="SectionTitle">Editor’s Picks</h2><ul>${links(baPicks, 'SummaryItem')}</ul></section>
<div class="ConsumerMarketingUnit"><p>${baPromo}</p><a href="/subscribe">Subscribe</a></div></main>
<footer class="FooterWrapper"><ul>${links(baFooter, 'FooterLink')}</ul><p class="FooterLegalText">${baLegal}</p></footer></div></div></body></html>`;
export const bonappetitRecipe: TestPage = {
  html: baHtml,
  name: 'heldout159-bonappetit-recipe',
  kind: 'news',
  // the dek and headnote are body; "Ingredients" and "Preparation" are headings, each ingredient line and each step body; the
  // yield and the "Step N" h3s inside the step items are in neither list; ratings, reader reviews and their names are furniture
  title: baTitle,
  headings: [baH1, baH2],
  body: [baDek, ...texts(baP1), ...baIng, ...texts(baSteps)],
  bylines: ['By Rosalind Achebe-Park', 'October 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Open Navigation Menu', 'Bon Appétit', ...baNav, 'Sign In', 'Subscribe', baCredit, '4.6', '(37)', 'Save', 'Print', 'Ratings',
    'Ratings and Reviews', '4.6 out of 5 stars · 37 ratings', 'How would you rate Crispy Chickpeas and Greens With Lemony Yogurt?', 'Leave a Review',
    'Submit', ...baReviews.flatMap((r) => [r.text, r.name, r.place, r.date]), 'Show more reviews', 'Related Recipes', ...baRelated, 'Editor’s Picks',
    ...baPicks, baPromo, ...baFooter, baLegal,
  ])],
};
