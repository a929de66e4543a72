import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 214, file a2: a Difford's Guide cocktail recipe page (the hidden age-confirmation dialog, the header with
 * search, menu and "Sign in", the breadcrumb, the ratings and "Save" button, the glass line, the ingredients table with its ml / oz
 * units switch, "How to make", "Garnish", the review and history text, the nutrition and alcohol-content panels, ad slots, the
 * "You may also like" cocktail cards, the newsletter box and the footer with the responsible-drinking line).
 */
const dgTitle = 'Marsh Harrier';
const dgIngredients = [
  ['45 ml', 'Rhubarb-infused London dry gin'],
  ['15 ml', 'Bianco vermouth'],
  ['20 ml', 'Lemon juice (freshly squeezed)'],
  ['15 ml', 'Rhubarb & ginger syrup'],
  ['½ fresh', 'Egg white (pasteurised)'],
];
const dgRows = dgIngredients.map(([q, i]) => `${q} ${i}`);
const dgHow = ['SHAKE all ingredients without ice (dry shake) to emulsify, then add ice, SHAKE again and fine strain into a chilled glass.'];
const dgGarnish = ['Thin ribbon of pink rhubarb on a cocktail stick.'];
const dgReview = [
  'Tart and pleasingly pink, this is a sour for those who find the classic gin sour a little too austere. The rhubarb brings a ' +
    'fruity, almost green sharpness that sits somewhere between cooking apple and strawberry, while the bianco vermouth softens ' +
    'the edges and adds a gentle floral sweetness. Ginger in the syrup gives just enough warmth on the finish to stop things ' +
    'becoming too cheerful.',
  'Forced rhubarb, in season from January to March, gives the brightest colour, but maincrop stems make a perfectly good (if ' +
    'browner) drink. Whatever you use, balance the syrup to your lemons: if they are particularly juicy, pull the lemon back to ' +
    '17.5ml rather than adding more sugar.',
  'To make the rhubarb & ginger syrup, chop 300g rhubarb and simmer with 300g caster sugar, 200ml water and 20g sliced fresh ' +
    'ginger for ten minutes, until the fruit collapses. Strain through a fine sieve without pressing, bottle and keep refrigerated ' +
    'for up to two weeks. To infuse the gin, add 150g chopped rhubarb to a 70cl bottle and leave for four days, shaking daily.',
];
const dgHistory = [
  'Created in spring 2024 by Tamsin Oduya at The Lantern Room in King’s Lynn, Norfolk, England, and named after the birds of ' +
    'prey that quarter the reed beds of the nearby Wash. Oduya says she wanted a drink that used the glut of rhubarb from her ' +
    'grandmother’s allotment and that looked, in her words, “like the sky over the marshes just before dark”.',
  'The drink spread quickly around bars in East Anglia after it appeared on the menu at the Norwich Cocktail Week festival in ' +
    '2025, where it was the most ordered serve at the festival hub. Some bars now top it with a few drops of rose water, which ' +
    'we find pleasant but unnecessary.',
];
const dgNav = ['Cocktails', 'Spirits & Liqueurs', 'Bars', 'Encyclopedia', 'Beer & Cider', 'Wine', 'Shop'];
const dgCrumbs = ['Home', 'Cocktails', 'Recipes'];
const dgAge = [
  'Welcome to Difford’s Guide',
  'All editorial content on this site is intended for adults of legal drinking age. Please confirm your age to continue.',
  'I am of legal drinking age',
  'Leave',
];
const dgRate = ['Our rating', 'Your rating', 'Save', 'Print', 'Share'];
const dgGlass = 'Serve in a Coupe glass';
const dgNutrition = 'One serving of Marsh Harrier contains 168 calories';
const dgAlcohol = ['1.2 standard drinks', '14.6% alc./vol. (14.6° proof)', '14.2 grams of pure alcohol'];
const dgMore = [
  ['Rhubarb Gimlet', 'Gin, rhubarb cordial and lime'],
  ['Garden Sour', 'Gin, elderflower, lemon and egg white'],
  ['Pink Vesper', 'Gin, vodka and rosé aperitif wine'],
  ['Allotment Collins', 'Gin, rhubarb, lemon and soda'],
];
const dgNews = ['Get the Difford’s Guide newsletter', 'New cocktail recipes, bar reviews and spirit guides, every Friday.', 'Your email address', 'Sign up'];
const dgFoot = ['About us', 'Contact', 'Advertise', 'Privacy policy', 'Cookie policy', 'Terms & conditions'];
const dgRespons = 'Please enjoy alcohol responsibly. For the facts visit drinkaware.co.uk';
const dgSec = (title: string, inner: string): string =>
  `<div class="cell small-12 legacy-longform"><h3 class="m-0 legacy-longform__heading">${title}</h3>\n${inner}\n</div>`;
