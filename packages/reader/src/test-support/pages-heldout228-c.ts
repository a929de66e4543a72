import { links, ps, type TestPage, texts } from './page-kit.js';
import { furnitureGuide } from './pages-heldout228-c2.js';

/**
 * Held-out batch 228, file c: a supermarket recipe hub page in the Tesco Real Food shape (groceries header with slot booking,
 * recipe search, hub breadcrumb, hero intro, editorial sections each followed by a carousel of recipe cards with time, serves and
 * rating, a "Clubcard Prices" promo, the "Popular collections" chips, the footer and the cookie banner) and, from file c2, a
 * furniture retailer's sofa buying guide.
 */
const title = 'Batch cooking recipes';
const intro = [
  'Cook once, eat three times. These batch cooking recipes are designed to be made in big quantities, portioned up and frozen, ' +
    'so there is always a proper dinner waiting on the busiest nights of the week.',
];
const h1 = 'How to get started with batch cooking';
const p1 = [
  'Pick one afternoon a week, usually Sunday, and choose two recipes that share ingredients. A big pot of tomato sauce can become ' +
    'a pasta bake, a chilli and a shakshuka, and a tray of roasted vegetables will bulk out soups and curries all week.',
  'Let everything cool completely before it goes in the freezer, and label each tub with the name and the date. Most cooked dishes ' +
    'keep for up to three months.',
];
const tips = [
  'Freeze in flat bags rather than tubs: they stack neatly and defrost faster.',
  'Undercook pasta and rice slightly if you plan to reheat them.',
  'Leave out fresh herbs and cream until you reheat, then stir them through.',
  'Defrost overnight in the fridge, then reheat until piping hot all the way through.',
];
const p1b = [
  'You do not need special equipment. A large casserole dish, a couple of roasting trays and a stack of freezer bags or ' +
    'reusable tubs will cover almost everything in this collection. A marker pen for labels saves a lot of guesswork later.',
];
const h2 = 'Freezer-friendly family dinners';
const p2 = [
  'Stews, pies and bakes are the backbone of any batch cooking plan. These recipes all make at least eight portions and freeze ' +
    'without losing their texture.',
];
const h3 = 'Lunches to take to work';
const p3 = [
  'Soups and grain salads are easy to portion into lunch boxes on a Sunday night. Keep dressings in a separate pot so everything ' +
    'stays crisp until lunchtime.',
];
const h4 = 'Budget batch cooking';
const p4 = [
  'Lentils, beans, tinned tomatoes and frozen veg are cheap, filling and perfect for cooking in bulk. Every recipe here costs less ' +
    'than £1 a portion when made with Clubcard Prices.',
];
const cards1 = [
  ['Slow cooker beef and ale stew', '4 hrs 20 mins', 'Serves 8', '4.6 (212)'],
  ['Chicken, leek and bacon pie', '1 hr 15 mins', 'Serves 8', '4.8 (98)'],
  ['Veggie sausage and bean casserole', '50 mins', 'Serves 10', '4.5 (143)'],
];
const cards2 = [
  ['Roasted red pepper and lentil soup', '45 mins', 'Serves 6', '4.7 (321)'],
  ['Halloumi and giant couscous salad', '30 mins', 'Serves 4', '4.4 (57)'],
];
const cards3 = [
  ['Smoky three-bean chilli', '1 hr', 'Serves 8', '4.6 (402)'],
  ['Chickpea and spinach curry', '35 mins', 'Serves 6', '4.7 (266)'],
  ['Cheesy tuna pasta bake', '40 mins', 'Serves 8', '4.3 (188)'],
];
const top = ['Groceries', 'Clubcard', 'Recipes', 'Tesco Bank', 'Sign in', 'Register', 'Book a slot', 'Basket'];
const nav = ['Dinner ideas', 'Healthy', 'Vegetarian', 'Quick & easy', 'Budget', 'Occasions', 'Collections'];
const crumbs = ['Real Food', 'Recipes', 'Collections'];
const chips = ['Slow cooker', 'Air fryer', 'Meal prep', 'Freezer', 'Lunch box', 'Family meals'];
const promo = ['Clubcard Prices', 'Save on ingredients for this week’s recipes with your Clubcard.', 'Shop offers'];
const foot = ['Help & FAQs', 'Contact us', 'Store locator', 'Terms & conditions', 'Privacy & cookies policy', 'Accessibility', 'Modern slavery statement'];
const cookie = ['Tesco uses cookies', 'We use cookies to personalise content and ads, and to analyse our traffic.', 'Manage cookies', 'Accept all cookies'];
const card = (c: readonly string[]): string => `<li class="recipe-carousel__item"><div class="recipe-card" data-testid="recipe-card">
<a class="recipe-card__link" href="/real-food/recipes/${(c[0] ?? '').toLowerCase().replace(/ /g, '-')}"><img class="recipe-card__image" alt="" src="/rf.jpg">
<h3 class="recipe-card__title">${c[0]}</h3></a><ul class="recipe-card__meta"><li class="recipe-card__time">${c[1]}</li>
<li class="recipe-card__serves">${c[2]}</li>
</ul><div class="recipe-card__rating" aria-label="Rated ${c[3]}"><span class="stars"></span><span class="rating-text">${c[3]}</span></div>
<button class="recipe-card__save" aria-label="Save recipe">Save</button></div></li>`;
const carousel = (cs: readonly (readonly string[])[]): string =>
  `<div class="recipe-carousel"><ul class="recipe-carousel__list">${cs.map(card).join('\n')}</ul><a class="recipe-carousel__all" href="#">View all</a></div>`;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Batch Cooking Recipes | Tesco Real Food</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${intro[0]?.slice(0, 100)}">
