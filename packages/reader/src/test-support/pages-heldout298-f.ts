import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout298-kit.js';

/**
 * Held-out batch 298, file f: a tyre retailer's advice article on a Shopify store with the Dawn theme (announcement bar,
 * header menu and cart, article-template with date and author, a size-code table, social sharing, "Back to blog", comment
 * form, product recommendations, newsletter footer) and a motorsport race report on WordPress with the Newspaper theme
 * (tagDiv td-post-header with category, author, date and views, sharing bar, results table, related posts block, comments).
 */
const tTitle = 'How to Read a Tyre Sidewall';
const tIntro = [
  j(
    'Every tyre carries a string of letters and numbers on its sidewall that tells you its size, its load capacity, its speed',
    'rating and when it was made. Once you know the pattern it takes seconds to read, and it is the quickest way to make sure a',
    'replacement matches what your car needs.',
  ),
  'Take a common size as an example: <strong>205/55 R16 91V</strong>.',
];
const tRows: [string, string, string][] = [
  ['205', 'Width', 'The width of the tyre in millimetres, wall to wall.'],
  ['55', 'Aspect ratio', 'The height of the sidewall as a percentage of the width.'],
  ['R', 'Construction', 'Radial construction, used on almost every modern car tyre.'],
  ['16', 'Rim diameter', 'The wheel size the tyre fits, in inches.'],
  ['91', 'Load index', 'The maximum load per tyre; 91 means 615 kg.'],
  ['V', 'Speed rating', 'The maximum sustained speed; V means 240 km/h.'],
];
const tSec: [string, string[]][] = [
  [
    'The DOT date code',
    [
      j(
        'Look for a four-digit number in an oval near the end of the DOT code. The first two digits are the week and the last two the',
        'year of manufacture, so 1425 means the fourteenth week of 2025. We do not recommend using tyres that are more than six years',
        'old, however much tread they have left.',
      ),
    ],
  ],
  [
    'Do I have to match the speed rating?',
    [
      j(
        'You can fit a tyre with a higher speed rating than the original, but not a lower one, and your insurer may ask about it after',
        "a claim. Keep the same load index or higher. If in doubt, check the tyre placard on the driver's door pillar.",
      ),
      j(
        'Winter and all-season tyres carry extra markings. A mountain and snowflake symbol means the tyre has passed a snow traction',
        "test, while M+S on its own is a manufacturer's claim with no standard test behind it.",
      ),
      'Still unsure? Enter your registration at the top of any page and we will only show tyres that fit your car.',
    ],
  ],
];
const tMenu = ['Car Tyres', 'Van Tyres', '4x4 Tyres', 'Fitting', 'Advice'];
const tProducts = ['Corsaline Touring 2 205/55 R16 91V', 'Brennick EcoGrip 205/55 R16 91H', 'Valdor AllSeason Pro 205/55 R16 94V XL'];
const tHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><title>${tTitle} – Tredwell Tyres</title>
<meta property="og:site_name" content="Tredwell Tyres"><meta property="og:type" content="article">
<link rel="canonical" href="/blogs/advice/how-to-read-a-tyre-sidewall">
<script>var Shopify = Shopify || {};Shopify.shop = "tredwell-tyres.myshopify.com";Shopify.theme = {"name":"Dawn","id":1398,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"Every tyre carries a string of letters",
"headline":"${tTitle}",
"author":{"@type":"Person","name":"Owen Marchetti"},"datePublished":"2026-03-02T09:00:00Z"}</script>
<link href="//tredwell.example/cdn/shop/t/4/assets/base.css" rel="stylesheet"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden"
href="#MainContent">Skip to content</a><div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar" role="region">
<p class="announcement-bar__message h5"><span>Free mobile fitting on orders of 2 or more tyres</span></p></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper"><header class="header header--middle-left">
<a href="/" class="header__heading-link"><span class="h2">Tredwell Tyres</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${links(tMenu, 'header__menu-item')}</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon">Log in</a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main"><section id="shopify-section-template--main-article" class="shopify-section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media"><img src="//tredwell.example/cdn/shop/articles/sidewall.jpg" alt="Close-up of a tyre sidewall"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${tTitle}</h1><span class="circle-divider
caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-02T09:00:00Z">March 2, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Owen Marchetti</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(tIntro)}
<table><thead><tr><th>Code</th><th>Meaning</th><th>What it tells you</th></tr></thead><tbody>
${tRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}</tbody></table>
${tSec.map(([h, p]) => `<h2>${h}</h2>\n${ps(p)}`).join('\n')}
</div><div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><button
class="share-button__button">Share</button><div class="share-button__fallback"><input type="text" class="field__input" value="/blogs/advice/sidewall">
<span class="share-button__message">Link copied!</span></div></share-button></div>
<div class="article-template__link"><a href="/blogs/advice" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div class="page-width page-width--narrow"><h2>Leave a comment</h2>
<form method="post" action="/blogs/advice/sidewall/comments" class="comment-form"><div class="article-template__comment-fields"><label for="n">Name</label>
<input id="n"><label for="e">Email</label><input id="e"></div><label for="b">Comment</label><textarea id="b"></textarea>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section>
<section id="shopify-section-template--featured-collection" class="shopify-section"><div class="collection page-width"><h2 class="title">Popular in
205/55 R16</h2><ul class="grid product-grid" role="list">${tProducts
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper">
<h3 class="card__heading h5"><a href="#" class="full-unstyled-link">${t}</a></h3><div class="price">From £72.00</div></div></li>`,
  )
  .join('\n')}</ul></div></section>
</main><footer class="footer color-scheme-1"><div class="footer-block--newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2>
<p>Seasonal tyre offers and fitting slots, twice a month.</p><input type="email" placeholder="Email"></div><ul class="list-unstyled">
${links(['Search', 'Contact us', 'Delivery & fitting', 'Refund policy'], 'footer-block__item')}</ul><div class="footer__copyright"><small
class="copyright__content">© 2026, Tredwell Tyres</small><small class="copyright__content">Powered by Shopify</small></div></footer></body></html>`;
const shopify: TestPage = {
  name: 'heldout298-shopify-tyres-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tSec.map(([h]) => h),
  body: texts([...tIntro, ...tRows.flat(), ...tSec.flatMap(([, p]) => p)]),
  bylines: ['March 2, 2026', 'Owen Marchetti'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free mobile fitting on orders of 2 or more tyres', 'Tredwell Tyres', ...tMenu, 'Log in', 'Cart', 'Share', 'Link copied!',
    'Back to blog', 'Leave a comment', 'Please note, comments need to be approved before they are published.', 'Popular in 205/55 R16', ...tProducts,
    'From £72.00', 'Subscribe to our emails', 'Seasonal tyre offers and fitting slots, twice a month.', 'Contact us', 'Delivery & fitting',
    'Refund policy', '© 2026, Tredwell Tyres', 'Powered by Shopify',
  ],
};

const mTitle = 'Harwick 300: Lindqvist Holds Off Okonjo in a Last-Lap Thriller';
const mP1 = [
  j(
    'Saga Lindqvist won the Harwick 300 by 0.412 seconds on Sunday, defending the inside line through the final hairpin as Tomi Okonjo',
    "threw everything at her on the last lap. It was the Vantor Racing driver's second win of the National Touring Championship season",
    'and moves her into the points lead.',
  ),
  j(
    'Okonjo had started from pole and led the first 40 laps, but a slow second pit stop dropped him behind Lindqvist, and he spent the',
    'final stint within a second of her rear bumper.',
  ),
];
const mP2 = [
  j(
    'Rain before the start left the outside of the circuit damp, and teams split between slick and intermediate tyres. Lindqvist gambled',
    'on slicks and lost three places in the opening laps, then gained them all back as the track dried.',
  ),
  j(
    '"I was sliding everywhere for the first ten minutes and I honestly thought we had got it wrong," Lindqvist said. "Once the line',
    'dried the car came alive. The last lap was the hardest I have ever driven."',
  ),
  j(
    'Behind the lead pair, reigning champion Dario Feltz recovered from a drive-through penalty to finish third, while rookie Amaya Cole',
    'took fourth, her best result so far.',
  ),
];
const mP3 = [
  j(
    'Lindqvist now leads the standings by six points from Okonjo, with Feltz a further 19 back. The championship moves to Stonebridge in',
    'three weeks for the first of two night races.',
  ),
  j(
    'Greyfield team principal Nadia Rourke said the team would review the second stop. "We lost two seconds on a wheel nut and that',
    'was the race," she said. "Tomi drove brilliantly. We owed him a better stop."',
  ),
];
const mRes: string[][] = [
  ['1', 'Saga Lindqvist', 'Vantor Racing', '1:52:08.331'],
  ['2', 'Tomi Okonjo', 'Greyfield Motorsport', '+0.412'],
  ['3', 'Dario Feltz', 'Apex Norden', '+6.870'],
  ['4', 'Amaya Cole', 'Vantor Racing', '+11.204'],
  ['5', 'Luka Brenner', 'Kessel Works', '+14.958'],
];
const mMenu = ['Home', 'Touring Cars', 'Rally', 'Single Seaters', 'Results', 'Podcast'];
const mRelated = ['Okonjo takes pole at Harwick', 'Feltz handed drive-through for pit lane speeding', 'Cole on her breakthrough season'];
const mHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><title>${mTitle} - Pit Lane Press</title>
<meta name="generator" content="WordPress 6.5.2"><link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.5">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}","datePublished":"2026-03-15T19:20:00+00:00",
"author":{"@type":"Person","name":"Bram Ostrowski"}}</script><script>var tdBlocksArray = []; var tds_login_sing_in_widget="show";</script></head>
<body class="post-template-default single single-post postid-30318 single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap"><div class="tdc-header-wrap">
<div class="td-header-top-menu"><div class="td_data_time">Sunday, March 15, 2026</div><ul class="top-header-menu">${links(['Advertise', 'Contact'])}</ul></div>
<div class="td-header-menu-wrap"><a class="td-main-logo" href="/"><span class="td-visual-hidden">Pit Lane Press</span></a><ul id="menu-main-1"
class="sf-menu">${links(mMenu, 'menu-item menu-item-type-taxonomy')}</ul></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a class="entry-crumb" href="/category/touring-cars/">Touring Cars</a></span></div></div><div class="td-pb-row"><div class="td-pb-span8 td-main-content">
<div class="td-ss-main-content"><article id="post-30318" class="post-30318 post type-post status-publish format-standard has-post-thumbnail">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/touring-cars/">Touring Cars</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${mTitle}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div
class="td-author-by">By</div> <a href="/author/bram/">Bram Ostrowski</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-15T19:20:00+00:00">March 15, 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-30318">1,847</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"><a class="td-social-sharing-button td-social-facebook" href="#"><span
class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a>
<a class="td-social-sharing-button td-social-whatsapp" href="#"><span class="td-social-but-text">WhatsApp</span></a></div></div>
<div class="td-post-featured-image"><figure><img class="entry-thumb" src="/wp-content/uploads/2026/03/harwick.jpg" alt=""><figcaption
class="wp-caption-text">Lindqvist leads Okonjo into the hairpin on the final lap. Photo: Jenna Hale</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
${ps(mP1)}
<h2 class="wp-block-heading">A gamble on slicks</h2>
${ps(mP2)}
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>
<h2 class="wp-block-heading">Race result</h2>
<figure class="wp-block-table"><table><thead><tr><th>Pos</th><th>Driver</th><th>Team</th><th>Time / Gap</th></tr></thead><tbody>
${mRes.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
<h2 class="wp-block-heading">Championship picture</h2>
${ps(mP3)}
</div><footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
${links(['Harwick 300', 'National Touring Championship'])}</ul></div><div class="td-post-sharing-bottom"><div class="td-post-sharing-classic">
<span class="td-social-but-text">Share</span></div></div></footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>
<a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner">${mRelated
  .map(
    (t) => `<div class="td-related-span4"><div
class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="#" rel="bookmark">${t}</a></h3></div></div>`,
  )
  .join('\n')}</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form class="comment-form"><p class="comment-form-comment"><textarea placeholder="Please enter your comment!"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" class="submit" value="Post Comment"></p></form></div></div></article></div></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span
