import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file b2: a Food & Wine gift guide on the Dotdash Meredith (mntl-) template (header and mega menu,
 * breadcrumb, byline with "Updated on", commerce disclosure, product cards with retailer buttons and prices, image credits,
 * "Read more" promo, newsletter sign-up, "Explore more" tags, footer with the Dotdash Meredith line, cookie banner).
 */
const fTitle = '16 Gifts for the Home Cook Who Already Owns Everything';
const fDek = 'Thoughtful upgrades, pantry treats and a few splurges, chosen by our editors.';
const fIntro = [
  j(
    'Shopping for someone whose kitchen is already stocked is its own small puzzle. They have the stand mixer, the good knife and',
    'the Dutch oven in two colors. What they rarely buy for themselves are the small luxuries: a better pepper mill, a bottle of',
    'vinegar aged longer than their nephew, or a tool so specific it feels like a secret.',
  ),
  j(
    'Our editors tested or cooked with every item below over the past year. Prices were accurate at the time of publishing, and',
    'we have grouped the gifts by budget so you can skip straight to yours.',
  ),
  j(
    'A tip from our test kitchen: pair a small tool with something to use it on. The pepper mill is nicer with a bag of good',
    'peppercorns tucked in beside it, and the spatula makes a better present wrapped with a piece of fresh fish and a lemon.',
  ),
];
const fItems: [string, string][] = [
  [
    'Orrin Brass Pepper Mill',
    j(
      'A heavy, hand-turned mill with a ceramic burr that adjusts from powder-fine to cracked. Senior editor Hollis Wray has used',
      'hers daily for eight months and it has not drifted once.',
    ),
  ],
  ['Valdesca 12-Year Balsamic', 'Syrupy enough to drizzle over strawberries or aged cheese. It comes in a wooden box, which does the gift-wrapping for you.'],
  [
    'Pemberton Fish Spatula',
    'Thin, flexible and slotted, it slides under a seared scallop without tearing it and, in our tests, flipped a delicate omelet with no help.',
  ],
  ['Saltmarsh Flake Sampler', 'Six small tins of finishing salt from coastal farms, including a smoked version that turns a plain fried egg into an event.'],
];
const fHs = ['Under $50', 'Splurge-worthy gifts', 'How we chose'];
const fSplurge: [string, string][] = [
  ['Kettlewood Carbon Steel Wok', 'Pre-seasoned and flat-bottomed so it works on induction, this wok gets hot fast and, with care, will last for decades.'],
];
const fHow = [
  'We looked for gifts that meet three tests:',
  'It does one job better than the version most people already own.',
  'It is useful at least once a week, or delicious enough that no one minds.',
  'It feels like a treat rather than a chore to maintain.',
];
const fNav = ['Recipes', 'Cooking', 'Wine', 'Restaurants', 'Travel', 'News', 'Gifts', 'Best Products'];
const fTags = ['Gift Guides', 'Kitchen Tools', 'Holiday Entertaining'];
const fFoot = ['About Us', 'Editorial Guidelines', 'Product Reviews', 'Contact', 'Privacy Policy', 'Terms of Service', 'Careers', 'Advertise'];
const card = (
  it: [string, string],
  n: number,
  shop: string,
  amount: string,
): string => `<div id="mntl-sc-block_${n}" class="comp mntl-sc-block mntl-sc-block-commerce">
<h3 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${it[0]}</span></h3>
<figure class="comp mntl-sc-block-image figure-landscape"><img src="https://www.foodandwine.example/thmb/${n}.jpg" alt="${it[0]}" class="lazyload">
<figcaption class="comp figure-article-caption"><span class="figure-article-caption-owner">${shop}</span></figcaption></figure>
<p class="comp mntl-sc-block mntl-sc-block-html">${it[1]}</p>
<div class="mntl-product-card__commerce"><a class="mntl-commerce-button" href="https://${shop.toLowerCase()}.example/p${n}" rel="nofollow noopener">
<span class="mntl-commerce-button__price">${amount}</span> <span class="mntl-commerce-button__retailer">at ${shop}</span></a></div></div>`;
const fHtml = `<!DOCTYPE html><html lang="en" class="comp html mntl-html"><head><meta charset="utf-8"><title>${fTitle}</title>
<meta name="description" content="${fDek}"><meta property="og:site_name" content="Food &amp; Wine">
<script
type="application/ld+json">[{"@context":"http://schema.org","@type":["ListArticle"],"headline":"${fTitle}","datePublished":"2026-11-10T08:00:00.000-05:00",
"dateModified":"2026-11-21T12:14:00.000-05:00","author":[{"@type":"Person","name":"Delphine Oyelaran"}]}]</script>
<script>window.Mntl=window.Mntl||{};Mntl.DFP={adUnitPath:"/1234/fw.gifts"};</script></head>
<body id="listsc_1-0" class="comp listsc mntl-body food-and-wine">
<header id="header_1-0" class="comp header mntl-header"><a href="/" class="mntl-header__logo" aria-label="Visit Food &amp; Wine's homepage">Food &amp; Wine</a>
<nav class="mntl-header-nav"><ul class="mntl-fullscreen-nav__list">${links(fNav, 'mntl-fullscreen-nav__list-item')}</ul></nav>
<a class="mntl-account-button" href="/account">Log In</a><a class="mntl-header__subscribe" href="/subscribe">Subscribe</a></header>
<main id="main_1-0" class="loc main"><article id="listsc-article_1-0" class="comp article listsc-article">
<ul id="mntl-breadcrumbs_1-0" class="comp mntl-breadcrumbs">${links(['Best Products', 'Gifts'], 'mntl-breadcrumbs__item')}</ul>
<header class="loc article-header"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${fTitle}</h1>
<h2 class="comp article-subheading type--dog">${fDek}</h2>
<div id="mntl-bylines_1-0" class="comp mntl-bylines"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span>
<a class="mntl-attribution__item-name" href="/delphine-oyelaran">Delphine Oyelaran</a></div>
<div class="mntl-attribution__item-date">Updated on November 21, 2026</div></div>
<div class="comp mntl-commerce-disclaimer"><p>We independently evaluate all recommended products and services. If you click on links we provide, we may
receive compensation.</p></div>
<div class="comp social-share"><a class="social-share__button" href="#">Pin</a><a class="social-share__button" href="#">Email</a></div></header>
<div id="article-content_1-0" class="loc article-content"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page structured-content">
${ps(fIntro, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${fHs[0]}</span></h2>
${card(fItems[0] as [string, string], 2, 'Amazon', '$48')}
${card(fItems[1] as [string, string], 3, 'Williams', '$42')}
<div class="mntl-sc-block-featuredlink"><p><strong>Read more:</strong> <a href="/best-cookbooks">The Best New Cookbooks of the Year</a></p></div>
${card(fItems[2] as [string, string], 4, 'Target', '$19')}
${card(fItems[3] as [string, string], 5, 'Etsy', '$36')}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${fHs[1]}</span></h2>
${card(fSplurge[0] as [string, string], 6, 'Wayfair', '$189')}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${fHs[2]}</span></h2>
<p class="comp mntl-sc-block mntl-sc-block-html">${fHow[0]}</p><ul class="comp mntl-sc-block mntl-sc-block-html">${fHow
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div></div>
<div class="comp mntl-newsletter-signup"><p class="mntl-newsletter-signup__title">Get our best recipes delivered to your inbox.</p>
<input type="email" placeholder="Enter your email"><button>Sign Up</button></div>
<div class="comp mntl-taxonomy-tags"><span>Explore more:</span><ul>${links(fTags, 'mntl-taxonomy-tags__item')}</ul></div></article></main>
<footer id="footer_1-0" class="comp footer mntl-footer"><ul>${links(fFoot, 'mntl-footer__item')}</ul>
<p class="mntl-footer__copyright">Food &amp; Wine is part of the Dotdash Meredith publishing family.</p></footer>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">This website uses cookies to enhance user experience and to analyze performance and traffic.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></body></html>`;
export const foodWine: TestPage = {
  name: 'heldout317-foodandwine-giftguide',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [fHs[0] ?? '', ...fItems.map((i) => i[0]), fHs[1] ?? '', ...fSplurge.map((i) => i[0]), fHs[2] ?? ''],
  body: texts([fDek, ...fIntro, ...fItems.map((i) => i[1]), ...fSplurge.map((i) => i[1]), ...fHow]),
  bylines: ['By Delphine Oyelaran', 'Updated on November 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Food & Wine', ...fNav, 'Log In', 'Subscribe', 'Gifts',
    'We independently evaluate all recommended products and services. If you click on links we provide, we may receive compensation.', 'Pin', 'Email',
    'Amazon', 'Williams', 'Target', 'Etsy', 'Wayfair', '$48 at Amazon', '$42 at Williams', '$19 at Target', '$36 at Etsy', '$189 at Wayfair',
    'Read more: The Best New Cookbooks of the Year', 'Get our best recipes delivered to your inbox.', 'Sign Up', 'Explore more:', ...fTags, ...fFoot,
    'Food & Wine is part of the Dotdash Meredith publishing family.',
    'This website uses cookies to enhance user experience and to analyze performance and traffic.', 'Accept All Cookies',
  ],
};
