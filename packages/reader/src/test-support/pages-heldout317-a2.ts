import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file a2: a 9to5Toys deals post on WordPress (top bar, deal price box with "Shop now" button and "Amazon"
 * label, author line with time, affiliate note, share buttons, "Today's best deals" rail, "Trending" sidebar, Disqus-free
 * comments placeholder, footer).
 */
const nTitle = 'Harlow’s 12-cup programmable coffee maker returns to its all-time low at $39 (Reg. $69)';
const nBody = [
  j(
    'Amazon is now offering the Harlow BrewSmart 12-cup programmable coffee maker for $39 shipped. Regularly $69, this is a 43 percent',
    'discount, matches the lowest price we have tracked, and comes in $10 under the sale price we saw over the summer.',
  ),
  j(
    'The BrewSmart has a 24-hour delay timer, so you can load it at night and wake up to a full carafe, along with a bold setting that',
    'slows the water flow for a stronger cup. The glass carafe sits on a warming plate that shuts itself off after two hours, and a',
    'pause-and-pour feature lets you grab a mug before the brew cycle finishes.',
  ),
  'Here are the highlights from the listing:',
  '12-cup glass carafe with drip-free spout',
  'Programmable 24-hour start and two-hour auto shut-off',
  'Bold and regular strength settings',
  'Reusable gold-tone filter included',
  j(
    'Over 4,800 reviewers give it 4.5 out of 5 stars. If you would rather skip the carafe entirely, the single-serve Harlow Cuppa',
    'is also down to $29, from its usual $45, though it only brews one mug at a time.',
  ),
  j(
    'Looking to upgrade the rest of the counter? Our kitchen roundup this week also has a three-piece knife set at $24 and a',
    'digital kitchen scale for under $12.',
  ),
];
const nNav = ['Home', 'Apple', 'Tech', 'Home Goods', 'Green Deals', 'LEGO', 'Games', 'Fashion'];
const nRail = ['Apple Watch bands from $6 in this rare clearance sale', 'Kelso 60W USB-C charger drops to $15', 'Outdoor string lights now 40% off'];
const nTrend = ['Best early holiday LEGO deals', 'Budget robot vacuum hits $99', 'This week’s best free games'];
const nFoot = ['About', 'Advertise', 'Tips', 'Privacy', 'Ethics Statement', 'Subscribe'];
const nHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${nTitle} - 9to5Toys</title>
<meta name="description" content="Amazon is now offering the Harlow BrewSmart 12-cup programmable coffee maker for $39 shipped.">
<meta property="og:type" content="article"><meta property="article:section" content="Home Goods">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harlow coffee maker returns to $39",
"author":{"@type":"Person","name":"Rhys Talbot-Quinn"},"datePublished":"2026-11-04T09:42:00-05:00"}</script>
<link rel="stylesheet" id="toys-css" href="https://9to5toys.example/wp-content/themes/9to5/style.css" media="all">
<script>var ajaxurl="/wp-admin/admin-ajax.php";window.dataLayer=window.dataLayer||[];</script></head>
<body class="post-template-default single single-post postid-88213 single-format-standard">
<header class="header"><div class="header__wrap"><a class="header__logo" href="/">9to5Toys</a>
<nav class="header__nav"><ul class="header__nav-list">${links(nNav, 'menu-item')}</ul></nav>
<a class="header__tips" href="/tips/">Got a tip?</a></div></header>
<main id="main" class="container"><div class="container-med"><article class="post-content" id="post-88213">
<header class="article__header"><ul class="post-categories"><li><a href="/guides/home-goods/" rel="category tag">Home Goods</a></li></ul>
<h1 class="h1">${nTitle}</h1>
<div class="meta"><p class="meta__post-date"><span class="author-name"><a href="/author/rhystq/" rel="author">Rhys Talbot-Quinn</a></span>
<time datetime="2026-11-04T09:42:00-05:00">Nov. 4th 2026 9:42 am ET</time></p></div>
<div class="share-buttons"><a class="share-button" href="#">Share</a><a class="share-button" href="#">Tweet</a><a href="#">Email</a></div></header>
<div class="deal-box"><div class="deal-box__img"><img src="https://9to5toys.example/wp-content/uploads/harlow.jpg" alt="Harlow coffee maker"></div>
<div class="deal-box__info"><span class="deal-box__retailer">Amazon</span><span class="deal-box__price">$39</span>
<span class="deal-box__was">Reg. $69</span><a class="deal-box__btn" href="https://amzn.example/harlow" rel="sponsored">Shop now</a></div></div>
<div class="article__content post-body">
${ps(nBody.slice(0, 3))}
<ul>${nBody
  .slice(3, 7)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(nBody.slice(7))}
<p class="affiliate-disclosure"><em>9to5Toys may earn a commission from purchases made through links on this page.</em></p>
<div class="tags"><span>Tags:</span> <a href="/tag/coffee-gear/">Coffee Gear</a> <a href="/tag/kitchen-deals/">Kitchen Deals</a></div></div></article>
<section class="related-deals"><h2 class="related-deals__title">Today’s best deals</h2><ul>${links(nRail, 'related-deals__item')}</ul></section></div>
<aside class="sidebar"><h3 class="widget-title">Trending</h3><ul>${links(nTrend, 'trending__item')}</ul>
<div class="ad-slot"><span class="ad-label">Advertisement</span></div></aside></main>
<footer class="footer"><ul class="footer__links">${links(nFoot)}</ul><p class="footer__copy">© 2026 9to5Toys. All rights reserved.</p></footer>
<script src="https://9to5toys.example/wp-includes/js/jquery/jquery.min.js"></script></body></html>`;
export const nineToys: TestPage = {
  name: 'heldout317-9to5toys-deal',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nBody),
  bylines: ['Rhys Talbot-Quinn', 'Nov. 4th 2026 9:42 am ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '9to5Toys', ...nNav, 'Got a tip?', 'Share', 'Tweet', 'Email', 'Reg. $69', 'Shop now',
    '9to5Toys may earn a commission from purchases made through links on this page.', 'Tags:', 'Coffee Gear', 'Kitchen Deals', 'Today’s best deals', ...nRail,
    'Trending', ...nTrend, 'Advertisement', ...nFoot, '© 2026 9to5Toys. All rights reserved.',
  ],
};