const dgPs = (a: readonly string[]): string => a.map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`).join('\n');
const dgHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta http-equiv="x-ua-compatible" content="ie=edge">
<title>Marsh Harrier Cocktail Recipe</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Marsh Harrier cocktail recipe: rhubarb-infused gin, bianco vermouth, lemon, rhubarb &amp; ginger syrup and egg white.">
<meta property="og:site_name" content="Difford's Guide"><meta property="og:type" content="article"><meta property="og:title" content="Marsh Harrier
Cocktail Recipe">
<link rel="canonical" href="https://www.diffordsguide.com/cocktails/recipe/21904/marsh-harrier">
<link rel="stylesheet" href="https://www.diffordsguide.com/css/app.css?id=5d0a1e7b">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Marsh Harrier","recipeCategory":"Cocktail",
"recipeIngredient":["45 ml Rhubarb-infused London dry gin","15 ml Bianco vermouth","20 ml Lemon juice","15 ml Rhubarb & ginger syrup","1/2 fresh Egg white"],
"nutrition":{"@type":"NutritionInformation","calories":"168
calories"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.5","ratingCount":"37"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){
googletag.defineSlot('/2190/dg_cocktail_mpu',[300,250],'ad-mpu-1');});</script></head>
<body class="body--cocktail">
<div class="reveal age-gate" id="age-gate" data-reveal aria-hidden="true" style="display:none"><h2 class="age-gate__title">${dgAge[0]}</h2><p>${dgAge[1]}</p>
<button class="button age-gate__confirm" data-close>${dgAge[2]}</button><a class="age-gate__leave" href="https://www.drinkaware.example">${dgAge[3]}</a></div>
<header class="site-header"><div class="grid-container"><div class="grid-x align-middle">
<a class="site-header__logo" href="/"><img src="/img/dg-logo.svg" alt="Difford's Guide"></a>
<form class="site-header__search" action="/search"><input type="search" name="q" placeholder="Search cocktails, spirits, bars..."><button
type="submit">Search</button></form>
<a class="site-header__account" href="/login">Sign in</a></div>
<nav class="site-nav" aria-label="Main"><ul class="menu site-nav__menu">
${dgNav
  .map((t) => `<li class="site-nav__item"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t.replace(/&/g, '&amp;')}</a></li>`)
  .join('\n')}</ul></nav></div></header>
<div class="ad-leaderboard"><span class="ad-label">Advertisement</span><div id="ad-leaderboard-1" class="gpt-ad"></div></div>
<main class="grid-container" id="main"><nav aria-label="You are here:"><ul class="breadcrumbs">
${dgCrumbs.map((t) => `<li><a href="#">${t}</a></li>`).join('\n')}</ul></nav>
<div class="grid-x grid-margin-x"><div class="cell small-12 large-8"><article class="cocktail" itemscope itemtype="https://schema.org/Recipe">
<div class="grid-x grid-margin-x"><div class="cell small-12 medium-6"><img class="cocktail__image" src="/img/cocktails/21904-marsh-harrier.jpg"
alt="Marsh Harrier cocktail in a coupe glass"></div><div class="cell small-12 medium-6">
<h1 class="m-0 cocktail__title" itemprop="name">${dgTitle}</h1>
<div class="rating-wrapper"><div class="rating"><span class="rating__label">${dgRate[0]}</span><span class="stars" aria-label="4.5 out of
5">★★★★½</span></div>
<div class="rating rating--user"><span class="rating__label">${dgRate[1]}</span><span class="stars stars--empty" aria-label="Not
rated">☆☆☆☆☆</span></div></div>
<div class="cocktail__actions"><button class="button hollow js-favourite">${dgRate[2]}</button><button class="button hollow js-print">${dgRate[3]}</button>
<button class="button hollow js-share">${dgRate[4]}</button></div>
<p class="cocktail__glass"><a href="/glassware/coupe">${dgGlass}</a></p>
<div class="legacy-ingredients"><div class="legacy-ingredients__heading"><h3 class="m-0">Ingredients</h3>
<div class="units-switch" role="group" aria-label="Units"><span class="units-switch__label">UNITS:</span><button class="units-switch__option
is-active">ml</button>
<button class="units-switch__option">oz</button></div></div>
<table class="legacy-ingredients-table"><tbody>
${dgIngredients
  .map(([q, i]) => `<tr><td class="td-min-width td-align-top">${q}</td> <td class="td-align-top"><a href="#">${(i ?? '').replace(/&/g, '&amp;')}</a></td></tr>`)
  .join('\n')}
</tbody></table></div></div></div>
${dgSec('How to make:', dgPs(dgHow))}
${dgSec('Garnish:', dgPs(dgGarnish))}
<div class="ad-inline"><span class="ad-label">Advertisement</span><div id="ad-mpu-1" class="gpt-ad"></div></div>
${dgSec('Review:', dgPs(dgReview))}
${dgSec('History:', dgPs(dgHistory))}
<div class="cell small-12 legacy-longform legacy-longform--nutrition"><h3 class="m-0">Nutrition:</h3><p>${dgNutrition}</p></div>
<div class="cell small-12 legacy-longform legacy-longform--alcohol"><h3 class="m-0">Alcohol content:</h3><ul>
${dgAlcohol.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
</article></div>
<aside class="cell small-12 large-4 sidebar"><div class="ad-sidebar"><span class="ad-label">Advertisement</span><div id="ad-halfpage-1"
class="gpt-ad"></div></div>
<section class="sidebar-box"><h3 class="sidebar-box__title">You may also like</h3><ul class="cocktail-cards">
${dgMore
  .map(
    ([n, d]) => `<li class="cocktail-card"><a href="#"><img src="/img/thumb.jpg" alt=""><span class="cocktail-card__name">${n}</span></a><p
