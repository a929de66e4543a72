import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout334-kit.js';

/**
 * Held-out batch 334, file d: a flooring retailer's buying guide on the Shopify Dawn theme (announcement bar, header menu,
 * main-article section with the date and author, a comparison table, a "Shop the collection" product grid, share button,
 * "Back to blog", newsletter and footer) and a tradesperson directory's cost guide built with Next.js (__next root, hashed
 * CSS-module classes, "Last updated" and "Written by / Reviewed by" lines, a price table, a "Get quotes" form card, FAQ
 * accordion, related guides and the footer, with the page data in __NEXT_DATA__).
 */
const sTitle = 'Laminate vs Luxury Vinyl: Which Floor Is Right for You?';
const sIntro = [
  j(
    'Laminate and luxury vinyl tile (LVT) look remarkably alike once they are down, and they sit at similar prices. Underneath, though,',
    'they are very different products, and choosing the wrong one for a room is the most common flooring regret we hear about.',
  ),
];
const sWhat = [
  j(
    'Laminate is a high-density fibreboard core with a printed photographic layer and a tough clear wear layer on top. It is rigid,',
    'warm underfoot and very resistant to scratches, which makes it a good match for busy living rooms and bedrooms.',
  ),
  j(
    'LVT is made of layers of PVC, or a stone-plastic composite in the rigid-core versions, with the same kind of printed layer and',
    'wear layer. Because there is no wood fibre in it, water does not make it swell.',
  ),
];
const sRows: readonly [string, string, string][] = [
  ['Water resistance', 'Splash resistant', 'Waterproof'],
  ['Feel underfoot', 'Firm, slightly hollow', 'Softer, quieter'],
  ['Scratch resistance', 'Excellent', 'Good'],
  ['Typical price per m²', '£15 to £30', '£20 to £45'],
];
const sRooms = [
  'Kitchens, bathrooms and utility rooms: choose LVT.',
  'Living rooms, bedrooms and hallways: either will do, so go by feel and budget.',
  'Conservatories with strong sun: pick a rigid-core LVT or laminate rated for temperature changes.',
];
const sFit = [
  j(
    'Both come in click-fit planks that a confident DIYer can lay over a flat subfloor. Laminate needs an underlay with a damp-proof',
    'membrane on concrete; many rigid-core LVT planks have underlay already attached. Leave an expansion gap of 8 to 10 mm at walls.',
  ),
  j(
    'Whichever you choose, put felt pads on chair and table legs and use a doormat at every outside door. Grit is what wears',
    'through the top layer of both floors, far more than water or heels.',
  ),
  'Still unsure? Order up to five free samples and live with them for a week before you decide.',
];
const sTh = `<tr><th>Feature</th><th>Laminate</th><th>LVT</th></tr>`;
const sTable = sRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
const sMenu = ['Laminate', 'Luxury Vinyl', 'Engineered Wood', 'Underlay & Accessories', 'Free Samples', 'Guides'];
const sProducts: readonly [string, string][] = [
  ['Harbour Oak Rigid Core LVT', '£27.99/m²'],
  ['Nordic Ash 8mm Laminate', '£16.49/m²'],
  ['Smoked Walnut Herringbone LVT', '£34.99/m²'],
];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><title>${sTitle} &ndash; Plank &amp; Parlour</title>
<meta property="og:site_name" content="Plank &amp; Parlour"><meta property="og:type" content="article">
<script>var Shopify = Shopify || {}; Shopify.shop = "plank-and-parlour.myshopify.com"; Shopify.theme = {"name":"Dawn","id":148201};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"Laminate and luxury vinyl tile...",
"headline":"${sTitle}","author":{"@type":"Person","name":"Ffion Mabry"},"datePublished":"2026-03-05T10:00:00Z"}</script>
<link href="//plankandparlour.example/cdn/shop/t/4/assets/base.css" rel="stylesheet" type="text/css"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5">Free samples on every floor. Order by 2pm for next-day dispatch</p></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left"><a href="/" class="header__heading-link"><span class="h2">Plank &amp; Parlour</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline">${links(sMenu, 'header__menu-item')}</ul></nav>
<a href="/cart" class="header__icon header__icon--cart"><span class="visually-hidden">Cart</span></a></header></sticky-header></div>
<main id="MainContent" class="content-for-layout" role="main"><section id="shopify-section-template--main" class="shopify-section section">
<article class="article-template"><div class="article-template__hero-container"><div class="article-template__hero-medium media">
<img src="//plankandparlour.example/cdn/shop/articles/lvt-vs-laminate.jpg" alt=""></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-03-05T10:00:00Z">March 5, 2026</time></span>
<span class="caption-with-letter-spacing">by Ffion Mabry</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button">
<button class="share-button__button">Share</button></share-button></div>
<div class="article-template__content page-width page-width--narrow rte">
${ps(sIntro)}
<h2>What is the difference?</h2>
${ps(sWhat)}
<h2>Side by side</h2>
<table><thead>${sTh}</thead><tbody>
${sTable}</tbody></table>
<h2>Which rooms suit which floor?</h2>
<ul>${lis(sRooms)}</ul>
<h2>Fitting and underlay</h2>
${ps(sFit)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/guides" class="article-template__link link">Back to blog</a></div>
</article></section>
<section class="shopify-section section featured-collection"><h2 class="title">Shop the collection</h2><ul class="grid product-grid">
${sProducts
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading"><a href="/products/x">${n}</a></h3>
<div class="price"><span class="price-item price-item--regular">${p}</span></div></div></li>`,
  )
  .join('\n')}</ul></section>
<section class="shopify-section newsletter"><h2>Join the Parlour</h2><p>Get 10% off your first order and early access to new ranges.</p>
<form><input type="email" placeholder="Email"><button>Subscribe</button></form></section></main>
<footer class="footer"><ul>${links(['Delivery Information', 'Returns Policy', 'Contact', 'Trade Accounts'])}</ul>
<small class="copyright__content">© 2026, Plank &amp; Parlour. Powered by Shopify</small></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner"><p>This website uses cookies to ensure you get the best experience.</p>
<button>Accept</button><button>Decline</button></div>
</body></html>`;
const plank: TestPage = {
  name: 'heldout334-shopify-dawn-buying-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['What is the difference?', 'Side by side', 'Which rooms suit which floor?', 'Fitting and underlay'],
  body: texts([...sIntro, ...sWhat, ...sRows.flat(), ...sRooms, ...sFit]),
  bylines: ['March 5, 2026', 'by Ffion Mabry'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free samples on every floor. Order by 2pm for next-day dispatch', 'Plank & Parlour', ...sMenu.slice(2), 'Cart', 'Share',
    'Back to blog', 'Shop the collection', ...sProducts.flat(), 'Join the Parlour', 'Get 10% off your first order and early access to new ranges.',
    'Subscribe', 'Delivery Information', 'Returns Policy', 'Contact', 'Trade Accounts', '© 2026, Plank & Parlour. Powered by Shopify',
    'This website uses cookies to ensure you get the best experience.', 'Accept', 'Decline',
  ],
};

const cTitle = 'How Much Does a Loft Conversion Cost in 2027?';
const cIntro = [
  j(
    'A loft conversion is one of the most popular ways to add a bedroom without giving up garden space. The average cost in the',
    'UK is around £52,000, but the real figure for your home depends on the type of conversion, the size of the loft and where you live.',
  ),
];
const cRows: readonly [string, string, string][] = [
  ['Velux (rooflight) conversion', '£25,000 to £40,000', '4 to 6 weeks'],
  ['Dormer conversion', '£45,000 to £65,000', '6 to 8 weeks'],
  ['Hip-to-gable conversion', '£55,000 to £75,000', '8 to 10 weeks'],
  ['Mansard conversion', '£65,000 to £90,000', '10 to 12 weeks'],
];
const cFactors = [
  'Head height: you need at least 2.2 metres at the highest point, or the ceiling below may have to be lowered.',
  'Stairs: a new staircase usually costs £2,500 to £5,000 and must fit without blocking the landing below.',
  'An en suite adds £5,000 to £9,000 once plumbing, tiling and a soil pipe connection are included.',
  'Location: labour in London and the South East is typically 15 to 25 percent higher than the national average.',
];
const cSave = [
  j(
    'Get at least three detailed quotes and compare what each includes. Some builders price in scaffolding, building regulations',
    'fees and the party wall surveyor; others leave them out and the difference can run to several thousand pounds.',
  ),
  j(
    'Keeping the bathroom above the existing one shortens pipe runs, and choosing standard-size rooflights rather than bespoke',
    'glazing can save a surprising amount.',
  ),
  j(
    'Finally, be wary of quotes far below the rest. A low price that leaves out structural steel or fire doors will climb',
    'quickly once building control visits, and changes midway through a job are always the most expensive kind.',
  ),
];
const cFaq: readonly [string, string][] = [
  ['Do I need planning permission for a loft conversion?', 'Most loft conversions fall under permitted development, but mansards usually need permission.'],
  ['Does a loft conversion add value?', 'Adding a bedroom and bathroom can increase a home’s value by up to 20 percent.'],
];
const cRelated = ['House Extension Cost', 'Garage Conversion Cost', 'Cost to Replace a Roof'];
const cNav = ['Find a trade', 'Cost guides', 'Advice', 'Join as a trade', 'Log in'];
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Loft Conversion Cost 2027 | Tradecheck</title>
<meta name="viewport" content="width=device-width"><meta name="next-head-count" content="14">
<link rel="preload" href="/_next/static/css/a81f2e1c9b3d.css" as="style"><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${cFaq[0]?.[0]}"}]}</script></head>
<body><div id="__next"><div class="Layout_root__h3Kd2"><header class="Header_header__9zQ1w"><a class="Header_logo__2kFpX" href="/">Tradecheck</a>
<nav class="Header_nav__Yp0c1"><ul>${links(cNav, 'Header_item__Bb5e2')}</ul></nav></header>
<div class="Breadcrumbs_wrapper__p8Kq0"><a href="/">Home</a><span>›</span><a href="/cost-guides">Cost guides</a><span>›</span>
<span>Loft conversion</span></div>
<main class="CostGuide_main__x4Lq9"><div class="CostGuide_content__Ze7rT"><h1 class="Heading_h1__Qd2m1">${cTitle}</h1>
<div class="AuthorBlock_root__sF1aa"><p class="AuthorBlock_updated__3kLmn">Last updated: 8 January 2027</p>
<p class="AuthorBlock_written__0pQw2">Written by Corin Ashdown</p><p class="AuthorBlock_reviewed__Rt6e0">Reviewed by Mehwish Tallis, MCIOB</p></div>
<div class="KeyFacts_box__aa21Y"><span class="KeyFacts_label__Lp0oq">Average cost</span><span class="KeyFacts_value__v0Wn1">£52,000</span></div>
<div class="RichText_root__kW6s3">${ps(cIntro)}
<h2 id="prices">Loft conversion prices by type</h2>
<table class="PriceTable_table__mN3x2"><thead><tr><th>Type</th><th>Typical cost</th><th>Duration</th></tr></thead><tbody>
${cRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table><p class="PriceTable_source__Ww0v8">Source: Tradecheck quote data, 2026</p>
<h2 id="factors">What affects the cost?</h2>
<ul>${lis(cFactors)}</ul>
<h2 id="save">How to save money</h2>
${ps(cSave)}
</div>
<section class="Faq_root__u9Vt3"><h2>Frequently asked questions</h2>
${cFaq
  .map(
    ([q, a]) =>
      `<details class="Faq_item__k2Hs1"><summary class="Faq_question__v3Ne8">${q}</summary><div class="Faq_answer__Qq1z0"><p>${a}</p></div></details>`,
  )
  .join('\n')}</section></div>
<aside class="CostGuide_aside__T1nz4"><div class="QuoteCard_card__d8Wq2"><h3>Get quotes from vetted loft converters</h3>
<input placeholder="Your postcode"><button class="Button_primary__r2Kd9">Get quotes</button>
<p class="QuoteCard_small__o1Xe3">Every trade is checked and reviewed by homeowners.</p></div>
<div class="RelatedGuides_root__pL3c8"><h3>Related cost guides</h3><ul>${links(cRelated)}</ul></div></aside></main>
<footer class="Footer_footer__Xc1e0"><ul>${links(['About us', 'Careers', 'Privacy notice', 'Cookie policy'])}</ul>
<p>© 2027 Tradecheck Ltd. All rights reserved.</p></footer></div></div>
<div id="usercentrics-root"><div class="uc-banner"><p>We use cookies and similar technologies to improve our services.</p>
<button>Accept All</button><button>More Information</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"loft-conversion-cost","avgCost":52000}},
"page":"/cost-guides/[slug]","buildId":"k3Qz9vAA"}</script></body></html>`;
const tradecheck: TestPage = {
  name: 'heldout334-nextjs-cost-guide-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Loft conversion prices by type', 'What affects the cost?', 'How to save money', 'Frequently asked questions'],
  body: texts([...cIntro, ...cRows.flat(), ...cFactors, ...cSave, ...cFaq.flat()]),
  bylines: ['Last updated: 8 January 2027', 'Written by Corin Ashdown', 'Reviewed by Mehwish Tallis, MCIOB'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tradecheck', 'Find a trade', 'Cost guides', 'Advice', 'Join as a trade', 'Log in', 'Home', 'Loft conversion', 'Average cost',
    'Source: Tradecheck quote data, 2026', 'Get quotes from vetted loft converters', 'Get quotes', 'Every trade is checked and reviewed by homeowners.',
    'Related cost guides', ...cRelated, 'About us', 'Careers', 'Privacy notice', 'Cookie policy', '© 2027 Tradecheck Ltd. All rights reserved.',
    'We use cookies and similar technologies to improve our services.', 'Accept All', 'More Information',
  ],
};

export const HELDOUT334_D: readonly TestPage[] = [plank, tradecheck];
