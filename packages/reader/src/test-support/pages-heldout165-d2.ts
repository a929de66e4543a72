import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 165, file d2: a Serious Eats recipe article on the Dotdash Meredith "mntl" templates (skip link, header
 * nav with the hidden fly-out menu, breadcrumbs, the h1 and dek, the attribution block with "By" author and "Updated"
 * date, the review bar with "Jump to recipe", "Why It Works" list, the intro with captioned photos, the recipe details
 * block, ingredients and numbered directions, special equipment, notes and storage, the nutrition panel, the "Explore"
 * tags, "Read Next" cards, the newsletter footer, the legal footer and the OneTrust cookie banner).
 */
const seTitle = 'Braised Leeks With Brown Butter and Hazelnuts';
const seDek = 'Slow-braised leeks turn silky and sweet; a spoonful of nutty brown butter makes them a side dish worth the oven space.';
const seWhy = [
  'Halving the leeks lengthwise and braising them cut-side down gives a browned face and a tender, evenly cooked interior.',
  'A small amount of stock keeps the leeks moist without drowning them, and reduces to a glaze by the end of cooking.',
  'Browning the butter separately adds a toasty depth that the leeks alone do not have.',
];
const seP1 = [
  'Leeks are usually the supporting cast: sweated down at the start of a soup, tucked into a gratin, or sliced into a tart. ' +
    'Given an hour in a low oven, though, they become something else entirely, soft enough to cut with a spoon and sweet in ' +
    'a way that reminds me of the onions at the bottom of a roasting pan.',
  'The method is simple. Trim and halve the leeks, wash them well, and brown them cut-side down in a wide pan. Then add a ' +
    'little stock, cover the pan, and let the oven do the rest. While they braise, brown some butter with a handful of ' +
    'hazelnuts and a few sprigs of thyme. Spoon that over the leeks just before serving.',
  'The one thing worth fussing over is the washing. Leeks grow in sandy soil and hold grit between their layers. Halve them ' +
    'first, then hold each half under running water and fan the layers open with your thumb. A gritty leek will ruin the dish.',
];
const seCap1 = 'Serious Eats / Niamh Okoro';
const seIngr = [
  '6 medium leeks (about 3 pounds; 1.4kg), dark green tops removed',
  '2 tablespoons (30ml) olive oil',
  'Kosher salt and freshly ground black pepper',
  '1 cup (240ml) homemade or store-bought low-sodium chicken or vegetable stock',
  '4 tablespoons (60g) unsalted butter',
  '1/3 cup (45g) blanched hazelnuts, roughly chopped',
  '4 sprigs fresh thyme',
  '1 teaspoon (5ml) sherry vinegar',
];
const seSteps = [
  'Adjust oven rack to middle position and preheat oven to 325°F (160°C). Trim root ends of leeks, leaving enough of the base ' +
    'to hold the layers together. Halve lengthwise and rinse thoroughly under cold running water, fanning the layers to remove ' +
    'any grit. Pat dry.',
  'In a large oven-safe skillet, heat oil over medium-high heat until shimmering. Working in batches if needed, add leeks ' +
    'cut-side down and cook, without moving, until well browned, about 5 minutes. Season with salt and pepper.',
  'Return all leeks to skillet cut-side up, add stock, and bring to a simmer. Cover tightly with a lid or foil and transfer to ' +
    'oven. Braise until leeks are completely tender when pierced with a knife, 45 to 55 minutes.',
  'Meanwhile, in a small saucepan, melt butter over medium heat. Add hazelnuts and thyme and cook, swirling often, until the ' +
    'butter is deep golden brown and smells nutty, about 4 minutes. Remove from heat and stir in vinegar.',
  'Transfer leeks to a serving platter, spoon over any remaining braising liquid, then top with brown butter and hazelnuts. ' + 'Serve warm.',
];
const seCap2 = 'Serious Eats / Niamh Okoro';
const seEquip = ['12-inch oven-safe skillet with a lid, small saucepan'];
const seNotes = ['Look for leeks no thicker than about an inch and a half; very large leeks can be woody at the core.'];
const seStore = ['The braised leeks can be refrigerated for up to 2 days. Rewarm in a 300°F (150°C) oven and make the brown butter just before serving.'];
const seNav = ['Recipes By Course', 'Recipes By Ingredient', 'Recipes By Cuisine', 'Cooking Techniques', 'Equipment Reviews', 'Features', 'About Us'];
const seCrumbs = ['Recipes By Course', 'Sides', 'Vegetables'];
const seDetails = ['Prep', '15 mins', 'Cook', '60 mins', 'Active', '25 mins', 'Total', '75 mins', 'Serves', '4 to 6 servings'];
const seNutr = ['Nutrition Facts (per serving)', '241', 'Calories', '18g', 'Fat', '17g', 'Carbs', '4g', 'Protein', 'Show Full Nutrition Label'];
const seNutrNote = 'The nutrition information is calculated using an ingredient database and should be considered an estimate.';
const seTags = ['Leeks', 'Side Dishes', 'Thanksgiving Sides'];
const seNext = ['Roasted Carrots With Miso Butter', 'Creamed Chard With Nutmeg', 'Crispy Smashed Potatoes', 'The Best Brussels Sprouts Gratin'];
const seNews = ['Get fresh recipes, cooking tips, deal alerts, and more!', 'Enter your email', 'Sign Up'];
const seFoot = ['About Us', 'Editorial Guidelines', 'Privacy Policy', 'Terms of Service', 'Careers', 'Advertise', 'Contact', 'Your Privacy Choices'];
const seLegal = 'Serious Eats is part of the Dotdash Meredith publishing family.';
const seCookie =
  'We and our partners use cookies and similar technologies to store and access information on your device for ads, analytics and personalisation.';
