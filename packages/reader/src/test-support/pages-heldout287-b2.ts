import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file b2: a supermarket's recipe page built with Next.js (CSS-module class names, __NEXT_DATA__, the
 * delivery-slot bar, mega menu, breadcrumbs, recipe facts, "Add all to basket" with product tiles and prices, dietary
 * badges, a member offer banner, "More recipes like this", a OneTrust banner and the footer).
 */
const mTitle = 'Sticky Miso Salmon Traybake';
const mIntro = [
  j(
    'This is the kind of dinner that gets you through a busy week: everything goes on one tray, the oven does the work, and the',
    'washing up is a single pan. White miso and honey turn into a glossy, savoury glaze as the salmon roasts.',
  ),
  j(
    'Tenderstem broccoli and sweet potato wedges cook alongside, soaking up any glaze that runs off. Serve it as it is, or with a',
    'bowl of steamed rice if you are feeding hungry teenagers.',
  ),
  j(
    'Our recipe team tested it with both skin-on and skinless fillets. Skin-on fillets hold together better on the tray, but',
    'skinless ones take the glaze on every side, so choose whichever your family prefers.',
  ),
];
const mIng = [
  '2 sweet potatoes, cut into wedges',
  '1 tbsp vegetable oil',
  '4 salmon fillets',
  '2 tbsp white miso paste',
  '1 tbsp honey',
  '1 tbsp soy sauce',
  '200g Tenderstem broccoli',
  '2 spring onions, finely sliced',
  '1 tsp sesame seeds',
];
const mSteps = [
  'Preheat the oven to 200°C, fan 180°C, gas 6. Toss the sweet potato wedges with the oil on a large roasting tray and roast for 15 minutes.',
  'Meanwhile, mix the miso, honey and soy sauce in a small bowl until smooth.',
  'Push the wedges to the sides of the tray. Add the salmon fillets and broccoli, then brush the glaze thickly over the salmon.',
  'Roast for 12 to 15 minutes until the salmon flakes easily and the glaze is sticky and caramelised at the edges.',
  'Scatter over the spring onions and sesame seeds and serve straight from the tray.',
];
const mTip = [
  j(
    'Cook it your way: swap the salmon for chicken thighs and roast them with the potatoes from the start, adding the glaze for',
    'the last 15 minutes. Miso paste keeps for months in the fridge once opened, so it is worth having a tub to hand.',
  ),
];
const mNav = ['Groceries', 'Offers', 'Recipes', 'Favourites', 'Delivery Pass'];
const mProducts = [
  ['Fernmarket Scottish Salmon Fillets x4 480g', '£6.50'],
  ['Kinmoor White Miso Paste 200g', '£2.75'],
  ['Fernmarket Tenderstem Broccoli 200g', '£1.90'],
];
const mMore = ['Chilli Honey Halloumi Bowls', 'One-Pot Chicken Orzo', '15-Minute Prawn Ramen'];
const mFoot = ['Help Centre', 'Store Locator', 'Careers', 'Modern Slavery Statement', 'Cookie Preferences'];
const mHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Sticky Miso Salmon Traybake Recipe | Fernmarket Recipes</title><meta name="description"
content="An easy one-tray salmon dinner with a miso and honey glaze."/>
<link rel="preload" href="/_next/static/css/7b1d0f2a.css" as="style"/><script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe",
"name":"${mTitle}","recipeYield":"4","totalTime":"PT30M","publisher":{"@type":"Organization","name":"Fernmarket"}}</script>
<script src="/_next/static/chunks/webpack-9f3b2c.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__kP2x1">
<div class="SlotBar_bar__aQ9d2" role="region" aria-label="Delivery slot"><span class="SlotBar_text__Lm0sQ">Book a delivery slot</span>
<button class="Button_link__x8Tz1">Check availability</button></div>
<header class="Header_header__Zw3kD"><a class="Header_logo__p9Q1s" href="/" aria-label="Fernmarket home">Fernmarket</a>
<form class="Search_form__bN7aa" role="search"><input class="Search_input__0mYt1" placeholder="Search products and recipes" aria-label="Search"/></form>
<nav class="MegaNav_nav__u2Vx0" aria-label="Main"><ul class="MegaNav_list__Qe8nR">${links(mNav, 'MegaNav_item__fT2nM')}</ul></nav>
<a class="Header_trolley__Yd6sW" href="/trolley"><span class="Header_trolleyLabel__9Jk1b">Trolley</span> <span
class="Header_total__o1Hc2">£0.00</span></a></header>
<main class="RecipePage_main__nE4rk"><nav class="Breadcrumbs_root__h3Wc9" aria-label="Breadcrumb"><ol><li><a href="/recipes">Recipes</a></li>
<li><a href="/recipes/fish-and-seafood">Fish &amp; seafood</a></li><li aria-current="page">${mTitle}</li></ol></nav>
<div class="RecipeHero_hero__Bv7p2"><div class="RecipeHero_image__J1s4Q"><img alt="Miso salmon on a tray"
src="/_next/image?url=%2Frecipes%2Fmiso-salmon.jpg&amp;w=1080&amp;q=75"/></div>
<div class="RecipeHero_content__aW0e5"><h1 class="RecipeHero_title__R8nPz">${mTitle}</h1>
<ul class="RecipeFacts_list__Cq7m1"><li class="RecipeFacts_item__u0Pz2"><span class="RecipeFacts_label__k2Lh3">Prep time</span><span>10 mins</span></li>
<li class="RecipeFacts_item__u0Pz2"><span class="RecipeFacts_label__k2Lh3">Cook time</span><span>30 mins</span></li>
<li class="RecipeFacts_item__u0Pz2"><span class="RecipeFacts_label__k2Lh3">Serves</span><span>4</span></li></ul>
<ul class="DietBadges_list__eX4t8"><li class="DietBadges_badge__z1Nq0">Dairy free</li><li class="DietBadges_badge__z1Nq0">High protein</li></ul>
<div class="RecipeActions_root__Mn2w4"><button class="RecipeActions_save__c4Xa1">Save recipe</button><button class="RecipeActions_share__Gk0b7">Share</button>
<button class="RecipeActions_print__Jp8y3">Print</button></div></div></div>
<div class="RecipeBody_grid__W5s1d"><section class="RecipeBody_intro__T0k9e"><div class="Markdown_md__s8Ux2">${ps(mIntro)}</div></section>
<section class="Ingredients_root__d6Rr0" aria-labelledby="ingredients-heading"><h2 id="ingredients-heading"
class="Ingredients_heading__Fx2vA">Ingredients</h2>
<div class="ServingsToggle_root__l7Qe4"><button class="ServingsToggle_btn__V3kk0" aria-pressed="true">4 servings</button></div>
<ul class="Ingredients_list__wq1Zs">${mIng.map((i) => `<li class="Ingredients_item__r4Gmn">${i}</li>`).join('\n')}</ul>
<button class="ShopIngredients_addAll__P2d8c">Add all to basket</button>
<ul class="ProductTiles_list__H4bs2">${mProducts
  .map(
    ([n, p]) => `<li class="ProductTile_tile__y9KwQ"><a class="ProductTile_name__f2Lm7"
href="/products/${n?.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${n}</a>
<span class="ProductTile_price__Xn3e8">${p}</span><button class="ProductTile_add__v0Qa2">Add to trolley</button></li>`,
  )
  .join('\n')}</ul></section>
