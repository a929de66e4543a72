import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 214, file f2: a restaurant's own "Our Story" and menu page on BentoBox (the skip link, the alert popup with
 * its title, text and "Learn More" button, the fixed header with the menu and the "Reservations" button, the hidden mobile
 * navigation, the hero title, the story text with a pull quote and a photo credit, the menu tabs, the visible dinner menu
 * with section headers, dish names inside list items, descriptions, prices and dietary marks, the hidden drinks tab panel,
 * the menu footnote, the gift card promo, the footer with address, hours, newsletter form and "Website by BentoBox").
 */
const rsTitle = 'Our Story';
const rsP1 = [
  'Marigold & Rye began in 2016 as a supper club in our own front room in Germantown, with one oven, twelve borrowed chairs and ' +
    'a menu that changed every week depending on what we found at the Saturday market. Four years and several hundred suppers ' +
    'later, we signed the lease on a former hardware store on Fourth Street, and we have been cooking here ever since.',
  'We are Ines Albright and Theo Marsh. Ines runs the kitchen; Theo runs the dining room, the wine list and, whenever it breaks, ' +
    'the dishwasher. We still cook the way we did at those first suppers: from scratch, from the region, and with a menu short ' +
    'enough that everything on it is something we are proud of.',
];
const rsQuote = 'If a farmer tells us the peas are ready, the peas go on the menu that night.';
const rsH1 = 'From the Kitchen';
const rsP2 = [
  'Almost everything we serve comes from within a hundred miles of Louisville. We buy whole animals from two family farms in ' +
    'Shelby County and use every part of them, we mill our own cornmeal for the cornbread, and our pickles and preserves carry ' +
    'the summer through to spring. Our bread is baked each morning with rye and wheat grown in southern Indiana.',
  'Desserts come from Theo’s grandmother’s recipe box, and the ice creams are churned in small batches every afternoon. ' +
    'On Sundays we serve brunch, with biscuits, country ham and the same cornbread that started it all.',
  'The dinner menu changes with the seasons and often from night to night. Here is what we are cooking right now.',
];
const rsH2 = 'Dinner Menu';
const rsMenu = [
  {
    h: 'To Start',
    items: [
      ['Skillet Cornbread', 'Sorghum butter, flaky salt', '9'],
      ['Country Ham & Pickles', 'Aged 14 months, house pickles, mustard, rye toast', '16'],
      ['Spring Greens Salad', 'Shaved radish, buttermilk dressing, toasted benne seeds', '13'],
    ],
  },
  {
    h: 'Mains',
    items: [
      ['Smoked Half Chicken', 'Grits, braised collards, pot likker jus', '29'],
      ['Pan-Roasted Trout', 'Brown butter, capers, spring onion, new potatoes', '31'],
      ['Mushroom & Rye Berry Risotto', 'Aged cheddar, charred spring onion, herb oil', '24'],
    ],
  },
  {
    h: 'Sweets',
    items: [
      ['Chess Pie', 'Buttermilk, nutmeg, whipped cream', '10'],
      ['Sorghum Ice Cream', 'Benne brittle', '8'],
    ],
  },
];
const rsDrinks = [
  ['Rye Old Fashioned', 'Kentucky rye, sorghum, bitters', '14'],
  ['Garden Spritz', 'Local sparkling wine, rhubarb, soda', '12'],
];
const rsNote =
  'Consuming raw or undercooked meats, poultry, seafood, shellfish or eggs may increase your risk of foodborne illness. Please ' +
  'inform your server of any allergies. A 20% service charge is added to parties of six or more.';
