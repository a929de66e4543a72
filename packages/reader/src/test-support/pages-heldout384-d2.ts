import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file d2: a Shopify App Store listing (utility-class markup with tw- prefixes: the store header with
 * categories, the app header with rating, review count, pricing summary and "Install", the highlights row, the app's own
 * description with its feature list, the pricing plan cards, the reviews block, "More apps like this" and the footer).
 * A product page: the description and feature list are body; plan cards, badges and reviews are furniture.
 */
const sTitle = 'Pebblecart Restock Alerts';
const sLede = 'Let shoppers ask to be told when a sold-out size or colour is back, and turn that demand into your next purchase order.';
const sBody = [
  j(
    'Out-of-stock pages are where sales quietly disappear. Pebblecart puts a short "Notify me" form on every sold-out variant, sends',
    'an email or text the moment stock returns, and shows you which products people are waiting for, so you can reorder the',
    'right sizes before you run out again.',
  ),
  j(
    'Setup takes a few minutes. The form is added with a theme app block, so there is no code to paste, and it matches your',
    "theme's fonts and buttons automatically. Alerts are sent in the shopper's language when your store has more than one.",
  ),
];
const sFeat = [
  'Back-in-stock alerts by email and SMS, sent automatically when inventory is updated.',
  'A demand report that ranks variants by the number of people waiting.',
  'Pre-order buttons for items with a known restock date.',
  'Alert throttling so that a small delivery is not promised to a thousand people at once.',
  'Connects to Shopify Flow and Shopify Email for your own follow-up campaigns.',
];
const sEnd = [
  j(
    'Our support team answers in under a day, every day of the week, and will set the form up for you on request. Pebblecart is',
    'built by a team that ran a shoe shop for nine years before writing a single line of code.',
  ),
];
const sCats = ['Store design', 'Sales channels', 'Marketing and conversion', 'Orders and shipping', 'Store management'];
const sPlans: readonly (readonly [string, string, string])[] = [
  ['Free', 'Free', '50 alerts per month'],
  ['Growth', '$19 / month', '2,000 alerts per month'],
  ['Pro', '$59 / month', 'Unlimited alerts and SMS'],
];
const sLike = ['Stocklight Waitlist', 'Backorder Buddy', 'Hushwear Pre-order'];
const sFoot = ['Shopify App Store', 'Log in', 'Start free trial', 'Privacy', 'Terms', 'Sitemap', 'Developers', 'Partner program'];
const sHtml = `<!DOCTYPE html><html lang="en" class="tw-scroll-smooth"><head><meta charset="utf-8">
<title>Pebblecart Restock Alerts - Back in stock emails | Shopify App Store</title>
<meta name="description" content="${sLede}"><meta property="og:title" content="${sTitle} | Shopify App Store">
<link rel="canonical" href="https://apps.shopify.com/pebblecart-restock">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareApplication","name":"${sTitle}","applicationCategory":
"BusinessApplication","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","ratingCount":"612"},"offers":{"@type":"Offer","price":"0"}}</script>
<script>window.dataLayer = window.dataLayer || [];dataLayer.push({"appHandle":"pebblecart-restock","pageType":"app_details"});</script>
<link rel="stylesheet" href="https://cdn.shopify.example/app-store/assets/tailwind-6b1f2c.css"></head>
<body class="tw-bg-canvas-primary"><div id="app-store-app"><header class="tw-sticky tw-top-0 tw-bg-canvas-primary" data-controller="header">
<a class="tw-flex tw-items-center" href="/" aria-label="Shopify App Store home"><span class="tw-text-heading-xs">Shopify App Store</span></a>
<nav class="tw-hidden lg:tw-flex"><ul class="tw-flex tw-gap-md">${links(sCats, 'tw-text-body-sm')}</ul></nav>
<a class="tw-text-link-sm" href="https://accounts.shopify.example/store-login">Log in</a>
<a class="tw-button tw-button-primary" href="https://www.shopify.example/signup">Start free trial</a></header>
<main id="main-content" class="tw-container"><section id="adp-hero" class="tw-grid lg:tw-grid-cols-12 tw-gap-xl">
<div class="tw-col-span-5"><div class="tw-flex tw-gap-sm"><img class="tw-rounded-md" src="https://cdn.shopify.example/app-store/listing_images/pebble/icon.png"
alt=""><div><h1 class="tw-text-heading-lg tw-text-fg-primary">${sTitle}</h1>
<p class="tw-text-body-sm tw-text-fg-secondary">Built for Shopify</p></div></div>
<dl class="tw-grid tw-grid-cols-2"><div><dt class="tw-text-body-xs">Rating</dt><dd class="tw-text-body-sm">4.9</dd></div>
<div><dt class="tw-text-body-xs">Pricing</dt><dd class="tw-text-body-sm">Free plan available</dd></div>
<div><dt class="tw-text-body-xs">Developer</dt><dd><a class="tw-text-link-sm" href="/partners/pebblecart">Pebblecart Studio</a></dd></div>
<div><dt class="tw-text-body-xs">Launched</dt><dd class="tw-text-body-sm">August 14, 2021</dd></div></dl>
<a class="tw-text-link-sm" href="#adp-reviews">612 reviews</a>
<button class="tw-button tw-button-primary tw-w-full" data-action="install">Install</button>
<button class="tw-button tw-button-secondary tw-w-full">View demo store</button></div>
<div class="tw-col-span-7"><div class="tw-aspect-video"><img src="https://cdn.shopify.example/app-store/listing_images/pebble/desktop/1.png"
alt="The Notify me form on a sold-out product page"></div></div></section>
<section id="adp-highlights" class="tw-py-xl"><h2 class="tw-text-heading-sm">Highlights</h2><ul class="tw-flex tw-gap-lg">
<li class="tw-text-body-sm">Works with the latest themes</li><li class="tw-text-body-sm">Use directly in Shopify admin</li>
<li class="tw-text-body-sm">Popular with businesses in Canada</li></ul></section>
<section id="app-details" class="tw-grid lg:tw-grid-cols-12"><div class="tw-col-span-8">
<h2 class="tw-text-heading-lg">${sLede}</h2>
<div class="tw-text-body-md tw-text-fg-secondary">${ps(sBody)}</div>
<ul class="tw-list-disc tw-pl-md">${sFeat.map((f) => `<li class="tw-text-body-md">${f}</li>`).join('\n')}</ul>
<div class="tw-text-body-md tw-text-fg-secondary">${ps(sEnd)}</div></div>
<aside class="tw-col-span-4"><dl><dt class="tw-text-heading-xs">Languages</dt><dd>English, French, German, and Spanish</dd>
<dt class="tw-text-heading-xs">Works with</dt><dd>Shopify Flow, Shopify Email, Klaviyo</dd>
<dt class="tw-text-heading-xs">Categories</dt><dd><a href="/categories/store-management-operations-inventory">Inventory and stock alerts</a></dd></dl></aside>
</section>
<section id="adp-pricing" class="tw-py-xl"><h2 class="tw-text-heading-lg">Pricing</h2><div class="tw-grid tw-grid-cols-3 tw-gap-md">
${sPlans
  .map(
    ([n, p, f]) => `<div class="app-details-pricing-plan-card tw-rounded-md"><p class="tw-text-heading-xs">${n}</p><h3 class="tw-text-heading-md">${p}</h3>
