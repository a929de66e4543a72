import { ps, type TestPage, texts } from './page-kit.js';
import { wineShop } from './pages-heldout287-c2.js';
import { j } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file c: a restaurant's menu page with a short story on Squarespace 7.1 (announcement bar, header
 * navigation and "Reserve" button, page sections of sqs-blocks, a Squarespace menu block with tabs, prices and dietary
 * marks, an image block caption, a newsletter block, the hours and address footer and the cookie banner) and, from file
 * c2, a wine merchant's tasting-notes article on a Shopify Dawn theme.
 */
const rTitle = 'Our Autumn Menu';
const rStory = [
  j(
    'When we opened our dining room in the old harness works on Mill Lane, we promised ourselves one thing: cook what the valley',
    'grows, when it grows it. This autumn that means squash from the Pendry farm, wild mushrooms from our forager Ines, and the',
    'first of the pears from the orchard behind the church.',
  ),
  j(
    'Chef Rafe Ostrander changes the menu four times a year and a handful of dishes every week. If something you loved has',
    'disappeared, ask us; it may be back when the next delivery comes in.',
  ),
];
type Dish = [string, string, string];
const rSmall: Dish[] = [
  ['Roast Squash Soup', 'brown butter, toasted seeds, sourdough', '£8'],
  ['Wild Mushrooms on Toast', 'garlic, parsley, aged cheddar', '£11'],
  ['Beetroot &amp; Goat Curd', 'hazelnuts, pickled shallot, rocket', '£10'],
];
const rLarge: Dish[] = [
  ['Braised Beef Shin', 'celeriac mash, red wine, crispy onions', '£24'],
  ['Hake with Cider Sauce', 'mussels, leeks, new potatoes', '£23'],
  ['Chestnut &amp; Sage Gnocchi', 'pumpkin, pecorino, crispy sage', '£19'],
];
const rSweet: Dish[] = [
  ['Poached Pear', 'vanilla custard, almond crumb', '£8'],
  ['Dark Chocolate Pot', 'salted caramel, shortbread', '£9'],
];
const dishHtml = (ds: Dish[]): string =>
  ds
    .map(
      ([t, d, p]) => `<div class="menu-item"><div class="menu-item-title">${t}</div><div class="menu-item-description">${d}</div>
<div class="menu-item-price-bottom"><span class="menu-item-price-top">${p}</span></div></div>`,
    )
    .join('\n');
const rNav = ['Menus', 'Private Dining', 'Gift Vouchers', 'Our Story', 'Contact'];
const rHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible"
content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Our Autumn Menu — Tallow &amp; Thyme</title>
<meta property="og:site_name" content="Tallow &amp; Thyme"><meta property="og:title" content="Our Autumn Menu — Tallow &amp; Thyme">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64f1a0","siteTitle":"Tallow & Thyme"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.tallowandthyme.example","name":"Tallow & Thyme","@context":"http://schema.org","@type":"Restaurant",
"address":"4 Mill Lane, Hebden Brook","servesCuisine":"Modern British"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/64f1a0/site.css"></head>
<body id="collection-64f1a7" class="header-overlay-alignment-center tweak-portfolio-grid-overlay-width-full primary-button-style-solid collection-type-page
view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>Now taking bookings for Christmas
parties.</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div
class="header-inner container--fluid">
<div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Tallow &amp; Thyme</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${rNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`)
  .join('\n')}</nav></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a
class="btn btn--border theme-btn--primary-inverse
sqs-button-element--primary" href="/reserve">Reserve a Table</a></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1a8">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div
class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div
class="sqs-html-content">
<h1 style="text-align:center;white-space:pre-wrap;">${rTitle}</h1>
${ps(rStory, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><img
data-src="https://images.squarespace-cdn.example/content/v1/64f1a0/pears.jpg" alt=""><figcaption class="image-caption-wrapper"><div
class="image-caption"><p>Pears from
the church orchard, October.</p></div></figcaption></figure></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block menu-block sqs-block-menu" data-block-type="18"><div class="sqs-block-content"><div class="menu-block"><div class="menus-wrapper">
<div class="menu-selector"><button class="menu-select-labels menu-select-labels--active">Dinner</button><button
class="menu-select-labels">Sunday Lunch</button></div>
<div class="menu-wrapper"><div class="menu-section"><div class="menu-section-header"><div
class="menu-section-title">Small Plates</div></div>${dishHtml(rSmall)}</div>
<div class="menu-section"><div class="menu-section-header"><div class="menu-section-title">Mains</div></div>${dishHtml(rLarge)}</div>
<div class="menu-section"><div class="menu-section-header"><div class="menu-section-title">Puddings</div></div>${dishHtml(rSweet)}</div>
<div class="menu-section"><div class="menu-section-header"><div
class="menu-section-description">(v) vegetarian, (ve) vegan. Please tell us about any allergies
before you order. A discretionary 12.5% service charge is added to tables of six or more.</div></div></div></div></div></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><div
class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about new menus first</h2><div class="newsletter-form-header-description"><p>One
email a season, no spam.</p></div></div><form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button"
type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-block html-block sqs-block-html"><div
class="sqs-html-content"><h3>Find us</h3><p>4 Mill Lane, Hebden Brook</p><p>Wednesday to Sunday, 12 to 3pm and 6 to 10pm</p><p>hello@tallowandthyme.example</p>
</div></div><div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list"><a href="#" class="sqs-svg-icon--wrapper instagram-unauth"
aria-label="Instagram">Instagram</a></nav></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your
experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const dishes = [...rSmall, ...rLarge, ...rSweet];
const squarespaceMenu: TestPage = {
  name: 'heldout287-squarespace-restaurant-menu-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: ['Small Plates', 'Mains', 'Puddings'],
  body: texts([...rStory, ...dishes.flatMap((d) => d.slice(0, 2))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now taking bookings for Christmas parties.', 'Tallow & Thyme', ...rNav, 'Reserve a Table', 'Pears from the church orchard, October.', 'Dinner',
    'Sunday Lunch', ...dishes.map(([, , p]) => p).filter((p) => p.length > 2),
    '(v) vegetarian, (ve) vegan. Please tell us about any allergies before you order. A discretionary 12.5% service charge is added to tables of six or more.',
    'Hear about new menus first', 'One email a season, no spam.', 'Sign Up', 'Find us', '4 Mill Lane, Hebden Brook',
    'Wednesday to Sunday, 12 to 3pm and 6 to 10pm',
    'hello@tallowandthyme.example', 'Instagram', 'This site uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT287_C: readonly TestPage[] = [squarespaceMenu, wineShop];