const rsAlert = ['Now booking Easter Brunch', 'Join us on Sunday, April 5 for a special three-course brunch. Reservations are open now.', 'Learn More'];
const rsNav = ['Menus', 'Reservations', 'Private Events', 'Gift Cards', 'Our Story', 'Location', 'Careers'];
const rsCredit = 'Photo by Dana Whitfield';
const rsTabs = ['Dinner', 'Drinks'];
const rsGift = ['Give the gift of a great meal', 'Gift cards are available in any amount and never expire.', 'Purchase Gift Cards'];
const rsFoot = [
  'Marigold & Rye',
  '1124 E Fourth Street, Louisville, KY 40204',
  '(502) 555-0148',
  'info@marigoldandrye.example',
  'Tuesday – Thursday: 5pm – 9pm',
  'Friday & Saturday: 5pm – 10pm',
  'Sunday Brunch: 10am – 2pm',
];
const rsNews = ['Stay in touch', 'Email Address', 'Sign Up', 'Thank you for signing up!'];
const rsLegal = ['Accessibility', 'Privacy Policy', 'Website by BentoBox'];
const rsAmp = (t: string): string => t.replace(/&/g, '&amp;');
const rsItem = ([n, d, p]: readonly string[]): string => `<li class="menu-item"><div class="menu-item__heading menu-item__heading--name"><p>${rsAmp(
  n ?? '',
)}</p></div>
<p class="menu-item__details menu-item__details--description">${rsAmp(d ?? '')}</p>
<p class="menu-item__details menu-item__details--price"><strong><span class="menu-item__currency"> $ </span>${p}</strong></p></li>`;
const rsHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Our Story &amp; Menu -
Marigold &amp; Rye -
Seasonal Restaurant in Louisville, KY</title><meta name="description" content="Marigold &amp; Rye is a seasonal restaurant on Fourth Street in Louisville.">
<meta property="og:site_name" content="Marigold &amp; Rye"><meta property="og:type" content="website"><link rel="canonical"
href="https://www.marigoldandrye.example/our-story/">
<link rel="stylesheet" href="https://images.getbento.example/css/bentobox-themes/foundation/main.min.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Restaurant","name":"Marigold & Rye","url":"https://www.marigoldandrye.example",
"hasMenu":"https://www.marigoldandrye.example/menus/","address":{"@type":"PostalAddress","streetAddress":"1124 E Fourth Street","addressLocality":"Louisville",
"addressRegion":"KY","postalCode":"40204"},"telephone":"(502) 555-0148","servesCuisine":"Southern, Seasonal"}</script>
<script>window.Bento = window.Bento || {}; Bento.config = {"account":"marigoldandrye","page":"our-story"};</script></head>
<body class="page-our-story has-popup"><a class="skip-link" href="#main">Skip to main content</a>
<div class="popup popup--alert" id="popup-alert" role="dialog" aria-modal="true" aria-labelledby="popup-title"><div class="popup__content">
<h2 class="popup__title" id="popup-title">${rsAlert[0]}</h2><div class="popup__text"><p>${rsAlert[1]}</p></div><a class="btn btn-brand popup__btn"
href="/reservations/">${rsAlert[2]}</a><button class="popup__close" aria-label="Close dialog"><span class="sr-only">Close</span></button></div></div>
<header class="site-header site-header--fixed" id="header"><div class="site-header__wrapper"><a class="site-logo" href="/"><img
src="https://images.getbento.example/logo.png"
alt="Marigold &amp; Rye Home"></a><nav id="nav-primary" class="site-nav" aria-label="Main navigation"><ul class="site-nav__list">
${rsNav.map((t) => `<li class="site-nav__item"><a class="site-nav__link" href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}</ul></nav>
<a class="btn btn-brand site-header__btn" href="/reservations/">Reservations</a><button class="site-nav-toggle" aria-controls="nav-mobile"
aria-expanded="false">
<span class="sr-only">Open Menu</span></button></div></header>
<nav id="nav-mobile" class="site-nav-mobile" aria-hidden="true" hidden><ul>${links(rsNav, 'site-nav-mobile__item')}</ul></nav>
<main id="main" class="content" tabindex="-1"><section class="hero hero--no-image"><div class="hero__content container"><h1 class="hero__title">${rsTitle}</h1>
</div></section>
<section class="content__block container container--md"><div class="content-area">
${rsP1.map((p) => `<p>${rsAmp(p)}</p>`).join('\n')}
<blockquote class="pullquote"><p>${rsQuote}</p></blockquote>
<figure class="content-image"><img src="https://images.getbento.example/accounts/marigold/kitchen.jpg" alt="Ines at the pass"><figcaption
class="content-image__credit">
${rsCredit}</figcaption></figure>
<h2>${rsH1}</h2>
${rsP2.map((p) => `<p>${rsAmp(p)}</p>`).join('\n')}
</div></section>
<section id="menus" class="menus container"><h2 class="menus__title">${rsH2}</h2><ul class="tabs-nav" role="tablist">
${rsTabs
  .map(
    (t, i) => `<li class="tabs-nav__item"><a class="tabs-nav__link${i === 0 ? ' is-active' : ''}" role="tab"
href="#tab-${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}</ul>
<div class="tabs-panel" id="tab-dinner" role="tabpanel">
${rsMenu
  .map(
    (s) => `<section class="menu-section"><div class="menu-section__header"><h3>${s.h}</h3></div><ul class="menu-section__items">
${s.items.map(rsItem).join('\n')}</ul></section>`,
  )
  .join('\n')}
</div><div class="tabs-panel" id="tab-drinks" role="tabpanel" aria-hidden="true" hidden><section class="menu-section"><div class="menu-section__header">
<h3>Cocktails</h3></div><ul class="menu-section__items">${rsDrinks.map(rsItem).join('\n')}</ul></section></div>
<div class="menu-footnote"><p>${rsNote}</p></div></section>
<section class="promo promo--gift-cards"><div class="container"><h2 class="promo__title">${rsGift[0]}</h2><p>${rsGift[1]}</p>
<a class="btn btn-brand" href="/gift-cards/">${rsGift[2]}</a></div></section></main>
<footer class="site-footer"><div class="site-footer__wrapper container"><div class="site-footer__content">
<p class="site-footer__name">${rsAmp(rsFoot[0] ?? '')}</p><p><a href="https://maps.example/?q=marigold">${rsFoot[1]}</a></p><p><a
href="tel:5025550148">${rsFoot[2]}</a></p>
<p><a href="mailto:info@marigoldandrye.example">${rsFoot[3]}</a></p><div class="site-footer__hours">${rsFoot
  .slice(4)
  .map((h) => `<p>${rsAmp(h)}</p>`)
  .join('')}</div></div>
<div class="site-footer__newsletter"><h2 class="site-footer__heading">${rsNews[0]}</h2><form class="form form--newsletter"
data-form="newsletter"><label for="nl-email"
class="form__label">${rsNews[1]}</label><input id="nl-email" type="email" class="form__field"><button type="submit" class="btn">${rsNews[2]}</button>
<div class="form__success" aria-live="polite" hidden>${rsNews[3]}</div></form></div>
<ul class="social-links"><li><a href="#" aria-label="Instagram"><span class="sr-only">Instagram</span></a></li><li><a href="#" aria-label="Facebook">
<span class="sr-only">Facebook</span></a></li></ul>
<ul class="site-footer__legal"><li><a href="/accessibility/">${rsLegal[0]}</a></li><li><a href="/privacy/">${rsLegal[1]}</a></li>
<li><a href="https://getbento.example" target="_blank" rel="noopener">${rsLegal[2]}</a></li></ul></div></footer>
<script src="https://images.getbento.example/js/bentobox-themes/foundation/main.min.js" defer></script></body></html>`;

export const restaurantStory: TestPage = {
  html: rsHtml,
  name: 'heldout214-bentobox-restaurant-story-menu',
  kind: 'blog',
  // the pull quote is body; the visible menu's section headers are headings and its dish names and descriptions body, prices
  // in neither list; the hidden drinks tab panel is in neither list; the menu tabs ("Dinner" is a word of a heading, left out),
  // the photo credit, the footnote, the alert popup and the gift card promo are furniture; "Our Story" in the menu repeats the title
  title: rsTitle,
  headings: [rsH1, rsH2, ...rsMenu.map((s) => s.h)],
  body: texts([...rsP1, rsQuote, ...rsP2, ...rsMenu.flatMap((s) => s.items.flatMap((i) => [i[0] ?? '', i[1] ?? '']))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...rsAlert, 'Close', ...rsNav.filter((t) => t !== 'Our Story'), 'Open Menu', rsCredit, 'Drinks', rsNote, ...rsGift, ...rsFoot,
    ...rsNews.slice(0, 3), 'Instagram', 'Facebook', ...rsLegal,
  ],
};