<meta property="og:title" content="Batch cooking recipes"><link rel="canonical" href="https://realfood.tesco.example/collections/batch-cooking-recipes.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"${title}","hasPart":[
{"@type":"Recipe","name":"${cards1[0]?.[0]}"},{"@type":"Recipe","name":"${cards3[0]?.[0]}"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Real Food"}]}</script>
<link rel="stylesheet" href="/etc/designs/realfood/clientlibs.min.css"><script src="/etc/designs/realfood/clientlibs.min.js" defer></script></head>
<body class="collection-page"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><h2 id="onetrust-policy-title">${cookie[0]}</h2>
<p id="onetrust-policy-text">${cookie[1]}</p><button id="onetrust-pc-btn-handler">${cookie[2]}</button>
<button id="onetrust-accept-btn-handler">${cookie[3]}</button></div>
<header class="ddsweb-global-header"><a class="ddsweb-skip-link" href="#main">Skip to main content</a><nav class="ddsweb-utility-header">
<ul>${links(top, 'ddsweb-utility-header__item')}</ul></nav><form class="rf-search" role="search">
<label for="rf-q" class="visually-hidden">Search recipes</label>
<input id="rf-q" placeholder="Search recipes"></form><nav class="rf-nav" aria-label="Recipes"><ul>${links(nav, 'rf-nav__item')}</ul></nav></header>
<main id="main" class="rf-main"><nav class="rf-breadcrumb" aria-label="Breadcrumb"><ol>${links(crumbs, 'rf-breadcrumb__item')}</ol></nav>
<div class="rf-hero"><div class="rf-hero__text"><h1 class="rf-hero__title">${title}</h1><div class="rf-hero__intro">${ps(intro)}</div>
<p class="rf-hero__count">48 recipes</p></div><img class="rf-hero__img" src="/content/dam/realfood/batch-hero.jpg" alt="Tubs of stew and chilli"></div>
<section class="rf-text-block"><h2>${h1}</h2>${ps(p1)}<ul class="rf-tips">${tips.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(p1b)}</section>
<section class="rf-collection-row"><h2>${h2}</h2>${ps(p2)}${carousel(cards1)}</section>
<aside class="rf-promo-banner" data-component="clubcard-promo"><p class="rf-promo-banner__title">${promo[0]}</p><p>${promo[1]}</p>
<a class="ddsweb-button" href="/groceries/en-GB/promotions">${promo[2]}</a></aside>
<section class="rf-collection-row"><h2>${h3}</h2>${ps(p3)}${carousel(cards2)}</section>
<section class="rf-collection-row"><h2>${h4}</h2>${ps(p4)}${carousel(cards3)}</section>
<section class="rf-chips"><h2>Popular collections</h2><ul>${links(chips, 'rf-chip')}</ul></section></main>
<footer class="ddsweb-footer"><ul>${links(foot, 'ddsweb-footer__link')}</ul><p class="ddsweb-footer__copyright">© Tesco.com 2025</p></footer>
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({page:{type:'collection',name:'batch-cooking-recipes'}});</script></body></html>`;
const tesco: TestPage = {
  html,
  name: 'heldout228-supermarket-recipe-hub',
  kind: 'docs',
  // the hub's intro, guide section, tips and row intros are the article; recipe cards (titles, times, serves, ratings), the
  // recipe count, the Clubcard promo and the collection chips are furniture; "Recipes", "Budget" and "Freezer" (words of the
  // title and headings) are left out
  title,
  headings: [h1, h2, h3, h4],
  body: [...texts(intro), ...texts(p1), ...tips, ...texts(p1b), ...texts(p2), ...texts(p3), ...texts(p4)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, 'Skip to main content', ...top.filter((t) => t !== 'Recipes'), 'Search recipes', ...nav.filter((t) => t !== 'Budget'), 'Real Food',
    'Collections', '48 recipes', ...[...cards1, ...cards2, ...cards3].flat(),
    'Save', 'View all', ...promo, 'Popular collections', ...chips.filter((t) => t !== 'Freezer'), ...foot, '© Tesco.com 2025',
  ],
};

export const HELDOUT228_C: readonly TestPage[] = [tesco, furnitureGuide];
