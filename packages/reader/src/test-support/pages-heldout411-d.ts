import { links, ps, type TestPage, texts } from './page-kit.js';
import { wpRecall } from './pages-heldout411-d2.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file d: a home and hardware retailer's product recalls page on Salesforce Commerce Cloud (promo
 * banner, header with store picker, search and mini cart, category menu, breadcrumbs, a content asset listing five
 * recalls, each with its own heading, posted date and Product / Issue / What to do lines, the "Need help?" rail, email
 * sign-up, footer link columns), a listing page, and, from file d2, a manufacturer's voluntary recall on WordPress.
 */
const rTitle = 'Product Recalls';
const rIntro = [
  j(
    'The safety of our customers is our first priority. When a supplier or a government agency tells us that a product we sell',
    'may be unsafe, we stop selling it right away and post the details here. If you bought a product listed on this page, please',
    'follow the instructions for that product. You do not need a receipt to return a recalled item to any Tillman’s store.',
  ),
];
type Recall = { title: string; date: string; product: string; issue: string; todo: string };
const rItems: Recall[] = [
  {
    title: 'Brannock 20V Cordless Hedge Trimmer',
    date: 'Posted March 11, 2026',
    product: 'Brannock 20V cordless hedge trimmer, model BHT-2022, sold from August 2025 to February 2026. Item #418-2290.',
    issue: 'The blade brake can fail to stop the blade within two seconds after the trigger is released, posing a laceration hazard.',
    todo: 'Stop using the trimmer, remove the battery and return the trimmer to any Tillman’s store for a full refund or a store credit.',
  },
  {
    title: 'Westcombe 6-Quart Slow Cooker',
    date: 'Posted March 4, 2026',
    product: 'Westcombe 6-quart programmable slow cooker in stainless steel and black, model WC-SC6P. Item #221-0874.',
    issue: 'The handles on the stoneware insert can crack when the insert is lifted while hot, posing a burn hazard.',
    todo: 'Contact Westcombe at 800-555-0188 for a free replacement insert. You may keep using the cooker base with a replacement insert.',
  },
  {
    title: 'Ferrand Kids’ Step Stool',
    date: 'Posted February 24, 2026',
    product: 'Ferrand two-step wooden step stool for children in white and natural pine, sold online only. Item #774-1102.',
    issue: 'The top step can separate from the frame when a child stands near its edge, posing a fall hazard.',
    todo: 'Take the stool away from children and contact Tillman’s Customer Care for a prepaid return label and a full refund.',
  },
  {
    title: 'Calloway Outdoor Extension Cords, 25 ft and 50 ft',
    date: 'Posted February 9, 2026',
    product: 'Calloway 14-gauge outdoor extension cords in orange, 25 ft (Item #330-4410) and 50 ft (Item #330-4411), date codes 2507 to 2511.',
    issue: 'The cords’ conductors are thinner than marked and can overheat when used with high-power tools, posing fire and burn hazards.',
    todo: 'Unplug the cord and return it to any Tillman’s store for a full refund. Cords with other date codes are not affected.',
  },
  {
    title: 'Orla Glass Storage Containers, 10-Piece Set',
    date: 'Posted January 27, 2026',
    product: 'Orla 10-piece glass food storage set with blue lids, sold in stores and online. Item #560-7721.',
    issue: 'The glass can shatter when the containers are moved from the freezer into a hot oven, posing a laceration hazard.',
    todo: 'Do not use the containers in the oven. Return the set to any Tillman’s store for a full refund, or keep it for cold storage.',
  },
];
const rOutro = [
  j(
    'For recalls of products not sold by Tillman’s, or for recalls more than twelve months old, please visit the website of the',
    'product’s manufacturer. Questions about a recall listed here can be sent to Customer Care, who answer every day from 7 a.m.',
    'to 10 p.m.',
  ),
];
const rBody = [...rIntro, ...rItems.flatMap((r) => [`Product: ${r.product}`, `Issue: ${r.issue}`, `What to do: ${r.todo}`]), ...rOutro];
const rNav = ['Tools', 'Hardware', 'Paint', 'Garden & Outdoor', 'Kitchen', 'Lighting & Electrical', 'Storage', 'Deals'];
const rHelp = ['Order Status', 'Returns & Exchanges', 'Shipping Information', 'Product Recalls & Safety Notices', 'Contact Customer Care'];
const rFoot1 = ['About Tillman’s', 'Careers', 'Investor Relations', 'Sustainability'];
const rFoot2 = ['Store Locator', 'Gift Cards', 'Tillman’s Credit Card', 'Pro Services'];
const rFoot3 = ['Privacy Policy', 'Terms of Use', 'Accessibility', 'Do Not Sell or Share My Personal Information'];
const item = (r: Recall, i: number): string => `<div class="recall-item" id="recall-${i + 1}"><h2 class="recall-item__title">${r.title}</h2>
<p class="recall-item__date"><em>${r.date}</em></p>
<p><strong>Product:</strong> ${r.product}</p>
<p><strong>Issue:</strong> ${r.issue}</p>
<p><strong>What to do:</strong> ${r.todo}</p></div>`;
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Product Recalls | Tillman’s Home &amp; Hardware</title>
<meta name="description" content="Product recall information for items sold at Tillman’s Home &amp; Hardware stores and online.">
<link rel="canonical" href="https://www.tillmans.example/product-recalls.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Product Recalls","isPartOf":{"@type":"WebSite",
"name":"Tillman’s Home & Hardware"}}</script>
<script>var pageContext={"title":"Content Asset","type":"content","ns":"content"};window.SitePreferences={"STORE_PICKUP":true};</script>
<link rel="stylesheet" href="/on/demandware.static/Sites-tillmans-Site/-/en_US/v1710200000/css/style.css"></head>
<body><div id="wrapper" class="pt_content"><div class="header-promo-banner"><div class="html-slot-container"><p>Free shipping on orders over $49.
<a href="/shipping">Details</a></p></div></div>
<div class="top-banner" role="banner"><div class="primary-logo"><a href="/" title="Tillman’s Home">Tillman’s Home &amp; Hardware</a></div>
<div class="header-store-picker"><span class="store-label">My Store:</span> <a href="/stores">Brookfield Road</a></div>
<div class="header-search"><form role="search" action="/search" name="simpleSearch"><label class="visually-hidden" for="q">Search Catalog</label>
<input type="text" id="q" name="q" placeholder="What can we help you find?"></form></div>
<div id="mini-cart"><a class="mini-cart-link" href="/cart" title="View Cart"><span class="minicart-quantity">0</span> Cart</a></div>
<div class="user-info"><a class="user-account" href="/account">Sign In</a></div>
<nav id="navigation" role="navigation"><ul class="menu-category level-1">${links(rNav, 'menu-item')}</ul></nav></div>
<div id="main" role="main" class="page-content clearfix"><ol class="breadcrumb"><li class="breadcrumb-element"><a href="/">Home</a></li>
<li class="breadcrumb-element"><a href="/help">Customer Service</a></li><li class="breadcrumb-element">Product Recalls</li></ol>
<div id="secondary" class="nav"><div class="content-asset"><h3 class="secondary-navigation-heading">Need help?</h3>
<ul class="secondary-navigation">${links(rHelp)}</ul></div></div>
<div id="primary" class="primary-content"><div class="content-header"><h1 class="content-header">${rTitle}</h1></div>
<div class="content-asset"><!-- dwMarker="content" dwContentID="bcx7aiaaiDq2Uaaadk1Jcb1eXs" -->
${ps(rIntro)}
${rItems.map(item).join('\n')}
${ps(rOutro)}
</div></div></div>
<div class="footer-email-signup"><h2>Sign up for emails</h2><p>Be the first to hear about deals, new products and project ideas.</p>
<form><input type="email" placeholder="Enter email address"><button type="submit">Sign Up</button></form></div>
<footer><div class="footer-container"><div class="footer-item"><h4>Our Company</h4><ul>${links(rFoot1)}</ul></div>
<div class="footer-item"><h4>Shop With Us</h4><ul>${links(rFoot2)}</ul></div><div class="footer-copy"><ul>${links(rFoot3)}</ul>
<p class="copyright">© 2026 Tillman’s Home &amp; Hardware, Inc. All rights reserved.</p></div></div></footer></div>
<script src="/on/demandware.static/Sites-tillmans-Site/-/en_US/v1710200000/js/app.js"></script></body></html>`;
const retailer: TestPage = {
  name: 'heldout411-sfcc-retailer-recalls-listing',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rItems.map((r) => r.title),
  body: texts(rBody),
  bylines: rItems.map((r) => r.date),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free shipping on orders over $49.', 'Details', 'Tillman’s Home & Hardware', 'My Store:', 'Brookfield Road', 'Search Catalog', 'Cart', 'Sign In', ...rNav,
    'Home', 'Customer Service', 'Need help?', ...rHelp, 'Sign up for emails', 'Be the first to hear about deals, new products and project ideas.', 'Sign Up',
    'Our Company', ...rFoot1, 'Shop With Us', ...rFoot2, ...rFoot3, '© 2026 Tillman’s Home & Hardware, Inc. All rights reserved.',
  ],
};

export const HELDOUT411_D: readonly TestPage[] = [retailer, wpRecall];
