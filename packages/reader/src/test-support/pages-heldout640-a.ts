import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout640-kit.js';

/**
 * Held-out batch 640, file a: a kite shop's beginner buying guide on a Shopify store (Dawn theme blog article) with product
 * cards, and a model aircraft club's flying field rules page on WordPress (GeneratePress) with a sidebar.
 */
const sTitle = 'Your first kite: a buying guide for beginners';
const sIntro = [
  j(
    'Every spring we get the same question at the counter: which kite should I buy for someone who has never flown one? The honest',
    'answer is that it depends less on the kite than on where you will fly it and how much wind you usually get.',
  ),
  j(
    'This guide walks through the choices we talk about in the shop. None of it is complicated, and a good first kite need not cost',
    'more than a family meal out.',
  ),
];
const sH = ['Start with your flying spot', 'Single line or two lines?', 'Sizes and wind ranges', 'What to budget', 'Our picks for a first kite'];
const sSpot = [
  j(
    'A beach or a big open field with no trees upwind is ideal. Wind coming over buildings or hedges is turbulent, and turbulent',
    'wind is what makes beginners think kites are hard. If your only spot is a park surrounded by trees, choose a kite that flies',
    'in light, steady air and keep the line short.',
  ),
];
const sLines = [
  j(
    'Single-line kites (deltas, diamonds, sleds) go up and stay up. They are the right choice for young children and for anyone',
    'who wants to sit on a blanket and watch. Two-line stunt kites are steered with both hands and reward practice; most teenagers',
    'and adults are flying loops within an afternoon.',
  ),
  j('Four-line and traction kites are a different hobby. They pull hard, and we do not recommend them as a first kite unless you', 'take a lesson first.'),
];
const sSizes = [
  'Small deltas (under 1.5 m span): 8 to 25 km/h, good for windy beaches.',
  'Large deltas (2 m and up): 5 to 20 km/h, the easiest all-round first kite.',
  'Sleds and parafoils: 10 to 30 km/h, no spars to break, fold into a pocket.',
  'Two-line sport kites: 10 to 35 km/h, pick a mid-size one of about 2 m.',
];
const sBudget = [
  j(
    'A decent single-line delta with line and winder costs between £25 and £45. A two-line sport kite that will survive a season of',
    'crashes starts around £70. Cheap supermarket kites often fly badly because the sail stretches and the spars flex; a kite that',
    'will not fly is the fastest way to put someone off.',
  ),
  j(
    'Budget for line too. A kite sold as "ready to fly" usually comes with enough line, but it is worth checking the breaking',
    'strain: 50 lb line is fine for deltas, while sport kites want 90 lb or more.',
  ),
];
const sPicks = [
  j(
    'For children under ten we suggest the Puffin Delta 150: light, bright and nearly impossible to crash. For families the',
    'Marram 200 delta flies in almost no wind. For a teenager who wants tricks, the Skua Sport is our best seller, and spare',
    'spars cost a few pounds.',
  ),
  'If you are still not sure, come to one of our free Saturday morning flying sessions on the dunes and try before you buy.',
];
const sNav = ['Shop all', 'Single line kites', 'Sport kites', 'Line & winders', 'Spares', 'Lessons', 'Blog'];
const sProducts = ['Puffin Delta 150', 'Marram 200 Delta', 'Skua Sport 2.1'];
const sPrices = ['£27.00', '£42.00', '£74.00'];
const sFoot = ['Search', 'Delivery & returns', 'Contact us', 'About the shop', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://windrushkites.co.uk/blogs/news/first-kite-guide">
<title>${sTitle} – Windrush Kites</title><meta name="description" content="Which kite to buy first: flying spots, single or two lines, sizes and budgets.">
<meta property="og:site_name" content="Windrush Kites"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script>var Shopify = Shopify || {};Shopify.shop = "windrush-kites.myshopify.com";Shopify.theme = {"name":"Dawn","id":136448802899};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}",
"author":{"@type":"Person","name":"Tamsin Corrie"},"datePublished":"2027-03-14T09:00:00Z","publisher":{"@type":"Organization","name":"Windrush Kites"}}</script>
<link href="//windrushkites.co.uk/cdn/shop/t/4/assets/base.css?v=1447" rel="stylesheet" type="text/css" media="all">
<link href="//windrushkites.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=7781" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £50</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details class="menu-drawer-container"><summary class="header__icon header__icon--menu" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Windrush Kites</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item list-menu__item link')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main-article" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div class="article-template__hero-medium media">
<img src="//windrushkites.co.uk/cdn/shop/articles/dunes.jpg?v=1710" alt="A red delta kite over the dunes" width="1600" height="900"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2027-03-14T09:00:00Z">March 14, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Tamsin Corrie</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button">
<details><summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sIntro)}
<h2>${at(sH, 0)}</h2>${ps(sSpot)}
<h2>${at(sH, 1)}</h2>${ps(sLines)}
<h2>${at(sH, 2)}</h2><ul>${lis(sSizes)}</ul>
<h2>${at(sH, 3)}</h2>${ps(sBudget)}
<h2>${at(sH, 4)}</h2>${ps(sPicks)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">Back to blog</a></div>
</article></section>
<section id="shopify-section-template--featured-collection" class="shopify-section section"><div class="collection page-width">
<div class="title-wrapper-with-link"><h2 class="title inline-richtext h2">Kites from this guide</h2></div>
<ul class="grid product-grid grid--3-col-desktop" role="list">
${sProducts
  .map(
    (p, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard"><div class="card__content">
<h3 class="card__heading h5"><a href="/products/${i}" class="full-unstyled-link">${p}</a></h3><div class="price"><span class="price-item price-item--regular">
${at(sPrices, i)}</span></div></div></div><button class="quick-add__submit button button--full-width button--secondary">Add to cart</button></div></li>`,
  )
  .join('\n')}
</ul></div></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2><form class="newsletter-form">
<label class="field__label" for="NewsletterForm--footer">Email</label><input id="NewsletterForm--footer" type="email" name="contact[email]">
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></form></div>
<ul class="footer-block__details-content list-unstyled">${links(sFoot, 'list-menu__item')}</ul></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2027, Windrush Kites</small>
<small class="copyright__content"><a href="https://www.shopify.com" rel="nofollow">Powered by Shopify</a></small></div></div></footer>
<script src="//windrushkites.co.uk/cdn/shop/t/4/assets/global.js?v=1661" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout640-shopify-first-kite',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sSpot, ...sLines, ...sSizes, ...sBudget, ...sPicks]),
  bylines: ['March 14, 2027', 'by Tamsin Corrie'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', 'Windrush Kites',
    ...texts(sNav).filter((n) => !['Sport kites', 'Single line kites'].includes(n)), 'Log in', 'Cart', 'Share', 'Back to blog', 'Kites from this guide',
    'Skua Sport 2.1', ...sPrices, 'Add to cart', 'Subscribe to our emails', 'Email', ...texts(sFoot), '© 2027, Windrush Kites', 'Powered by Shopify',
  ],
};

const wTitle = 'Flying Field Rules';
const wIntro = [
  j(
    'These rules apply to every member and guest flying at Hobb\u2019s Meadow. They are a condition of our lease with the farm and of our',
    'club insurance. Breaking them can cost us the field, so the committee enforces them without exception.',
  ),
];
const wH = ['Before you fly', 'Flying times', 'Pits and flight line', 'Noise', 'Guests and visitors'];
const wBefore = [
  'Sign the logbook in the clubhouse and put your membership card on the peg board.',
  'Check that your national flyer registration number is shown on or inside every model.',
  'Range-check your radio before the first flight of the day.',
  'Look at the wind sock and the notice board for any runway closures.',
];
const wTimesIntro = 'Powered flying is allowed only at these times. Gliders and electric models under 2 kg may fly at any time in daylight.';
const wTimes = [
  ['Monday to Friday', '09:30 to 19:00'],
  ['Saturday', '09:30 to 18:00'],
  ['Sunday and bank holidays', '10:30 to 17:00'],
];
const wPits = [
  j(
    'Start engines and arm electric models only in the pits, with the model restrained and pointing away from people. Carry your',
    'model to the flight line, never taxi in the pits. No more than four models in the air at once; call out "taking off",',
    '"landing" and "dead stick" loudly.',
  ),
  'Never fly over the car park, the pits, the farm buildings or the footpath along the western hedge.',
];
const wNoise = [
  j(
    'Every IC model must pass the club noise test (82 dB at 7 metres) before it flies here. The test is done by a committee member',
    'and recorded on the model\u2019s noise card. Turbines are not allowed at Hobb\u2019s Meadow.',
  ),
];
const wGuests = [
  j(
    'Members may bring up to two guest flyers a year, each for no more than three visits. Guests must show proof of insurance and',
    'fly under the supervision of the member who invited them. Spectators are welcome but must stay behind the pits fence.',
  ),
  'Questions about these rules go to the field officer, Gareth Pennock, at field@ashcombemfc.org.uk.',
];
const wNav = ['Home', 'About the Club', 'Flying Field', 'Training', 'Events', 'Gallery', 'Join Us', 'Contact'];
const wSide = ['Field closed Sat 12 June for silage', 'Summer fly-in date announced', 'AGM minutes 2027'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Ashcombe Model Flying Club</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="generate-style-css" href="https://ashcombemfc.org.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222}.site-header{background:#1d3557}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${wTitle}",
"datePublished":"2021-04-02T10:11:00+00:00","dateModified":"2027-02-20T18:40:00+00:00"}]}</script>
<link rel="https://api.w.org/" href="https://ashcombemfc.org.uk/wp-json/"></head>
<body class="page-template-default page page-id-42 wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left"
itemtype="https://schema.org/WebPage" itemscope><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://ashcombemfc.org.uk/" rel="home">Ashcombe Model Flying Club</a></p>
<p class="site-description" itemprop="description">Radio control flying in the Vale since 1974</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-42" class="post-42 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1></header>
<div class="entry-content" itemprop="text">
${ps(wIntro)}
<h2 class="wp-block-heading">${at(wH, 0)}</h2><ol class="wp-block-list">${lis(wBefore)}</ol>
<h2 class="wp-block-heading">${at(wH, 1)}</h2>${ps([wTimesIntro])}
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Day</th><th>Powered flying</th></tr></thead>
<tbody>${wTimes.map((r) => `<tr><td>${at(r, 0)}</td><td>${at(r, 1)}</td></tr>`).join('\n')}</tbody></table></figure>
<h2 class="wp-block-heading">${at(wH, 2)}</h2>${ps(wPits)}
<h2 class="wp-block-heading">${at(wH, 3)}</h2>${ps(wNoise)}
<h2 class="wp-block-heading">${at(wH, 4)}</h2>${ps(wGuests)}
<p class="has-small-font-size"><em>Last revised by the committee, February 2027.</em></p>
</div></div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="block-3" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Field status</h2>
<p class="has-vivid-green-cyan-color">OPEN &#8211; wind 12 mph SW</p></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Club news</h2><ul>${links(wSide)}</ul></aside>
<aside id="block-5" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Find the field</h2>
<p>Hobb\u2019s Meadow, off Stoke Lane, Ashcombe. Gate code from the membership secretary.</p></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar">&copy; 2027 Ashcombe Model Flying Club &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div>
</div></footer></div>
<script id="generate-menu-js" src="https://ashcombemfc.org.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout640-wp-field-rules',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: [...wIntro, ...wBefore, wTimesIntro, ...wTimes.map((r) => r.join(' ')), ...wPits, ...wNoise, ...wGuests],
  bylines: ['Last revised by the committee, February 2027.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ashcombe Model Flying Club', 'Radio control flying in the Vale since 1974', 'Menu', ...wNav.filter((n) => n !== 'Flying Field'),
    'Field status', 'OPEN – wind 12 mph SW', 'Club news', ...wSide, 'Find the field',
    'Hobb\u2019s Meadow, off Stoke Lane, Ashcombe. Gate code from the membership secretary.', '© 2027 Ashcombe Model Flying Club • Built with GeneratePress',
  ],
};

export const HELDOUT640_A: readonly TestPage[] = [shopify, wordpress];
