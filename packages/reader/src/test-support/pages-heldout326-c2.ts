import { j } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file c2: a grocery-trade product launch page on a Drupal 10 site of the kind EnsembleIQ's grocery
 * titles use, with a short main text: the header, mega menu, the "New Products" label, the product image gallery with
 * caption, the SRP field, byline and date, AddToAny share links, the "More New Products" card grid, a sponsored content
 * block, the newsletter block, footer and the consent banner.
 */
const fTitle = 'Bramblewood Farms Rolls Out Oat-Based Cold Brew Creamers';
const fP1 = [
  j(
    'Bramblewood Farms has added a line of oat-based creamers made for cold brew coffee, its first dairy-free product since the',
    'Vermont co-op entered the creamer aisle in 2022.',
  ),
  j(
    'The creamers blend oat milk with a small amount of coconut cream so they stay smooth when poured over ice, the company',
    'said. They contain no gums or seed oils and carry 4 grams of added sugar per serving.',
  ),
  'The line launches in three flavors:',
];
const fL1 = ['Maple Vanilla', 'Brown Sugar Cinnamon', 'Unsweetened Original'];
const fP2 = [
  j(
    '“Cold brew drinkers told us plant-based creamers either split or disappear in a cold cup,” said Hollis Greer,',
    'Bramblewood’s brand manager. “We spent a year getting the texture right before we put it on shelf.”',
  ),
  j(
    'The creamers come in 24-ounce bottles and will be available at natural and conventional grocers across New England and',
    'the Mid-Atlantic from April, with national distribution planned for the fall.',
  ),
];
const fSrp = 'Suggested retail price: $5.49 per 24-ounce bottle';
const fNav = ['News', 'Categories', 'Store Brands', 'Technology', 'Center Store', 'Fresh Food', 'Events', 'Awards'];
const fMore = ['Harbor Line Launches Ready-to-Bake Sourdough', 'Tallgrass Pantry Debuts Protein Pasta Cups', 'Keel & Co. Adds Sparkling Tonics'];
const fFoot = ['Contact Us', 'Advertise', 'Subscribe', 'Privacy Policy', 'Terms of Service', 'California Privacy Rights'];
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${fTitle} | Aisle Wire</title>
<meta name="description" content="Line of dairy-free creamers made for cold brew coffee launches in three flavors">
<link rel="canonical" href="https://aislewire.example/new-products/bramblewood-farms-rolls-out-oat-based-cold-brew-creamers">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${fTitle}",
"datePublished":"2026-03-04T09:30:00-0500","author":{"@type":"Person","name":"Keisha Vandermolen"}}]}</script>
<script>window.drupalSettings={"path":{"baseUrl":"\\/","currentPath":"node\\/228410"},"eiq":{"gam":{"section":"new-products"}}};</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block-system-branding-block">
<a href="/" rel="home"><img src="/themes/custom/eiq/logo.svg" alt="Home"></a></div>
<nav role="navigation" id="block-mainnavigation" class="block-menu navigation menu--main"><ul class="menu">${links(fNav, 'menu-item')}</ul></nav>
</div></header>
<div class="ad-leaderboard"><div class="block-eiq-gam"><span class="ad-label">Advertisement</span></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<article role="article" class="node node--type-article node--view-mode-full"><div class="node__header">
<div class="field field--name-field-section"><a href="/new-products">New Products</a></div>
<h1 class="page-title"><span class="field field--name-title">${fTitle}</span></h1>
<div class="node__meta"><span class="field--name-field-author">Keisha Vandermolen</span>
<span class="field--name-created">3/4/2026</span></div>
<div class="addtoany a2a_kit"><a class="a2a_button_facebook" href="#"><span class="visually-hidden">Facebook</span></a>
<a class="a2a_button_linkedin" href="#"><span class="visually-hidden">LinkedIn</span></a><a class="a2a_button_email" href="#">
<span class="visually-hidden">Email</span></a></div></div>
<div class="field field--name-field-media-gallery"><div class="slick-slide"><img src="/sites/default/files/2026-03/bramblewood-creamers.jpg" alt="">
<div class="field--name-field-caption">Bramblewood Farms Oat Cold Brew Creamers</div></div></div>
<div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${ps(fP1)}
<ul>${fL1.map((t) => `<li>${t}</li>`).join('')}</ul>
${ps(fP2)}
</div><div class="field field--name-field-srp"><p>${fSrp}</p></div></div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items">
<div class="field__item"><a href="/dairy">Dairy</a></div><div class="field__item"><a href="/beverages">Beverages</a></div></div></div></article>
<section class="block-views-more-new-products"><h2 class="block-title">More New Products</h2><div class="view-content">
${fMore.map((t) => `<div class="views-row"><div class="card"><h3 class="card__title"><a href="#">${t}</a></h3></div></div>`).join('\n')}</div></section>
<section class="block-sponsored"><div class="sponsored-label">Sponsored Content</div><h3>
<a href="#">How shelf-ready packaging cuts stocking time in dairy</a></h3>
</section></div>
<aside class="layout-sidebar-first"><div class="block-newsletter"><h2>Get the Aisle Wire Daily</h2><p>Grocery news and new items, every weekday.</p>
<form><input type="email" placeholder="Email"><input type="submit" value="Sign Up"></form></div></aside></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(fFoot)}</ul>
<p class="copyright">© 2026 Northfield Trade Group. All rights reserved.</p></footer></div></div>
<div id="usercentrics-root"><div class="uc-banner"><p>We use cookies and similar technologies to help personalise content and measure ads.</p>
<button data-testid="uc-accept-all-button">Accept All</button><button data-testid="uc-more-button">More Information</button></div></div></body></html>`;
const aisleWire: TestPage = {
  name: 'heldout326-drupal-grocery-product-launch',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fP1, ...fL1, ...fP2, fSrp]),
  bylines: ['Keisha Vandermolen', '3/4/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...fNav, 'Advertisement', 'New Products', 'Facebook', 'LinkedIn', 'Email', 'Bramblewood Farms Oat Cold Brew Creamers',
    'Tags', 'Dairy', 'Beverages', 'More New Products', ...fMore, 'Sponsored Content', 'How shelf-ready packaging cuts stocking time in dairy',
    'Get the Aisle Wire Daily', 'Grocery news and new items, every weekday.', ...fFoot, '© 2026 Northfield Trade Group. All rights reserved.',
    'We use cookies and similar technologies to help personalise content and measure ads.', 'Accept All', 'More Information',
  ],
};

export const HELDOUT326_C2: TestPage = aisleWire;