const seFig = (cap: string, img: string): string => `<figure id="figure-article_1-0" class="comp figure-article mntl-sc-block mntl-sc-block-image">
<div class="img-placeholder" style="padding-bottom:66.6%;"><img data-src="https://www.seriouseats.example/thmb/${img}.jpg" width="1500" height="1000"
alt="" class="lazyload universal-image__image" data-img-lightbox="true"></div><figcaption class="comp figure-article-caption mntl-figure-caption">
<span class="figure-article-caption-owner">${cap}</span></figcaption></figure>`;
const seH2 = (t: string, id: string): string =>
  `<h2 id="${id}" class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const seHtml = `<!DOCTYPE html>
<html id="mntlRecipe_1-0" class="comp mntl-recipe is-not-window-loaded" lang="en" data-ab="99,99,99,88,99"><head><meta charset="UTF-8">
<title>Braised Leeks With Brown Butter and Hazelnuts Recipe</title><meta name="description" content="${seDek}">
<meta property="og:site_name" content="Serious Eats"><meta property="og:title" content="${seTitle}"><meta name="sailthru.author" content="Niamh Okoro">
<link rel="canonical" href="https://www.seriouseats.example/braised-leeks-brown-butter-hazelnuts-recipe-8712345">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Recipe"],"headline":"${seTitle}","datePublished":"2024-11-12T07:00:00.000-05:00",
"dateModified":"2025-10-28T11:41:05.000-04:00","author":[{"@type":"Person","name":"Niamh Okoro"}],"prepTime":"PT15M","cookTime":"PT60M","totalTime":"PT75M",
"recipeYield":["6","4 to 6 servings"],"recipeCategory":["Side Dish"],"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6",
"ratingCount":"14"}}]</script>
<link rel="stylesheet" href="https://www.seriouseats.example/static/5.140.0/cache/eNqlk1.min.css"><script>window.Mntl = window.Mntl || {};</script>
<script src="https://www.seriouseats.example/static/5.140.0/cache/eNp9j0.min.js" async></script></head>
<body class="mntl-body recipe-body" data-sc-content-type="recipe">
<a href="#main" class="mntl-skip-to-content mntl-text-link" data-tracking-container="true"><span class="link__wrapper">Skip to content</span></a>
<header id="header_1-0" class="comp header mntl-header" role="banner"><div class="header__inner"><a href="/" class="header__logo"
aria-label="Visit Serious Eats's homepage">
<svg class="icon logo-svg" aria-hidden="true"><use xlink:href="#logo"></use></svg></a><nav id="header-nav_1-0" class="comp header-nav mntl-header-nav">
<ul class="header-nav__list">${seNav
  .map(
    (t) => `<li class="header-nav__list-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}-5117{}" class="header-nav__link
mntl-text-link"><span class="link__wrapper">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav><button class="header__search-button" aria-label="Search">
<span class="is-vishidden">Search</span></button><div class="fullscreen-nav" hidden><form class="general-search" action="/search"><label for="search-input"
class="is-vishidden">Search</label><input id="search-input" type="text" placeholder="Find a recipe or topic"><button type="submit">GO</button></form>
<ul>${links(['Newsletter', 'Sweepstakes'])}</ul></div></div></header>
<main id="main" class="loc main"><article id="article_1-0" class="comp article--structured-project mntl-article">
<div class="loc article-pre-content"><ul id="mntl-breadcrumbs_1-0" class="comp breadcrumbs mntl-breadcrumbs">${seCrumbs
  .map(
    (c) => `<li class="comp
mntl-breadcrumbs__item"><a href="/${c.toLowerCase().replace(/ /g, '-')}" class="mntl-breadcrumbs__link"><span class="link__wrapper">${c}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<header class="comp article-header"><h1 class="heading__title">${seTitle}</h1><p class="comp heading__subtitle">${seDek}</p>
<div id="mntl-bylines_1-0" class="comp mntl-bylines"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span>
<a href="https://www.seriouseats.example/niamh-okoro-8712" class="mntl-attribution__item-name" data-tracking-container="true">Niamh Okoro</a>
<div class="mntl-author-tooltip" hidden><p class="mntl-author-tooltip__bio">Niamh Okoro is a recipe developer and former restaurant cook.</p>
<a class="mntl-author-tooltip__link" href="/about-us">Learn about Serious Eats' Editorial Process</a></div></div>
<div class="mntl-attribution__item-date">Updated Oct 28, 2025</div></div>
<div class="mntl-recipe-review-bar"><a href="#recipe-block_1-0"
class="mntl-jump-to-recipe__button">Jump to recipe</a><span class="mntl-recipe-review-bar__rating-count">14
Ratings</span><a href="#mntl-recipe-review" class="mntl-recipe-review-bar__add">Rate It</a><button class="mntl-save-button">Save</button>
<button class="mntl-print-button">Print</button></div></header>
<div id="article-content_1-0" class="comp article-content expert-content"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block">
${seH2('Why It Works', 'mntl-sc-block_1-0')}
<ul class="comp mntl-sc-block mntl-sc-block-html">${seWhy.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${seFig(seCap1, 'leeks-hero')}
${seP1.map((p) => `<p class="comp mntl-sc-block mntl-sc-block-html">${p}</p>`).join('\n')}</div></div>
<div id="recipe-block_1-0" class="comp recipe-block"><div id="project-meta_1-0" class="comp project-meta"><div class="loc project-meta__times-container">
${seDetails.map((t, i) => `<span class="meta-text__${i % 2 === 0 ? 'label' : 'data'}">${t}${i % 2 === 0 ? ':' : ''}</span>`).join('\n')}</div></div>
<section id="section--ingredients_1-0" class="comp section--ingredients section"><h2 class="section__title">Ingredients</h2>
<ul class="structured-ingredients__list text-passage">${seIngr
  .map(
    (t) => `<li
class="structured-ingredients__list-item"><p>${t}</p></li>`,
  )
  .join('\n')}</ul></section>
<section id="section--instructions_1-0" class="comp section--instructions section"><h2 class="section__title">Directions</h2>
<ol id="mntl-sc-block_2-0" class="comp mntl-sc-block mntl-sc-block-startgroup mntl-sc-block-group--OL">${seSteps
  .map(
    (t, i) => `<li class="comp
mntl-sc-block-group--LI"><p class="comp mntl-sc-block mntl-sc-block-html">${t}</p>${i === 4 ? seFig(seCap2, 'leeks-finished') : ''}</li>`,
  )
  .join('\n')}</ol>
${seH2('Special Equipment', 'mntl-sc-block_3-0')}
<p class="comp mntl-sc-block mntl-sc-block-html">${seEquip[0]}</p>
${seH2('Notes', 'mntl-sc-block_4-0')}
<p class="comp mntl-sc-block mntl-sc-block-html">${seNotes[0]}</p>
${seH2('Make-Ahead and Storage', 'mntl-sc-block_5-0')}
<p class="comp mntl-sc-block mntl-sc-block-html">${seStore[0]}</p></section>
<div id="recipe-block__nutrition-profile_1-0" class="comp recipe-block__nutrition-profile nutrition-info"><h2 class="nutrition-info__heading">${seNutr[0]}</h2>
<table class="nutrition-info__table"><tbody>${[0, 1, 2, 3]
  .map(
    (i) => `<tr class="nutrition-info__table--row"><td class="nutrition-info__table--cell">${seNutr[1 + 2 * i]}
</td><td class="nutrition-info__table--cell">${seNutr[2 + 2 * i]}</td></tr>`,
  )
  .join('\n')}</tbody></table><button class="nutrition-label-toggle">${seNutr[9]}</button>
<p class="nutrition-info__disclaimer">${seNutrNote}</p></div></div>
<div class="loc article-post-content"><div class="mntl-taxonomy-nodes"><span class="mntl-taxonomy-nodes__label">Explore:</span><ul
class="mntl-taxonomy-nodes__list">
${links(seTags, 'mntl-taxonomy-nodes__item')}</ul></div></div></article>
<section id="read-next_1-0" class="comp read-next"><h2 class="read-next__heading">Read Next</h2><div class="read-next__list">${seNext
  .map(
    (t) => `<a class="comp
card mntl-card card--no-image" href="/x"><div class="card__content"><span class="card__title"><span class="card__title-text">${t}</span></span></div></a>`,
  )
  .join('\n')}
</div></section></main>
<footer id="footer_1-0" class="comp footer mntl-footer" role="contentinfo"><div class="footer__newsletter"><p class="footer__newsletter-title">${seNews[0]}</p>
<form class="mntl-newsletter-signup"><label class="is-vishidden" for="nl-email">${seNews[1]}</label><input id="nl-email" type="email"
placeholder="${seNews[1]}">
<button type="submit">${seNews[2]}</button></form></div><ul class="footer__links">${links(seFoot, 'footer__link')}</ul>
<p class="footer__dotdash">${seLegal}</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region"
aria-label="Cookie banner"><div id="onetrust-policy-text">${seCookie}</div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All
Cookies</button>
</div></div></div></body></html>`;
export const seriousEats: TestPage = {
  html: seHtml,
  name: 'heldout165-serious-eats-recipe-blog',
  kind: 'blog',
  // the dek is body; "By" and the author, and the "Updated" date are bylines; the recipe details block (prep, cook, active,
  // total, serves) is in neither list; the nutrition panel, photo credits, review bar, tags and rails are furniture
  title: seTitle,
  headings: ['Why It Works', 'Ingredients', 'Directions', 'Special Equipment', 'Notes', 'Make-Ahead and Storage'],
  body: texts([seDek, ...seWhy, ...seP1, ...seIngr, ...seSteps, ...seEquip, ...seNotes, ...seStore]),
  bylines: ['Niamh Okoro', 'Updated Oct 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...seNav.filter((t) => t !== 'About Us'), 'Search', 'GO', 'Newsletter', 'Sweepstakes', 'Sides', 'Vegetables',
    'Niamh Okoro is a recipe developer and former restaurant cook.', "Learn about Serious Eats' Editorial Process", 'Jump to recipe', '14 Ratings',
    'Rate It', 'Save', 'Print', seCap1, seNutr[0] ?? '', 'Calories', 'Show Full Nutrition Label', seNutrNote, 'Explore:', ...seTags, 'Read Next', ...seNext,
    ...seNews, ...seFoot, seLegal, seCookie, 'Cookies Settings', 'Accept All Cookies',
  ],
};
