import { links, ps, type TestPage, texts } from './page-kit.js';
import { slickdeals } from './pages-heldout317-e2.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file e: a subscription box review on a WordPress Genesis child theme (site-header with title and
 * description, genesis-nav-menu, entry-header with entry-meta, a "This post contains affiliate links" note, the "Coupon" callout
 * box, pros and cons, rating, entry-footer categories, author box, comments with replies and the reply form, primary sidebar
 * with subscribe widget and archives, footer widgets) and, from file e2, a Slickdeals-style deal thread.
 */
const sTitle = 'Larder Club Review: Is This Pantry Snack Box Worth $34 a Month?';
const sIntro = [
  j(
    'Larder Club sends a box of eight to ten small-batch snacks and pantry goods each month, most of them from makers with only a',
    'farm shop or two as stockists. I paid for three months myself to see whether the surprise is worth the price.',
  ),
];
const sHs = ['What came in the November box', 'Value for money', 'Pros and cons', 'The verdict'];
const sBox = [
  'Smoked chili honey from Orchard Lane Apiary (full size)',
  'Two bars of sea-salt oat brittle',
  'A 200 g bag of stone-ground polenta',
  'Cardamom shortbread rounds',
  'A jar of green tomato chutney',
  'Herb-crusted crackers from a bakery in Wexcombe',
];
const sValue = [
  j(
    'I priced every item I could find online. The November box came to roughly $47 at retail, not counting shipping, against the $34',
    'monthly price. October was closer to break-even at $36, mostly because its star item was a small tin of tea.',
  ),
  j(
    'If you would eat most of it anyway, the box is a fair deal. If you are picky about sweets, a third of each box may go to the',
    'office kitchen, as mine did.',
  ),
  j(
    'Shipping is included in the United States, and boxes arrived between the 12th and the 16th of each month. One jar of chutney',
    'came cracked in October; customer service sent a replacement within a week without asking for a photo.',
  ),
];
const sPros = ['Pros: genuinely new finds each month', 'Pros: recyclable packaging and no plastic fill'];
const sCons = ['Cons: sweets outnumber savory items', 'Cons: you cannot skip a month after the 20th'];
const sVerdict = [
  j(
    'Larder Club is a pleasant monthly treat and a thoughtful gift for a food lover, but it is not a way to save money on groceries.',
    'I would recommend the three-month gift plan over an open-ended subscription.',
  ),
];
const sComments: [string, string, string][] = [
  ['Odile F.', 'November 20, 2026 at 8:14 am', 'The chili honey was the best thing in my box too. Ours came with a dented jar though.'],
  ['Bryn', 'November 21, 2026 at 6:02 pm', 'Thanks for pricing it out. I had been wondering whether the value claim held up.'],
];
const sNav = ['Home', 'Food Boxes', 'Beauty Boxes', 'Kids Boxes', 'Coupons', 'About'];
const sSide = ['Best Snack Subscription Boxes', 'Monthly Coupon Roundup', 'Subscription Box Calendar'];
const sArch = ['November 2026', 'October 2026', 'September 2026'];
const sHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${sTitle} - Box Unpacked</title>
<meta name="description" content="An honest Larder Club review after three paid months.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Product","name":"Larder Club"},
"author":{"@type":"Person","name":"Juniper Hale"},"reviewRating":{"@type":"Rating","ratingValue":"3.5"}}</script>
<link rel="stylesheet" href="https://boxunpacked.example/wp-content/themes/genesis-sample/style.css"></head>
<body class="post-template-default single single-post header-full-width content-sidebar genesis-breadcrumbs-hidden">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut">Skip to main content</a></li></ul>
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="/">Box Unpacked</a></p>
<p class="site-description">Honest subscription box reviews since 2014</p></div>
<nav class="nav-primary" aria-label="Main"><ul id="menu-main" class="menu genesis-nav-menu menu-primary">${links(sNav, 'menu-item')}</ul></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-3390 post type-post status-publish entry"><header class="entry-header"><h1 class="entry-title">${sTitle}</h1>
<p class="entry-meta"><time class="entry-time">November 19, 2026</time> by <span class="entry-author"><a href="/author/juniper/"
class="entry-author-link"><span class="entry-author-name">Juniper Hale</span></a></span> <span class="entry-comments-link"><a href="#comments">2
Comments</a></span></p>
</header><div class="entry-content"><p class="disclosure"><em>This post contains affiliate links. See my disclosure policy.</em></p>
${ps(sIntro)}
<div class="coupon-box"><p><strong>Coupon:</strong> Use code UNPACKED10 for 10% off your first box.</p></div>
<h2>${sHs[0]}</h2><ul>${sBox.map((t) => `<li>${t}</li>`).join('')}</ul>
<figure class="wp-block-image"><img src="/wp-content/uploads/2026/11/larder-nov.jpg" alt="Larder Club box"><figcaption>The November box, unpacked on
my kitchen table.</figcaption></figure>
<h2>${sHs[1]}</h2>${ps(sValue)}
<h2>${sHs[2]}</h2><ul class="pros">${sPros.map((t) => `<li>${t}</li>`).join('')}</ul><ul class="cons">${sCons.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>${sHs[3]}</h2>${ps(sVerdict)}<p class="rating-box">Our rating: 3.5 out of 5</p></div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/food-boxes/">Food
Boxes</a></span></p></footer></article>
<section class="author-box"><h4 class="author-box-title">About Juniper Hale</h4><div class="author-box-content"><p>Juniper has reviewed more than 400
subscription boxes and still gets excited about the mail.</p></div></section>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">${sComments
  .map(
    (c, i) => `<li class="comment" id="comment-${i + 1}"><article><header class="comment-header"><p class="comment-author"><span
class="comment-author-name">${c[0]}</span>
<span class="says">says</span></p><p class="comment-meta"><time>${c[1]}</time></p></header><div class="comment-content"><p>${c[2]}</p></div>
<div class="comment-reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form><p class="comment-notes">Your
email address will not
be published.</p><textarea id="comment"></textarea><input type="submit" value="Post Comment"></form></div></main>
<aside class="sidebar sidebar-primary widget-area"><section class="widget enews-widget"><h3 class="widgettitle widget-title">Never miss a box</h3>
<p>Get new reviews and coupon codes by email every Friday.</p><input type="email" placeholder="E-Mail Address"><input type="submit" value="Subscribe"></section>
<section class="widget"><h3 class="widgettitle widget-title">Popular Posts</h3><ul>${links(sSide)}</ul></section>
<section class="widget"><h3 class="widgettitle widget-title">Archives</h3><ul>${links(sArch)}</ul></section></aside></div></div>
<footer class="site-footer"><div class="wrap"><p>Copyright © 2026 Box Unpacked · Genesis Framework · WordPress · Log in</p></div></footer></div></body></html>`;
const boxUnpacked: TestPage = {
  name: 'heldout317-genesis-boxreview',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHs,
  body: texts([...sIntro, ...sBox, ...sValue, ...sPros, ...sCons, ...sVerdict]),
  bylines: ['November 19, 2026', 'Juniper Hale', ...sComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Box Unpacked', 'Honest subscription box reviews since 2014', ...sNav, '2 Comments',
    'This post contains affiliate links. See my disclosure policy.', 'Coupon: Use code UNPACKED10 for 10% off your first box.',
    'The November box, unpacked on my kitchen table.', 'Our rating: 3.5 out of 5', 'Filed Under: Food Boxes', 'About Juniper Hale',
    'Juniper has reviewed more than 400 subscription boxes and still gets excited about the mail.', ...sComments.map((c) => c[2]), 'Reply',
    'Leave a Reply', 'Your email address will not be published.', 'Never miss a box', 'Get new reviews and coupon codes by email every Friday.',
    'Popular Posts', ...sSide, 'Archives', ...sArch, 'Copyright © 2026 Box Unpacked · Genesis Framework · WordPress · Log in',
  ],
};

export const HELDOUT317_E: readonly TestPage[] = [boxUnpacked, slickdeals];
