import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 228, file c2: a furniture retailer's sofa buying guide in the John Lewis / Loaf shape (promo strip, mega menu,
 * breadcrumb, guide hero with "Updated" date and reading time, an "In this guide" jump list, a size table, inline "Shop" buttons,
 * a "Need more help?" contact card, "Related guides", the newsletter box and the footer).
 */
const title = 'How to choose a sofa';
const intro = [
  'A sofa is one of the biggest purchases you will make for your home, and one you will live with for a decade or more. This guide ' +
    'walks you through size, shape, fillings and fabric so you can choose one that fits your room and the way you use it.',
];
const h1 = 'Measure up first';
const p1 = [
  'Before you fall for a design, measure the space where the sofa will go and mark its footprint on the floor with masking tape. ' +
    'Leave at least 75cm in front of it for people to walk past, and more if there is a coffee table.',
  'Then measure the route into the room: front door, hallway, stairs and any tight corners. Most delivery problems come from a ' +
    'narrow turn rather than the doorway itself. Check the diagonal depth of the sofa against the narrowest point.',
];
const h2 = 'Which size do you need?';
const p2 = ['As a rough guide, allow around 60cm of seat width per person. Here is how our most common sizes compare:'];
const rows = [
  ['2 seater', '150–180cm', 'Small living rooms, snugs and studies'],
  ['3 seater', '190–220cm', 'Most living rooms and families of three or four'],
  ['4 seater', '230cm and over', 'Large open-plan rooms'],
  ['Corner sofa', '240cm and over', 'Families who like to stretch out'],
];
const h3 = 'Seat cushion fillings';
const p3 = ['What is inside the cushions decides how the sofa feels on the first day and how it looks after five years.'];
const fills = [
  'Foam: firm and supportive, keeps its shape with little plumping. Good for upright sitting.',
  'Feather and fibre: soft and relaxed, with a lived-in look. Needs plumping every day.',
  'Pocket sprung: a layer of springs wrapped in foam or fibre gives bounce and lasting support.',
];
const h4 = 'Choosing a fabric';
const p4 = [
  'If you have children or pets, look for a tightly woven fabric with a high rub count, ideally 30,000 or more on the Martindale ' +
    'test. Performance velvets and stain-resistant weaves are easier to clean than they look.',
  'Leather wears well and develops a patina, but it can feel cold in winter and is best kept out of direct sunlight. Linen looks ' +
    'relaxed and breathes in summer, but it creases and is better suited to loose covers you can wash.',
  'Always order fabric swatches before you buy. Colours on screen are never quite right, and seeing a sample in your own light ' +
    'makes the decision much easier.',
];
const strip = 'Up to 30% off selected sofas and armchairs. Ends Monday.';
const nav = ['Furniture', 'Sofas & Armchairs', 'Beds', 'Lighting', 'Home Accessories', 'Garden', 'Offers', 'Inspiration'];
const crumbs = ['Home', 'Inspiration', 'Buying Guides'];
const jump = ['In this guide'];
const help = ['Need more help?', 'Book a free video appointment with one of our design advisers.', 'Book an appointment'];
const related = ['How to choose a bed', 'How to choose a dining table', 'Caring for your sofa', 'Rug size guide'];
const news = ['Sign up to our emails', 'Be the first to know about new collections, offers and inspiration.', 'Email address', 'Sign up'];
const foot = ['Customer Services', 'Delivery Information', 'Returns', 'Store Finder', 'Financial Services', 'About Us', 'Privacy Notice', 'Cookies'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>How to Choose a Sofa | Sofa Buying Guide | Hartwell &amp; Finch</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Our sofa buying guide covers size, shape, fillings and fabric.">
<link rel="canonical" href="https://www.hartwellfinch.example/inspiration/buying-guides/how-to-choose-a-sofa">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","dateModified":"2025-08-14",
"publisher":{"@type":"Organization","name":"Hartwell &amp; Finch"}}</script>
<link rel="stylesheet" href="/static/css/main.4e1f.css"><script src="https://www.googletagmanager.example/gtm.js?id=GTM-5X2P" async></script></head>
<body><div class="promo-strip" data-test="promo-strip"><a href="/offers/sofas">${strip}</a></div>
<header class="site-header"><a class="site-header__logo" href="/">Hartwell &amp; Finch</a><div class="site-header__search" role="search">
<input aria-label="Search" placeholder="Search products and inspiration"></div><div class="site-header__actions"><a href="/account">My Account</a>
<a href="/basket">Basket (0)</a></div><nav class="mega-nav" aria-label="Main"><ul>${links(nav, 'mega-nav__item')}</ul></nav></header>
<main id="main-content" class="guide-page"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(crumbs, 'breadcrumb__item')}</ol></nav>
<div class="guide-hero"><h1 class="guide-hero__title">${title}</h1><p class="guide-hero__meta"><span>Updated 14 August 2025</span>
<span>6 min read</span></p><img alt="A grey three-seater sofa in a bright room" src="/images/guides/sofa-hero.jpg"></div>
<div class="guide-layout"><aside class="guide-toc"><p class="guide-toc__title">${jump[0]}</p><ol>
<li><a href="#measure">${h1}</a></li><li><a href="#size">${h2}</a></li><li><a href="#fillings">${h3}</a></li><li><a href="#fabric">${h4}</a></li></ol></aside>
<div class="guide-content rich-text">
${ps(intro)}
<h2 id="measure">${h1}</h2>
${ps(p1)}
<h2 id="size">${h2}</h2>
${ps(p2)}
<table class="guide-table"><thead><tr><th>Size</th><th>Typical width</th><th>Best for</th></tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<p class="guide-cta"><a class="button button--secondary" href="/furniture/sofas">Shop all sofas</a></p>
<h2 id="fillings">${h3}</h2>
${ps(p3)}
<ul>${fills.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="fabric">${h4}</h2>
${ps(p4)}
<p class="guide-cta"><a class="button button--secondary" href="/fabric-swatches">Order free swatches</a></p>
</div></div>
<section class="help-card"><h2>${help[0]}</h2><p>${help[1]}</p><a class="button" href="/appointments">${help[2]}</a></section>
<section class="related-guides"><h2>Related guides</h2><ul>${links(related, 'related-guides__card')}</ul></section></main>
<section class="newsletter"><h2>${news[0]}</h2><p>${news[1]}</p><label for="nl">${news[2]}</label><input id="nl" type="email">
<button>${news[3]}</button></section>
<footer class="site-footer"><ul>${links(foot, 'site-footer__link')}</ul><p>© Hartwell &amp; Finch Ltd 2025</p></footer>
<div class="cookie-consent" role="dialog" aria-live="polite"><p>We use cookies to improve your experience on our site.</p>
<button>Accept cookies</button><button>Cookie settings</button></div></body></html>`;
export const furnitureGuide: TestPage = {
  html,
  name: 'heldout228-furniture-retailer-buying-guide',
  kind: 'docs',
  // the table's data cells are body (header cells in neither list); the "In this guide" jump list repeats the headings and is
  // left out; the shop and swatch buttons, help card and related guides are furniture
  title,
  headings: [h1, h2, h3, h4],
  body: [...texts(intro), ...texts(p1), ...texts(p2), ...rows.flat(), ...texts(p3), ...fills, ...texts(p4)],
  bylines: ['Updated 14 August 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    strip, 'Hartwell & Finch', 'My Account', 'Basket (0)', ...nav, ...crumbs.filter((t) => t !== 'Inspiration'), 'In this guide', 'Shop all sofas',
    'Order free swatches', ...help, 'Related guides', ...related, ...news, ...foot, '© Hartwell & Finch Ltd 2025',
    'We use cookies to improve your experience on our site.', 'Accept cookies', 'Cookie settings',
  ],
};
