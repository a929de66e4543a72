import { links, type TestPage, texts } from './page-kit.js';
import { independentStory } from './pages-heldout23-b2.js';

/**
 * Held-out batch 23, file b: a Business Insider-style retail story (the header with vertical nav, "Subscribe", "Newsletters" and
 * "Log in", the affiliate disclosure line, headline, byline with avatar and time, "Share" and "Save" buttons, the "Key points"
 * box, the lead image with caption and source, body text with affiliate links, a product card with its price button in the
 * middle, ad slots, the follow-the-author signup, "Read next" cards and the Insider Inc. footer).
 */
const biTitle = 'Air fryers had a great run. Now shoppers want a bigger box.';
const biKeys = [
  'Sales of basket air fryers fell 9% in the first nine months of 2025, according to retail data firm Cartwell.',
  'Countertop ovens that air fry, toast, and roast are taking their place on kitchen counters.',
  'Appliance makers say the shift is driven by families cooking full meals, not snacks.',
];
const aff = (href: string, text: string): string =>
  `<a href="${href}" rel="nofollow sponsored noopener" target="_blank"
data-analytics-module="body_link" data-affiliate="true" class="affiliate-link">${text}</a>`;
const biBody1 = [
  'For five years, the basket air fryer was the appliance everyone seemed to buy. Now it may have peaked.',
  'Unit sales of basket-style air fryers in the US fell 9% in the first nine months of 2025 compared with the same period a year ' +
    'earlier, according to data shared with Business Insider by the retail analytics firm Cartwell. Over the same period, sales ' +
    'of larger countertop ovens with an air-fry setting rose 14%.',
  '“The first wave of buyers bought an air fryer to make fries and chicken wings,” said Dana Whitlock, a senior analyst at ' +
    'Cartwell. “The second wave wants to cook a whole dinner in one go, and a basket that fits four drumsticks doesn’t cut it.”',
  'Big-box retailers have noticed. Countertop models such as the ' +
    aff('https://www.amazon.example/dp/B0CRV2291', 'Corvell Smart Oven Pro') +
    ' and the ' +
    aff('https://www.amazon.example/dp/B0NMB1190', 'Nimbus Dual-Zone Oven') +
    ' now take up more shelf space than basket models did two years ago, Whitlock said.',
];
const biH1 = 'Families want one appliance, not three';
const biBody2 = [
  'Appliance makers describe a buyer who is replacing, not adding. Many households that bought a basket air fryer during the ' +
    'pandemic also own a toaster and a microwave, and they want their counter space back.',
  '“We hear the same thing in every focus group: ‘I have too many boxes on my counter,’” said Malik Brennan, a product director ' +
    'at Corvell, whose $229 ' +
    aff('https://www.amazon.example/dp/B0CRV2291', 'Smart Oven Pro') +
    ' can air fry, bake, toast, and dehydrate. The company said the model was its best-selling product in the third quarter.',
  'Cheaper options are selling too. The $119 Nimbus Dual-Zone Oven, which splits its interior into two compartments with separate ' +
    'timers, sold out twice on Amazon this fall, according to the company.',
  'Not everyone is convinced the basket air fryer is finished. Whitlock expects sales to settle at a lower level, with the devices ' +
    'becoming a cheap second appliance rather than the centerpiece of the kitchen. “They’re not going away,” she said. ' +
    '“They’re just going back to being a gadget.”',
];
const biNav = ['Business', 'Tech', 'Markets', 'Economy', 'Retail', 'Strategy', 'Politics', 'Lifestyle', 'Reviews', 'Video'];
const biNext = [
  'I replaced my oven with a $150 countertop model for a month. Here’s what I learned.',
  'Costco’s best-selling kitchen gadgets this year, ranked by shoppers',
  'Why appliance prices are climbing again, even as inflation cools',
];
const biFoot = ['About', 'Masthead', 'Careers', 'Advertise', 'Contact Us', 'Licensing & Reprints', 'Terms of Service', 'Privacy Policy', 'Accessibility'];
const biDisclosure = 'Affiliate links for the products on this page are from partners that compensate us and terms apply to offers listed.';
const biCaption = 'Countertop ovens with an air-fry setting are outselling basket models at some retailers.';
const biHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Air Fryer Sales Fall As Shoppers Switch to Countertop Ovens - Business Insider</title>
<meta name="description" content="Basket air fryer sales fell 9% this year as shoppers buy bigger countertop ovens, data from Cartwell shows.">
<meta name="news_keywords" content="air fryers, appliances, retail"><meta name="parsely-post-id" content="6712fa0c3b1e2a9d">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Air Fryer Sales Fall As Shoppers Switch to Countertop Ovens",
"author":[{"@type":"Person","name":"Jenna Okafor","url":"https://www.businessinsider.example/author/jenna-okafor"}],
"datePublished":"2025-11-14T11:02:00Z","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","cssSelector":".content-lock-content"}}</script>
<script>window.insider = {vertical: "retail", postType: "news", isPremium: false, affiliate: true};</script></head>
<body class="post-page news-post vertical-retail">
<div id="piano-inline-banner"></div>
<header class="site-header" data-component-type="header"><a class="bi-logo" href="/" aria-label="Business Insider"><svg role="img"></svg></a>
<nav class="vertical-nav" aria-label="Verticals"><ul>${links(biNav, 'vertical-nav-item')}</ul></nav>
<div class="header-actions"><a class="subscribe-button" href="/subscription">Subscribe</a><a class="newsletter-link" href="/newsletters">Newsletters</a>
<button class="login-button" type="button">Log in</button><button class="search-toggle" aria-label="Search"></button></div></header>
<div class="ad-wrapper ad-leaderboard" data-ad-slot="top"><span class="ad-label">Advertisement</span></div>
<main id="l-content" class="l-content"><article class="post-article" data-post-id="6712fa0c3b1e2a9d">
<section class="post-top"><p class="affiliate-disclosure-text">${biDisclosure}</p>
<h1 class="post-headline">${biTitle}</h1>
<div class="byline-wrapper"><div class="byline-author-avatar"><img src="https://i.insider.example/authors/jenna-okafor.jpg" alt="Jenna Okafor"></div>
<div class="byline-info"><a class="byline-author-name" href="/author/jenna-okafor" data-analytics-module="byline_author">Jenna Okafor</a>
<div class="byline-timestamp" data-timestamp="2025-11-14T11:02:00Z">Nov 14, 2025, 6:02 AM ET</div></div>
<div class="post-actions"><button class="share-button" aria-label="Share">Share</button><button class="save-button" aria-label="Save">Save</button>
<a class="read-in-app" href="https://insider.example/app">Read in app</a></div></div></section>
<figure class="post-image-figure"><div class="lazy-holder">
<img class="lazy-image" src="https://i.insider.example/6712fb1e3b1e2a9d?width=700" alt="A countertop oven on a kitchen counter"></div>
<figcaption class="figure-caption"><span class="caption-text">${biCaption}</span>
<span class="image-source-caption">Jenna Okafor/Business Insider</span></figcaption></figure>
<div class="post-summary-bullets" data-component-type="post-summary-bullets"><h2 class="summary-list-title">Key points</h2>
<ul class="summary-list">${biKeys.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<section class="post-body-content"><div class="content-lock-content">
${biBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-wrapper ad-in-content" data-ad-slot="in_content_1"><span class="ad-label">Advertisement</span></div>
<div class="product-card" data-component-type="product-card"><div class="product-card-image"><img src="https://i.insider.example/corvell-oven.jpg" alt=""></div>
<div class="product-card-body"><p class="product-card-name">Corvell Smart Oven Pro, 12-in-1</p>
<p class="product-card-description">A 1 cubic foot oven that air fries, bakes, toasts and dehydrates.</p>
<a class="product-card-cta" href="https://www.amazon.example/dp/B0CRV2291" rel="nofollow sponsored">$229 at Amazon</a></div></div>
<h2 class="slide-title-text">${biH1}</h2>
${biBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-wrapper ad-in-content" data-ad-slot="in_content_2"><span class="ad-label">Advertisement</span></div>
</div></section>
<section class="post-follow-author"><p class="follow-author-title">Every time Jenna Okafor publishes a story, you’ll get an alert straight to your inbox!</p>
<form><input type="email" placeholder="Enter your email" aria-label="Email"><button type="submit">Sign up</button></form>
<p class="follow-author-legal">By clicking “Sign up”, you agree to receive emails from Business Insider. You can unsubscribe at any time.</p></section>
</article>
<section class="read-next" data-component-type="read-next"><h2 class="read-next-title">Read next</h2><ul>
${biNext
  .map(
    (t, i) => `<li class="read-next-item"><a href="/read-next-${i + 1}">
<img src="https://i.insider.example/rn-${i + 1}.jpg" alt=""><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></section></main>
<footer class="site-footer"><p class="footer-brand">Insider Inc.</p><ul class="footer-links">${links(biFoot)}</ul>
<p class="copyright">Copyright © 2025 Insider Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our Terms of Service
and Privacy Policy.</p><p class="stock-quotes">Stock quotes by finanzen.net</p></footer>
<div class="tp-modal" style="display:none"><p>You’ve read 3 free articles this month. Subscribe for unlimited access.</p></div>
</body></html>`;
const businessInsider: TestPage = {
  html: biHtml,
  name: 'heldout23-business-insider-key-points',
  kind: 'news',
  // the "Key points" bullets are the reporter's summary of the story under its headline, read as its opening (body, as a dek
  // is); their "Key points" label is furniture; the body's affiliate links are words of the body; "Jenna Okafor" (byline,
  // avatar alt, follow box) and the time line are bylines; the affiliate disclosure, "Share", "Save", "Read in app", the lead
  // caption and its source, the product card (name, description, price button), ad labels (once), the follow-the-author box,
  // "Read next" with its cards, the hidden paywall modal, header, nav and footer are furniture
  title: biTitle,
  headings: [biH1],
  body: [...biKeys, ...texts(biBody1), ...texts(biBody2)],
  bylines: ['Jenna Okafor', 'Nov 14, 2025, 6:02 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...biNav, 'Subscribe', 'Newsletters', 'Log in', 'Advertisement', biDisclosure, 'Share', 'Save', 'Read in app', biCaption,
    'Jenna Okafor/Business Insider', 'Key points', 'Corvell Smart Oven Pro, 12-in-1', 'A 1 cubic foot oven that air fries, bakes, toasts and dehydrates.',
    '$229 at Amazon', 'Every time Jenna Okafor publishes a story, you’ll get an alert straight to your inbox!', 'Sign up',
    'By clicking “Sign up”, you agree to receive emails from Business Insider. You can unsubscribe at any time.', 'Read next', ...biNext,
    'Insider Inc.', ...biFoot, 'Copyright © 2025 Insider Inc. All rights reserved.', 'Stock quotes by finanzen.net',
    'You’ve read 3 free articles this month. Subscribe for unlimited access.',
  ],
};

export const HELDOUT23_B: readonly TestPage[] = [businessInsider, independentStory];
