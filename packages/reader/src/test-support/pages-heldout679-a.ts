import { links, ps, type TestPage } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout679-kit.js';

/**
 * Held-out batch 679, file a: an auction house lot page on Next.js (CSS modules, OneTrust banner, bid panel) and a sale
 * results post on WordPress with the Astra theme (results table, sidebar widgets, comment form).
 */
const lTitle = 'A George III mahogany bowfront chest of drawers, circa 1790';
const lDesc = [
  j(
    'The crossbanded top above two short and three long graduated cockbeaded drawers, each fitted with its original oval brass',
    'plate handles stamped with a wheatsheaf, on a shaped apron and splayed bracket feet.',
  ),
  'Dimensions: 92cm high, 98cm wide, 54cm deep.',
];
const lProv = [
  'Bought by Admiral Thomas Rennick for Coldharbour House, Dorset, and thence by descent.',
  'Sold by his great-granddaughter in these rooms, 11 May 1968, lot 77.',
  'Private collection, Somerset.',
];
const lCond = [
  j(
    'Good overall condition with a rich, even colour. Minor scratches and water marks to the top consistent with age and use;',
    'a 4cm split to the left side panel, stable. The back right foot has an old replaced block. Locks present but no keys.',
  ),
  j(
    'Condition reports are provided as a guide only. Prospective buyers are advised to inspect the lot in person or to request',
    'further photographs from the department.',
  ),
];
const lNav = ['Auctions', 'Buy', 'Sell', 'Valuations', 'Departments', 'About us'];
const lCrumbs = ['Home', 'Auctions', 'Fine Furniture & Works of Art'];
const lMore = [
  'A pair of Regency rosewood side chairs',
  'A Victorian walnut Sutherland table',
  'A George II oak dresser base',
  'A William IV mahogany library chair',
];
const lFoot = ['Contact us', 'Buying guide', 'Selling guide', 'Careers', 'Terms & conditions', 'Privacy policy', 'Cookie policy'];
const lHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>Lot 214 | ${lTitle} | Harrowgate &amp; Vell</title>
<meta name="description" content="Fine Furniture &amp; Works of Art, 18 March 2027. Estimate £1,200 - £1,800.">
<meta property="og:type" content="product"><link rel="preload" href="/_next/static/media/4c9affa5bc8f420e.woff2" as="font" crossorigin="">
<link rel="stylesheet" href="/_next/static/css/7f3e1f0b2c6ad4e1.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${lTitle}","offers":{"@type":"Offer","price":"1200",
"priceCurrency":"GBP"}}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="8d1c3b8e-0f2e-4b7a-a2c1-1e1c6a0d9f11"></script>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script></head>
<body><div id="__next"><a class="SkipLink_skip__R2x1a" href="#main">Skip to content</a>
<header class="Header_header__Hq7Pz"><div class="Header_inner__8hZ2m"><a class="Header_logo__dQ1s4" href="/" aria-label="Harrowgate &amp; Vell home">
<svg viewBox="0 0 120 32" aria-hidden="true"><path d="M0 0h120v32H0z"></path></svg></a>
<nav class="Header_nav__Wm3cS" aria-label="Primary"><ul>${links(lNav, 'Header_navItem__pL0aa')}</ul></nav>
<div class="Header_actions__q0Xh1"><button class="Header_search__g4pDk" type="button"><span class="sr-only">Search</span></button>
<a href="/account/login" class="Button_secondary__zr2bo">Sign in</a><a href="/account/register" class="Button_primary__Jk3l7">Register</a></div></div></header>
<main id="main" class="LotPage_main__3a0Jz"><nav class="Breadcrumbs_crumbs__UVb7t" aria-label="Breadcrumb"><ol>${links(lCrumbs, 'Breadcrumbs_item__Zf0kN')}
<li class="Breadcrumbs_item__Zf0kN" aria-current="page">Lot 214</li></ol></nav>
<div class="LotNav_nav__1wQeE"><a href="/auctions/ffwa-0327/lot-213">Previous lot</a><a href="/auctions/ffwa-0327">Back to catalogue</a>
<a href="/auctions/ffwa-0327/lot-215">Next lot</a></div>
<div class="LotPage_grid__k8Hn2"><section class="LotGallery_gallery__B4n0c" aria-label="Lot images"><div class="LotGallery_main__pQ1rc">
<img alt="Chest of drawers, front view" src="/_next/image?url=%2Flots%2Fffwa-0327%2F214-1.jpg&amp;w=1080&amp;q=75" width="1080" height="1080"></div>
<div class="LotGallery_thumbs__aa9Lq"><button type="button" aria-label="Image 1 of 6"></button><button type="button" aria-label="Image 2 of 6"></button></div>
<button class="LotGallery_zoom__Y6n2z" type="button">View full screen</button></section>
<div class="LotPage_details__Lw0C7"><p class="LotHeader_number__mQx2q">Lot 214</p><h1 class="LotHeader_title__3kX9a">${lTitle}</h1>
<p class="LotHeader_sale__dd0Qe"><a href="/auctions/ffwa-0327">Fine Furniture &amp; Works of Art</a></p>
<p class="LotHeader_date__n3T1e"><time dateTime="2027-03-18T10:00:00Z">Thursday 18 March 2027, 10:00 GMT</time></p>
<div class="BidPanel_panel__Q3d9x"><dl class="BidPanel_facts__0oP7b"><div><dt>Estimate</dt><dd>£1,200 - £1,800</dd></div>
<div><dt>Starting bid</dt><dd>£800</dd></div></dl>
<a class="Button_primary__Jk3l7 BidPanel_cta__ZZ81y" href="/account/register?next=%2Fauctions%2Fffwa-0327%2Flot-214">Register to bid</a>
<button class="Button_ghost__2sF0x" type="button"><span>Add to watchlist</span></button>
<p class="BidPanel_note__aXh3e">Buyer's premium of 25% plus VAT applies. <a href="/buying/fees">See fees</a></p></div>
<div class="LotDescription_body__6mUe1"><h2>Description</h2>${ps(lDesc)}
<h2>Provenance</h2>${ps(lProv)}
<h2>Condition report</h2>${ps(lCond)}</div>
<div class="LotShipping_box__Hc2mU"><h3>Shipping and collection</h3><p>Collection from our Hexham saleroom or delivery by a recommended carrier.</p>
<a href="/shipping/quote?lot=214">Request a shipping quote</a></div>
<div class="LotContact_box__Rr8yd"><p>Questions about this lot?</p><p>Imogen Tarrant, Head of Furniture</p>
<a href="mailto:furniture@harrowgatevell.co.uk">Email the department</a></div></div></div>
<section class="RelatedLots_section__F9r2b"><h2>More from this auction</h2>
<ul class="RelatedLots_list__fe6aY">${links(lMore, 'RelatedLots_card__aS3sQ')}</ul></section>
</main>
<footer class="Footer_footer__oD9kL"><div class="Footer_news__vV2rq"><h2>Auction alerts</h2><p>Be the first to hear about new sales and results.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"><button type="submit">Sign up</button></form></div>
<ul class="Footer_links__Qy8Rr">${links(lFoot)}</ul><p class="Footer_copy__Ee1bQ">© 2027 Harrowgate &amp; Vell Ltd. Registered in England No. 04411872.</p>
</footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to give you the best experience on our website and to show you relevant auctions.</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button><button id="onetrust-reject-all-handler">Reject all</button>
<button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"lot":{"number":214,"title":"${lTitle}","estimateLow":1200}}},
"page":"/auctions/[sale]/[lot]","query":{"sale":"ffwa-0327","lot":"lot-214"},"buildId":"Yk2bq7Xo0u1cZcY3lqJ7T","isFallback":false}</script>
</body></html>`;
const lotPage: TestPage = {
  name: 'heldout679-nextjs-lot',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['Description', 'Provenance', 'Condition report'],
  body: [...lDesc, ...lProv, ...lCond],
  bylines: ['Thursday 18 March 2027, 10:00 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...lNav, 'Search', 'Sign in', 'Register', ...lCrumbs, 'Lot 214', 'Previous lot', 'Back to catalogue', 'Next lot',
    'View full screen', 'Estimate', '£1,200 - £1,800', 'Starting bid', '£800', 'Register to bid', 'Add to watchlist',
    "Buyer's premium of 25% plus VAT applies. See fees", 'Shipping and collection',
    'Collection from our Hexham saleroom or delivery by a recommended carrier.', 'Request a shipping quote', 'Questions about this lot?',
    'Imogen Tarrant, Head of Furniture', 'Email the department', 'More from this auction', ...lMore, 'Auction alerts',
    'Be the first to hear about new sales and results.', 'Email address', 'Sign up', ...lFoot,
    '© 2027 Harrowgate & Vell Ltd. Registered in England No. 04411872.',
    'We use cookies to give you the best experience on our website and to show you relevant auctions.', 'Cookie settings', 'Reject all',
    'Accept all cookies',
  ],
};

const rTitle = 'Spring Country House Sale results: Dunmere library table leads a £412,000 day';
const rIntro = [
  j(
    'Our two-day Spring Country House Sale closed on Wednesday with 614 of 702 lots sold, a selling rate of 87 per cent, and a total',
    'of £412,300 including buyer’s premium. Bidding came from 31 countries, with more than half of the lots going to online buyers.',
  ),
  j(
    'The top lot was the Regency rosewood library table from Dunmere Hall, which had not been on the market since it was made for',
    'the house in 1815. Estimated at £15,000 to £25,000, it was chased by four telephone bidders and sold to a private collector in',
    'the room for £48,750.',
  ),
];
const rTopHead = 'Top ten lots';
const rRows = [
  ['112', 'Regency rosewood library table, Dunmere Hall', '£48,750'],
  ['305', 'Pair of Chinese famille rose vases, Qianlong period', '£21,250'],
  ['47', 'George II silver coffee pot, London 1749', '£12,500'],
  ['398', 'Set of twelve William IV mahogany dining chairs', '£11,875'],
  ['221', 'Victorian brass orrery, signed T. Holloway', '£9,375'],
];
const rMore = 'Elsewhere in the sale';
const rRest = [
  j(
    'Silver was strong throughout, with 96 per cent of the 140 lots sold. A group of Channel Islands christening mugs, offered',
    'without reserve, went to a Jersey collector for £3,125 against an estimate of £600 to £900.',
  ),
  j(
    'Brown furniture continued its steady recovery. “Good country pieces with honest surfaces are selling again, and younger',
    'buyers are coming back to them,” said Marcus Loveday, head of sale.',
  ),
  'All prices include buyer’s premium. Full results are available on our online catalogue.',
];
const rNav = ['Home', 'Auctions', 'Sell with us', 'Valuations', 'News', 'Contact'];
const rCap = 'The Dunmere Hall library table, sold for £48,750.';
const rSideUp = ['Fine Art & Antiques, 22 April', 'Jewellery & Watches, 6 May', 'Toys & Collectables, 20 May'];
const rSideRecent = ['How to read a hallmark', 'Meet our new ceramics specialist', 'Winter Sale highlights'];
const rCats = ['Auction results', 'Events', 'Guides', 'News'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} &#8211; Pellow Auctioneers</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.pellowauctions.co.uk/spring-country-house-sale-results/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rTitle}",
"datePublished":"2027-03-25T09:12:44+00:00","author":{"name":"Sophie Pellow"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css"
href="https://www.pellowauctions.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style id="astra-theme-css-inline-css">.ast-separate-container #primary{padding:4em 0}.entry-meta{font-size:.9em}</style>
<script src="https://www.pellowauctions.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2841
ast-separate-container ast-two-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap"><div class="main-header-bar">
<div class="ast-container"><div class="ast-flex main-header-container"><div class="site-branding"><div class="ast-site-identity">
<span class="site-logo-img"><a href="https://www.pellowauctions.co.uk/" class="custom-logo-link" rel="home"><img class="custom-logo" alt="Pellow Auctioneers"
src="/wp-content/uploads/2024/01/pellow-logo.png"></a></span></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1" aria-label="Site Navigation">
<div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">${links(rNav, 'menu-item menu-item-type-post_type')}
</ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2841 post type-post status-publish format-standard has-post-thumbnail hentry category-auction-results ast-article-single" id="post-2841">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title">${rTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author">By <a class="url fn n" href="/author/sophie/">
<span class="author-name">Sophie Pellow</span></a></span>
/ <span class="posted-on"><span class="published">March 25, 2027</span></span> / <span class="cat-links">
<a href="/category/auction-results/" rel="category tag">Auction results</a></span></div></header>
<div class="entry-content clear"><figure class="wp-block-image size-large"><img src="/wp-content/uploads/2027/03/dunmere-table.jpg" alt="Library table">
<figcaption class="wp-element-caption">${rCap}</figcaption></figure>
${ps(rIntro)}
<h2 class="wp-block-heading">${rTopHead}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Lot</th><th>Description</th><th>Hammer with premium</th></tr></thead>
<tbody>${trs(rRows)}</tbody></table></figure>
<h2 class="wp-block-heading">${rMore}</h2>${ps(rRest)}
<div class="wp-block-buttons">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/catalogue/spring-2027">View full results</a></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/winter-sale-highlights/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/how-to-read-a-hallmark/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="block-3" class="widget widget_block"><h2 class="widget-title">Upcoming auctions</h2><ul>${links(rSideUp)}</ul></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(rSideRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(rCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-builder-grid-row-container-inner">
<div class="ast-footer-copyright"><p>Copyright © 2027 Pellow Auctioneers | Trading Post Lane, Truro TR1 4QE | Powered by Astra WordPress Theme</p></div>
</div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies on our website to give you the most relevant experience.
<a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a>
<a role="button" class="cli_settings_button">Cookie settings</a></span></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const resultsPost: TestPage = {
  name: 'heldout679-astra-sale-results',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [rTopHead, rMore],
  body: [...rIntro, ...rowTexts(rRows), ...rRest],
  bylines: ['By Sophie Pellow', 'March 25, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rNav, rCap, 'View full results', 'Post navigation', '← Previous Post', 'Next Post →', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Comment *', 'Upcoming auctions', ...rSideUp, 'Recent Posts',
    ...rSideRecent, 'Categories', ...rCats,
    'Copyright © 2027 Pellow Auctioneers | Trading Post Lane, Truro TR1 4QE | Powered by Astra WordPress Theme',
    'We use cookies on our website to give you the most relevant experience.', 'ACCEPT', 'Cookie settings',
  ],
};

export const HELDOUT679_A: readonly TestPage[] = [lotPage, resultsPost];
