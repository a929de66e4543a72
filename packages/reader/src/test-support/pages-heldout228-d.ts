import { links, ps, type TestPage, texts } from './page-kit.js';
import { teaBlog } from './pages-heldout228-d2.js';

/**
 * Held-out batch 228, file d: a bike shop's maintenance guide on a Shopify theme (USP bar, mega menu, guide breadcrumb, "Written
 * by" with a workshop role, a "You will need" list with product links, numbered steps with h3s, a warning callout, a "Book a
 * service" banner inside the text, a video embed, related products, Judge.me-style question box, the footer) and, from file d2,
 * a tea company's blog post.
 */
const title = 'How to clean and lube your bike chain';
const intro = [
  'A clean, lubed chain runs quieter, shifts better and makes your cassette and chainrings last thousands of miles longer. It takes ' +
    'about fifteen minutes, and you do not need a workshop stand to do it.',
];
const h1 = 'How often should you do it?';
const p1 = [
  'In dry weather, a quick wipe and re-lube every 200 miles is plenty. After a wet or muddy ride, clean it the same day: grit mixed ' +
    'with water turns into a grinding paste that wears the drivetrain faster than anything else.',
];
const h2 = 'What you will need';
const need = [
  'A chain degreaser, ideally a biodegradable one',
  'A stiff brush or a chain-cleaning tool',
  'Clean rags (old cotton T-shirts work well)',
  'A bucket of warm soapy water',
  'Chain lube to suit the conditions: wet or dry',
];
const h3 = 'Step by step';
const steps = [
  { h: '1. Shift into the smallest sprocket', p: 'This puts the least tension on the chain and gives you room to work with a rag behind the rear mech.' },
  {
    h: '2. Apply degreaser',
    p: 'Spray or brush degreaser onto the chain while you turn the pedals backwards. Let it sit for a couple of minutes to break down old lube.',
  },
  {
    h: '3. Scrub and rinse',
    p: 'Scrub the chain, the jockey wheels and the cassette with the brush, then rinse with soapy water and a gentle stream of clean water.',
  },
  { h: '4. Dry thoroughly', p: 'Run the chain through a dry rag until no more black comes off. Leave the bike for ten minutes if it is still damp.' },
  {
    h: '5. Lube and wipe',
    p: 'Apply one drop of lube to the top of each roller as you backpedal slowly. Leave it for five minutes, then wipe off the excess with a clean rag.',
  },
];
const warn =
  'Never spray degreaser near your disc brake rotors or pads. If you get any on them, clean the rotor with isopropyl alcohol and replace contaminated pads.';