class="cocktail-card__desc">${d}</p></li>`,
  )
  .join('\n')}
</ul></section></aside></div></main>
<section class="newsletter-signup"><div class="grid-container"><h2>${dgNews[0]}</h2><p>${dgNews[1]}</p><form action="/newsletter" method="post">
<label for="nl-email">${dgNews[2]}</label><input type="email" id="nl-email"><button class="button" type="submit">${dgNews[3]}</button></form></div></section>
<footer class="site-footer"><div class="grid-container"><ul class="menu site-footer__menu">
${dgFoot.map((t) => `<li><a href="#">${t.replace(/&/g, '&amp;')}</a></li>`).join('\n')}</ul>
<p class="site-footer__responsible">${dgRespons}</p><p class="site-footer__copyright">© 2026 Odd Firm of Sin Ltd. All rights reserved.</p></div></footer>
<script src="https://www.diffordsguide.com/js/app.js?id=7a2f91c0" defer></script></body></html>`;

export const diffordsCocktail: TestPage = {
  html: dgHtml,
  name: 'heldout214-diffords-guide-cocktail',
  kind: 'docs',
  // each ingredient row (amount and ingredient) is one body entry; the nutrition and alcohol-content panels are furniture,
  // as are the rating labels, glass line and units switch
  title: dgTitle,
  headings: ['Ingredients', 'How to make:', 'Garnish:', 'Review:', 'History:'],
  body: [...dgRows, ...texts(dgHow), ...texts(dgGarnish), ...texts(dgReview), ...texts(dgHistory)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dgAge, 'Search', 'Sign in', ...dgNav, 'Advertisement', ...dgCrumbs, ...dgRate, dgGlass, 'UNITS:', 'Nutrition:', dgNutrition, 'Alcohol content:',
    ...dgAlcohol, 'You may also like', ...dgMore.flat(), ...dgNews, ...dgFoot, dgRespons, '© 2026 Odd Firm of Sin Ltd. All rights reserved.',
  ],
};
