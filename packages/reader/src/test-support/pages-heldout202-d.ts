import { links, type TestPage } from './page-kit.js';
import { blocks } from './pages-heldout202-kit.js';
import { pixelArticle } from './pages-heldout202-d2.js';

/**
 * Held-out batch 202, file d: an IKEA product care and assembly help page (the hnf header with the promo bar, the "Hej!"
 * log-in prompt, search and icons, the breadcrumb, the pub__ content page with a hero image and caption, text sections, a
 * "Good to know" highlight box, a download link for assembly instructions, the "Related links" cards, the IKEA Family
 * teaser, the OneTrust banner and the hnf footer with its columns).
 */
const ikTitle = 'Caring for solid wood furniture';
const ikArt = `<p class="pub__designSystemText t-body">Solid wood is a living material. It reacts to changes in humidity and temperature, and it
gets its character from the way it ages. With a little care, your solid wood furniture will last for many years and look better over time.</p>
<h2 class="pub__designSystemText t-heading-m">Everyday cleaning</h2>
<p class="pub__designSystemText t-body">Wipe the surface with a cloth dampened in water or a mild soap solution, then wipe it dry with a clean cloth.
Always wipe in the direction of the grain. Avoid cleaners that contain ammonia or alcohol, as they can dry out the wood and damage the
surface treatment.</p>
<h2 class="pub__designSystemText t-heading-m">Untreated and oiled wood</h2>
<p class="pub__designSystemText t-body">Untreated surfaces, such as many of our pine and birch pieces, should be treated before use. Oil or wax
protects the wood against dirt and moisture and brings out the grain. Treat oiled surfaces again when they start to look dry, usually once or
twice a year for tables and more often for worktops.</p>
<ul class="pub__list"><li>Sand lightly with fine sandpaper (grit 240) in the direction of the grain.</li>
<li>Apply a thin layer of wood oil with a cloth and let it soak in for about 15 minutes.</li>
<li>Wipe off any excess oil and let the surface dry for 24 hours before using it.</li></ul>
<h2 class="pub__designSystemText t-heading-m">Preventing cracks and marks</h2>
<p class="pub__designSystemText t-body">Keep solid wood furniture away from radiators, underfloor heating vents and direct sunlight. Very dry air
can cause small cracks, and strong sunlight changes the colour of the wood. A room humidity between 40 and 60 percent is best for wood.</p>
<p class="pub__designSystemText t-body">Use coasters under glasses and hot pots, and wipe up spills straight away. Water left standing on the
surface can leave white rings that are hard to remove.</p>
<h2 class="pub__designSystemText t-heading-m">Tightening and assembly tips</h2>
<p class="pub__designSystemText t-body">Because wood moves with the seasons, screws and fittings can loosen a little over time. Check and tighten
them a few months after assembly and then once a year, especially on chairs, beds and tables that are used every day.</p>
<p class="pub__designSystemText t-body">Don’t overtighten screws in solid wood, as this can strip the thread or split the timber. If you have lost
the assembly instructions, you can download them from the product page by entering the article number printed on the product label.</p>`;
const ikNote =
  'Small cracks and colour differences are part of the natural character of solid wood and are not a defect. They do not affect the strength of ' +
  'the furniture.';
const ikPromo = 'Free delivery on orders over $99 with IKEA Family. Terms apply.';
const ikNav = ['Products', 'Rooms', 'Deals', 'Ideas', 'Design services', 'Customer service', 'IKEA for Business'];
const ikCrumbs = ['Customer service', 'Product support', 'Product care'];
const ikRelated = ['Caring for your wooden worktop', 'How to care for a leather sofa', 'Find assembly instructions', 'Spare parts'];
const ikFamily = ['Join IKEA Family', 'Get exclusive member offers, workshops and a free coffee every visit.', 'Join for free'];
const ikFootCols = ['Help', 'Shop & Learn', 'Services', 'About IKEA'];
const ikFootLinks = [
  'Track my order',
  'Returns & exchanges',
  'Contact us',
  'Gift cards',
  'Planning tools',
  'Assembly service',
  'Delivery service',
  'Working at IKEA',
  'Sustainability',
  'Newsroom',
];
const ikLegal = ['Privacy policy', 'Cookie policy', 'Terms and conditions', 'Accessibility statement', 'Do not sell or share my information'];
const ikCookie =
  'We use cookies and similar technologies to give you the best possible experience, to understand how you use our site and to show you ' +
  'relevant advertising.';
const ikHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Caring for solid wood furniture - IKEA</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="How to clean and care for solid wood furniture.">
<meta property="og:title" content="${ikTitle} - IKEA"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.ikea.com/us/en/customer-service/product-support/product-care/solid-wood-pub8a1c2e0f">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Customer service","item":"https://www.ikea.com/us/en/customer-service/"}]}</script>
<script src="https://www.ikea.com/us/en/header-footer/static/js/hnf.min.js" defer></script>
<link rel="stylesheet" href="https://www.ikea.com/us/en/header-footer/static/css/hnf.min.css"></head>
<body class="pub__body"><a class="hnf-skip-link" href="#hnf-content">Skip to main content</a>
<div class="hnf-message hnf-message--promo" role="region"><p class="hnf-message__text">${ikPromo}</p></div>
<header class="hnf-header"><div class="hnf-header__container"><a class="hnf-link hnf-header__logo" href="https://www.ikea.com/us/en/">
<span class="hnf-visually-hidden">IKEA logotype, go to start page</span></a>
<div class="hnf-header__search"><input type="search" class="search-field__input" placeholder="What are you looking for?"></div>
<ul class="hnf-header__icons"><li>
<a class="hnf-btn hnf-btn--small" href="/us/en/profile/login/"><span class="hnf-btn__label">Hej! Log in or sign up</span></a></li>
<li><a href="/us/en/favourites/"><span class="hnf-visually-hidden">Favorites</span></a></li>
<li><a href="/us/en/shoppingcart/"><span class="hnf-visually-hidden">Shopping bag</span></a></li></ul></div>
<nav class="hnf-header__nav" aria-label="Main"><ul>${links(ikNav, 'hnf-header__nav-item')}</ul></nav></header>
<main id="hnf-content" class="pub__page"><nav class="bc-breadcrumb" aria-label="Breadcrumb"><ol>${links(ikCrumbs, 'bc-breadcrumb__list-item')}</ol></nav>
<div class="pub__section pub__section--hero"><h1 class="pub__designSystemText t-heading-xl">${ikTitle}</h1>
<figure class="pub__image"><img src="https://www.ikea.com/us/en/images/content/solid-wood-table-care.jpg" alt="A hand wiping a wooden dining table">
<figcaption class="pub__caption">Oil untreated wood before use and again when it looks dry.</figcaption></figure></div>
<div class="pub__section pub__section--text"><div class="pub__text-container">${ikArt}</div></div>
<div class="pub__section pub__section--highlight"><div class="pub__highlight" role="note"><h3 class="pub__highlight-title">Good to know</h3>
<p class="pub__designSystemText t-body">${ikNote}</p></div></div>
<div class="pub__section"><a class="pub__btn pub__btn--secondary" href="/us/en/customer-service/assembly-instructions/">Find assembly instructions</a></div>
<section class="pub__section pub__related"><h2 class="pub__designSystemText t-heading-l">Related links</h2>
<ul class="pub__cards">${links(ikRelated, 'pub__card')}</ul></section>
<section class="pub__section pub__family"><h2>${ikFamily[0]}</h2><p>${ikFamily[1]}</p>
<a class="pub__btn" href="/us/en/family/">${ikFamily[2]}</a></section></main>
<footer class="hnf-footer"><div class="hnf-footer__columns">${ikFootCols.map((c) => `<h3 class="hnf-footer__heading">${c}</h3>`).join('')}
<ul>${links(ikFootLinks, 'hnf-footer__link')}</ul></div><div class="hnf-footer__legal"><p class="hnf-footer__copyright">© Inter IKEA Systems B.V. 1999-2025</p>
<ul>${links(ikLegal, 'hnf-footer__legal-item')}</ul></div></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${ikCookie}</p>
<button id="onetrust-pc-btn-handler">Cookie settings</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div>
<script src="https://www.ikea.com/us/en/pub/static/js/pub.bundle.js" defer></script></body></html>`;
const ikeaCare: TestPage = {
  html: ikHtml,
  name: 'heldout202-ikea-product-care',
  kind: 'docs',
  // the "Good to know" box is part of the care text: its title is a heading and its text body; the hero caption, the
  // assembly-instructions button and the related cards are furniture
  title: ikTitle,
  headings: [...blocks(ikArt, 'h2'), 'Good to know'],
  body: [...blocks(ikArt), ikNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ikPromo, 'IKEA logotype, go to start page', 'Hej! Log in or sign up', 'Favorites', 'Shopping bag', ...ikNav,
    'Product support', 'Product care', 'Oil untreated wood before use and again when it looks dry.', 'Find assembly instructions',
    'Related links', ...ikRelated, ...ikFamily, ...ikFootCols, ...ikFootLinks, '© Inter IKEA Systems B.V. 1999-2025', ...ikLegal, ikCookie,
    'Cookie settings', 'Accept all cookies',
  ],
};

export const HELDOUT202_D: readonly TestPage[] = [ikeaCare, pixelArticle];