const h4 = 'When to replace your chain';
const p4 = [
  'Chains stretch as the pins and rollers wear. Check yours with a chain checker every month or so: once it reads 0.5 percent on an ' +
    '11 or 12-speed drivetrain, or 0.75 percent on older ones, it is time for a new chain.',
  'Leave it too long and the worn chain will have worn the cassette to match, turning a £30 job into a £100 one.',
];
const usp = ['Free UK delivery over £50', 'Cycle to Work scheme partner', 'Price match promise'];
const nav = ['Bikes', 'E-Bikes', 'Components', 'Clothing', 'Accessories', 'Workshop', 'Guides', 'Sale'];
const crumbs = ['Home', 'Guides', 'Maintenance'];
const needLinks = ['Shop degreaser', 'Shop chain lube'];
const banner = ['Short on time?', 'Our workshop will clean and re-lube your drivetrain as part of any service from £45.', 'Book a service'];
const video = 'Watch: chain cleaning in 3 minutes';
const prods = [
  ['Grit Off Bio Degreaser 1L', '£12.99'],
  ['Hillside Wet Lube 120ml', '£8.50'],
  ['Park-style Chain Checker', '£14.00'],
];
const ask = ['Have a question about this guide?', 'Ask our mechanics', 'Your question', 'Send'];
const foot = ['Contact', 'Delivery & Returns', 'Finance', 'Store & Workshop', 'Warranty', 'About Us', 'Privacy Policy', 'Terms'];
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>How to Clean and Lube Your Bike Chain | Spokehouse Guides</title><meta name="description" content="${intro[0]?.slice(0, 110)}">
<link rel="canonical" href="https://spokehouse.example/blogs/guides/how-to-clean-and-lube-your-bike-chain">
<script>var Shopify = Shopify || {};Shopify.shop = "spokehouse-cycles.myshopify.com";Shopify.locale = "en";</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"${title}","totalTime":"PT15M",
"tool":[{"@type":"HowToTool","name":"Stiff brush"}]}</script>
<link rel="stylesheet" href="//spokehouse.example/cdn/shop/t/12/assets/theme.css">
<script src="//spokehouse.example/cdn/shop/t/12/assets/theme.js" defer></script></head>
<body class="template-article"><a class="in-page-link visually-hidden skip-link" href="#MainContent">Skip to content</a>
<div class="usp-bar"><ul>${usp.map((t) => `<li class="usp-bar__item">${t}</li>`).join('')}</ul></div>
<header class="site-header"><a class="site-header__logo" href="/">Spokehouse</a><nav id="AccessibleNav">
<ul class="site-nav">${links(nav, 'site-nav__item')}</ul></nav>
<div class="site-header__icons"><a href="/search" class="site-header__search"><span class="icon__fallback-text">Search</span></a>
<a href="/cart"><span class="icon__fallback-text">Cart</span></a></div></header>
<main class="main-content" id="MainContent" role="main"><nav class="breadcrumb" role="navigation" aria-label="breadcrumbs">${links(crumbs)}</nav>
<article class="article" itemscope itemtype="http://schema.org/Article"><header class="article__header"><h1 class="article__title">${title}</h1>
<div class="article__meta"><span class="article__author">Written by Jonah Pryce, Head Mechanic</span><time datetime="2025-03-06">6 March 2025</time>
</div></header>
<div class="rte article__content" itemprop="articleBody">
${ps(intro)}
<h2>${h1}</h2>
${ps(p1)}
<h2>${h2}</h2>
<ul>${need.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p class="guide-links"><a href="/collections/degreasers">${needLinks[0]}</a> | <a href="/collections/chain-lube">${needLinks[1]}</a></p>
<h2>${h3}</h2>
<ol class="guide-steps">${steps.map((s) => `<li><h3>${s.h}</h3><p>${s.p}</p></li>`).join('\n')}</ol>
<div class="callout callout--warning" role="note"><p><strong>Warning:</strong> ${warn}</p></div>
<div class="workshop-banner"><p class="workshop-banner__title">${banner[0]}</p><p>${banner[1]}</p><a class="btn" href="/pages/workshop">${banner[2]}</a></div>
<div class="video-wrapper"><iframe title="${video}" src="https://www.youtube-nocookie.com/embed/xY3kPq" allowfullscreen></iframe>
<p class="video-caption">${video}</p></div>
<h2>${h4}</h2>
${ps(p4)}
</div></article>
<section class="related-products"><h2>Products in this guide</h2><div class="grid">
${prods
  .map(
    (p) => `<div class="grid-product"><a href="/products/${p[1]}"><div class="grid-product__title">${p[0]}</div>
<div class="grid-product__price">${p[1]}</div></a></div>`,
  )
  .join('\n')}
</div></section>
<section class="guide-question"><h2>${ask[0]}</h2><p>${ask[1]}</p><form><label for="gq">${ask[2]}</label><textarea id="gq"></textarea>
<button>${ask[3]}</button></form></section></main>
<footer class="site-footer"><ul>${links(foot, 'site-footer__linklist-item')}</ul><p>© 2025, Spokehouse Cycles. Powered by Shopify</p></footer></body></html>`;
const bike: TestPage = {
  html,
  name: 'heldout228-bike-shop-maintenance-guide',
  kind: 'docs',
  // the step titles (h3 inside list items) are headings; the warning callout is body (with its label); the "Shop" links, the
  // workshop banner, the video caption and the products rail are furniture
  title,
  headings: [h1, h2, h3, ...steps.map((s) => s.h), h4],
  body: [...texts(intro), ...texts(p1), ...need, ...steps.map((s) => s.p), `Warning: ${warn}`, ...texts(p4)],
  bylines: ['Written by Jonah Pryce, Head Mechanic', '6 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...usp, 'Spokehouse', ...nav, 'Search', 'Cart', 'Home', 'Maintenance', ...needLinks, ...banner, video,
    'Products in this guide', ...prods.flat(), ...ask, ...foot, '© 2025, Spokehouse Cycles. Powered by Shopify',
  ],
};

export const HELDOUT228_D: readonly TestPage[] = [bike, teaBlog];