<ul><li class="tw-text-body-sm">${f}</li></ul></div>`,
  )
  .join('\n')}</div>
<p class="tw-text-body-xs">All charges are billed in USD. Recurring and usage-based charges are billed every 30 days.</p></section>
<section id="adp-reviews" class="tw-py-xl"><h2 class="tw-text-heading-lg">Reviews (612)</h2><div class="tw-text-body-md">Overall rating 4.9</div>
<div data-merchant-review class="tw-border-b"><div class="tw-text-heading-xs">Lantern &amp; Loom</div><div class="tw-text-body-xs">Canada</div>
<div class="tw-text-body-xs">February 2, 2026</div>
<p class="tw-text-body-md">We reordered our best-selling linen shirt in the sizes people were actually waiting
for. The demand report paid for the app in a week.</p></div><a class="tw-text-link-sm" href="/pebblecart-restock/reviews">See all reviews</a></section>
<section id="adp-similar" class="tw-py-xl"><h2 class="tw-text-heading-lg">More apps like this</h2><ul>${links(sLike)}</ul></section></main>
<footer class="tw-bg-canvas-secondary"><ul class="tw-flex tw-gap-md">${links(sFoot.slice(3))}</ul><p class="tw-text-body-xs">© 2026 Shopify Inc.</p></footer>
</div><script src="https://cdn.shopify.example/app-store/assets/application-a81d.js" defer></script></body></html>`;
export const shopifyApp: TestPage = {
  name: 'heldout384-shopify-app-store-listing',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sLede],
  body: texts([...sBody, ...sFeat, ...sEnd]),
  bylines: ['Pebblecart Studio', 'August 14, 2021'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sFoot.slice(0, 3), ...sCats, 'Built for Shopify', 'Rating', 'Pricing', 'Free plan available', 'Developer', 'Launched', '612 reviews', 'Install',
    'View demo store', 'Highlights', 'Works with the latest themes', 'Use directly in Shopify admin', 'Popular with businesses in Canada', 'Languages',
    'English, French, German, and Spanish', 'Works with', 'Shopify Flow, Shopify Email, Klaviyo', 'Categories', 'Inventory and stock alerts',
    ...sPlans.flatMap(([n, p, f]) => (n === 'Free' ? [f] : [n, p, f])),
    'All charges are billed in USD. Recurring and usage-based charges are billed every 30 days.',
    'Reviews (612)', 'Overall rating 4.9', 'Lantern & Loom', 'February 2, 2026',
    'We reordered our best-selling linen shirt in the sizes people were actually waiting for. The demand report paid for the app in a week.',
    'See all reviews', 'More apps like this', ...sLike, ...sFoot.slice(3), '© 2026 Shopify Inc.',
  ],
};