<section class="Method_root__k8Vn3"><h2 class="Method_heading__m1Rt6">Method</h2>
<ol class="Method_list__Ww2bq">${mSteps
  .map(
    (s, n) => `<li class="Method_step__h7Dk4"><span
class="Method_stepNumber__q0Zc8">Step ${n + 1}</span><p>${s}</p></li>`,
  )
  .join('\n')}</ol></section>
<aside class="Tip_root__b3Jq9"><h2 class="Tip_heading__eA6y1">Cook's tip</h2>${ps(mTip)}</aside></div>
<div class="PromoBanner_banner__V8m2c"><p>Members save 10% on fresh fish this week with Fernmarket Plus.</p><a href="/plus">Join for free</a></div>
<section class="RelatedRecipes_root__n6Fz2"><h2>More recipes like this</h2><ul>${links(mMore, 'RecipeCard_card__a1Xo4')}</ul></section></main>
<footer class="Footer_footer__qL0v8"><ul class="Footer_links__Gs6k1">${links(mFoot)}</ul><p class="Footer_legal__w2Pn5">© Fernmarket Stores Ltd 2026.
Prices and availability may vary by store.</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to
make our site work and to show you relevant offers.</p><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-pc-btn-handler">Cookie settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"recipe":{"id":"r-40812","title":"${mTitle}","serves":4,
"category":"fish-and-seafood"}}},"page":"/recipes/[slug]","query":{"slug":"sticky-miso-salmon-traybake"},"buildId":"k2JfQ8x1","isFallback":false}</script>
</body></html>`;
export const supermarket: TestPage = {
  name: 'heldout287-nextjs-supermarket-recipe-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['Ingredients', 'Method', "Cook's tip"],
  body: texts([...mIntro, ...mIng, ...mSteps, ...mTip]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Book a delivery slot', 'Check availability', 'Fernmarket', ...mNav, 'Trolley', '£0.00', 'Fish & seafood', 'Prep time', '10 mins', 'Cook time', '30 mins',
    'Serves', 'Dairy free', 'High protein', 'Save recipe', 'Share', 'Print', '4 servings', 'Add all to basket', ...mProducts.flat(), 'Add to trolley', 'Step 1',
    'Step 5', 'Members save 10% on fresh fish this week with Fernmarket Plus.', 'Join for free', 'More recipes like this', ...mMore, ...mFoot,
    '© Fernmarket Stores Ltd 2026. Prices and availability may vary by store.', 'We use cookies to make our site work and to show you relevant offers.',
    'Accept all cookies', 'Cookie settings',
  ],
};