class="td-pulldown-size">Stay Connected</span></h4><div class="td-social-list"><span class="td_social_info">12,480 Fans</span><span class="td_social_info">
3,905 Followers</span></div></div><div class="td_block_wrap td_block_15"><h4 class="block-title"><span>Latest Results</span></h4><ul>
${links(['Rally Cassow: Haugen wins on gravel debut', 'Formula Regional round 2 report'])}</ul></div></div></div></div></div></div>
<div class="td-footer-wrap"><div class="footer-text-wrap">Pit Lane Press covers national touring cars, rallying and junior single-seaters.</div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Pit Lane Press 2026</div></div></div></div></body></html>`;
const newspaper: TestPage = {
  name: 'heldout298-newspaper-racereport-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: ['A gamble on slicks', 'Race result', 'Championship picture'],
  body: texts([...mP1, ...mP2, ...mRes.flat(), ...mP3]),
  bylines: ['Bram Ostrowski', 'March 15, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sunday, March 15, 2026', 'Advertise', 'Contact', 'Pit Lane Press', ...mMenu, '1,847', 'Facebook', 'Twitter', 'WhatsApp',
    'Lindqvist leads Okonjo into the hairpin on the final lap. Photo: Jenna Hale', '- Advertisement -', 'TAGS', 'Share', 'RELATED ARTICLES', 'MORE FROM AUTHOR',
    ...mRelated, 'LEAVE A REPLY', 'Stay Connected', '12,480 Fans',
    '3,905 Followers', 'Latest Results', 'Rally Cassow: Haugen wins on gravel debut', 'Formula Regional round 2 report',
    'Pit Lane Press covers national touring cars, rallying and junior single-seaters.', '© Pit Lane Press 2026',
  ],
};

export const HELDOUT298_F: readonly TestPage[] = [shopify, newspaper];
