import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout593-kit.js';

/**
 * Held-out batch 593, file e: a fancy dress product page on BigCommerce (Cornerstone), with price, options, an inactive
 * warranty tab and related products, and a costume-hire thread on Discourse as served to crawlers (the no-JavaScript view).
 */
const bTitle = 'Deluxe Ringmaster Costume – Adult';
const bParas = [
  j(
    'Take charge of the big top in our best-selling ringmaster outfit. The scarlet tailcoat has gold frogging, brass-effect buttons',
    'and a stand collar; the black satin lapels and cuffs are lined so they keep their shape all night.',
  ),
  'Also available to hire from our Pellingford shop from £28 for a weekend. Ask in store for a fitting.',
];
const bIncluded = ['Tailcoat with frogging', 'Waistcoat front with attached cravat', 'Black top hat'];
const bCats = ['Adult Costumes', 'Kids Costumes', 'Circus', 'Accessories', 'Sale'];
const bCrumbs = ['Home', 'Adult Costumes', 'Circus'];
const bRelated: [string, string][] = [
  ['Strongman Costume – Adult', '£39.99'],
  ['Lion Tamer Whip Prop', '£6.50'],
  ['Trapeze Artist Leotard', '£29.99'],
];
const bHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><title>Deluxe Ringmaster Costume – Adult - Big Top Fancy Dress</title>
<meta property="product:price:amount" content="64.99" /><meta property="product:price:currency" content="GBP" /><meta property="og:type" content="product" />
<meta name="description" content="Scarlet ringmaster tailcoat with gold frogging, waistcoat front and top hat.">
<link rel="canonical" href="https://www.bigtopfancydress.co.uk/deluxe-ringmaster-costume-adult/" /><meta name="platform" content="bigcommerce.stencil" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${bTitle}","sku":"BT-RM-204","offers":{"@type":"Offer",
"price":"64.99","priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script>
<link data-stencil-stylesheet href="https://cdn11.bigcommerce.com/s-x7k2q/stencil/3a2b/css/theme-4c5d.css" rel="stylesheet">
<script>window.lazySizesConfig = window.lazySizesConfig || {}; window.lazySizesConfig.loadMode = 1;</script></head>
<body><svg data-src="https://cdn11.bigcommerce.com/s-x7k2q/stencil/3a2b/img/icon-sprite.svg" class="icons-svg-sprite"></svg>
<a href="#main-content" class="skip-to-main-link">Skip to main content</a>
<header class="header" role="banner"><a href="#" class="mobileMenu-toggle" data-mobile-menu-toggle="menu">
<span class="mobileMenu-toggleIcon">Toggle menu</span></a>
<nav class="navUser"><ul class="navUser-section navUser-section--alt"><li class="navUser-item"><a class="navUser-action navUser-item--compare" href="/compare"
data-compare-nav aria-label="Compare">Compare <span class="countPill countPill--positive countPill--alt"></span></a></li><li class="navUser-item">
<button class="navUser-action navUser-action--quickSearch" type="button" id="quick-search-expand" data-search="quickSearch" aria-controls="quickSearch"
aria-label="Search">Search</button></li><li class="navUser-item navUser-item--account">
<a class="navUser-action" href="/login.php" aria-label="Sign in">Sign in</a>
<span class="navUser-or">or</span><a class="navUser-action" href="/login.php?action=create_account" aria-label="Register">Register</a></li>
<li class="navUser-item navUser-item--cart"><a class="navUser-action" data-cart-preview data-dropdown="cart-preview-dropdown" href="/cart.php"
aria-label="Cart with 0 items"><span class="navUser-item-cartLabel">Cart</span><span class="countPill cart-quantity"></span></a></li></ul></nav>
<div class="header-logo header-logo--center"><a href="https://www.bigtopfancydress.co.uk/" class="header-logo__link" data-header-logo-link>
<span class="header-logo-text">Big Top Fancy Dress</span></a></div><div class="navPages-container" id="menu" data-menu><nav class="navPages">
<ul class="navPages-list">${bCats
  .map(
    (t) => `<li class="navPages-item"><a class="navPages-action" href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>
</li>`,
  )
  .join('')}
</ul></nav></div></header>
<main class="body" id="main-content" role="main" data-currency-code="GBP"><div class="container"><nav aria-label="Breadcrumb"><ol class="breadcrumbs">
${bCrumbs.map((t) => `<li class="breadcrumb "><a class="breadcrumb-label" href="/"><span>${t}</span></a></li>`).join('')}<li class="breadcrumb is-active">
<a class="breadcrumb-label" href="/deluxe-ringmaster-costume-adult/" aria-current="page"><span>${bTitle}</span></a></li></ol></nav>
<div class="productView" data-event-type="product" data-entity-id="204" data-name="${bTitle}" data-product-category="Adult Costumes, Circus"
data-product-brand="Big Top Originals" data-product-price="64.99"><section class="productView-images" data-image-gallery><figure class="productView-image"
data-image-gallery-main><div class="productView-img-container">
<img src="https://cdn11.bigcommerce.com/s-x7k2q/images/stencil/500x659/products/204/ringmaster.jpg"
alt="${bTitle}" title="${bTitle}" data-main-image></div></figure></section>
<section class="productView-details product-data"><div class="productView-product"><h1 class="productView-title">${bTitle}</h1>
<h2 class="productView-brand"><a href="/brands/big-top-originals/"><span>Big Top Originals</span></a></h2><div class="productView-price">
<div class="price-section price-section--withoutTax"><span class="price-label">Price:</span><span data-product-price-without-tax
class="price price--withoutTax">£64.99</span></div></div><div class="productView-rating"><span class="productView-reviewLink">
<a href="#product-reviews">Write a Review</a></span></div><dl class="productView-info"><dt class="productView-info-name">SKU:</dt>
<dd class="productView-info-value" data-product-sku>BT-RM-204</dd><dt class="productView-info-name">Availability:</dt>
<dd class="productView-info-value">Usually dispatched in 1-2 working days</dd></dl></div></section>
<section class="productView-details product-options"><div class="productView-options"><form class="form" method="post" action="/cart.php"
enctype="multipart/form-data" data-cart-item-add><input type="hidden" name="action" value="add"><div data-product-option-change><div class="form-field"
data-product-attribute="set-rectangle" role="radiogroup" aria-labelledby="rectangle-group-label"><label class="form-label form-label--alternate
form-label--inlineSmall" id="rectangle-group-label">Size: <small>Required</small></label>
${['S', 'M', 'L', 'XL']
  .map(
    (z, i) => `<input class="form-radio" type="radio" id="attribute_rectangle__112_20${i}" name="attribute[112]" value="20${i}" required>
<label data-product-attribute-value="20${i}" class="form-option" for="attribute_rectangle__112_20${i}"><span class="form-option-variant">${z}</span></label>`,
  )
  .join('\n')}
</div></div><div class="form-field form-field--increments"><label class="form-label form-label--alternate" for="qty[]">Quantity:</label>
<div class="form-increment" data-quantity-change><input class="form-input form-input--incrementTotal" id="qty[]" name="qty[]" type="tel" value="1"></div></div>
<div class="form-action"><input id="form-action-addToCart" data-wait-message="Adding to cart…"
class="button button--primary" type="submit" value="Add to Cart">
</div></form></div></section>
<article class="productView-description"><ul class="tabs" data-tab><li class="tab is-active" role="presentation"><a class="tab-title" href="#tab-description"
role="tab" tabindex="0" aria-selected="true" aria-controls="tab-description">Description</a></li><li class="tab" role="presentation"><a class="tab-title"
href="#tab-warranty" role="tab" tabindex="0" aria-selected="false" aria-controls="tab-warranty">Warranty</a></li></ul>
<div class="tabs-contents"><div class="tab-content is-active" id="tab-description" role="tabpanel" aria-hidden="false"><p>${bParas[0]}</p>
<p><strong>Included:</strong></p><ul>${lis(bIncluded)}</ul><p>${bParas[1]}</p></div><div class="tab-content" id="tab-warranty" role="tabpanel"
aria-hidden="true"><p>Unworn items can be returned within 14 days of delivery.</p></div></div></article></div>
<div class="tabs" data-tab role="tablist"><h2 class="tab is-active" role="presentation">
<a class="tab-title" href="#tab-related" role="tab">Related Products</a></h2></div>
<div class="tabs-contents"><div role="tabpanel" aria-hidden="false" class="tab-content has-jsContent is-active" id="tab-related">
<section class="productCarousel">
${bRelated
  .map(
    ([t, p]) => `<div class="productCarousel-slide"><article class="card"><figure class="card-figure"><a href="/" class="card-figure__link"
aria-label="${t}, ${p}"><img src="/s.jpg" alt="${t}" class="card-image"></a></figure><div class="card-body"><h3 class="card-title"><a href="/">${t}</a></h3>
<div class="card-text" data-test-info-type="price"><div class="price-section price-section--withoutTax"><span class="price price--withoutTax">${p}</span>
</div></div>
</div></article></div>`,
  )
  .join('\n')}</section></div></div></div></main>
<footer class="footer" role="contentinfo"><h2 class="footer-title-sr-only">Footer Start</h2><div class="container"><section class="footer-info">
<article class="footer-info-col footer-info-col--small" data-section-type="footer-categories"><h3 class="footer-info-heading">Categories</h3>
<ul class="footer-info-list">${links(bCats)}</ul></article><article class="footer-info-col footer-info-col--small" data-section-type="storeInfo">
<h3 class="footer-info-heading">Info</h3><address>Big Top Fancy Dress<br>12 Carnival Row<br>Pellingford, PF4 9AA</address>
<strong>Call us at 01632 960 771</strong></article><article class="footer-info-col" data-section-type="newsletterSubscription">
<h3 class="footer-info-heading">Subscribe to our newsletter</h3><p>Get the latest updates on new products and upcoming sales</p>
<form class="form" action="/subscribe.php" method="post"><fieldset class="form-fieldset"><input type="hidden" name="action" value="subscribe">
<div class="form-field"><label class="form-label is-srOnly" for="nl_email">Email Address</label><div class="form-prefixPostfix wrap"><input class="form-input"
id="nl_email" name="nl_email" type="email" value="" placeholder="Your email address"><input class="button button--primary form-prefixPostfix-button--postfix"
type="submit" value="Subscribe"></div></div></fieldset></form></article></section>
<div class="footer-copyright"><p class="powered-by">&copy; 2026 Big Top Fancy Dress </p></div><div class="footer-copyright"><p class="powered-by">Powered by
<a href="https://www.bigcommerce.com?utm_source=merchant&amp;utm_medium=poweredbyBC" rel="nofollow">BigCommerce</a></p></div></div></footer>
<script src="https://cdn11.bigcommerce.com/s-x7k2q/stencil/3a2b/dist/theme-bundle.main.js"></script></body></html>`;
const bigcommerceProduct: TestPage = tidy({
  name: 'heldout593-bigcommerce-ringmaster',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: [bParas[0] ?? '', 'Included:', ...bIncluded, bParas[1] ?? ''],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Toggle menu', 'Compare', 'Search', 'Sign in', 'or', 'Register', 'Cart', 'Big Top Fancy Dress', ...bCats, ...bCrumbs,
    'Big Top Originals', 'Price:', '£64.99', 'Write a Review', 'SKU:', 'BT-RM-204', 'Availability:', 'Usually dispatched in 1-2 working days',
    'Size: Required', 'S', 'M', 'L', 'XL', 'Quantity:', 'Description', 'Warranty', 'Related Products', ...bRelated.flat(), 'Footer Start', 'Categories',
    'Info', 'Big Top Fancy Dress 12 Carnival Row Pellingford, PF4 9AA', 'Call us at 01632 960 771', 'Subscribe to our newsletter',
    'Get the latest updates on new products and upcoming sales', 'Email Address', '© 2026 Big Top Fancy Dress', 'Powered by BigCommerce',
  ],
});

const dTitle = 'Hiring a full period set for our Dickens adaptation: hire house or borrow from other societies?';
const dPosts: [string, string, string, string[], string][] = [
  [
    'mjthornley',
    'Maggie Thornley',
    'September 14, 2026,  8:02pm',
    [
      j(
        'We are doing a Dickens adaptation in March with a cast of 34, and I have been asked to sort costumes. Our own wardrobe has',
        'maybe a dozen usable Victorian pieces. The quote from a hire house for the whole show is just over £2,400 for two weeks.',
      ),
      j(
        'Has anyone had luck borrowing from other societies instead? Or splitting: principals from a hire house and the chorus',
        'from wherever we can find? Any advice welcome, this is my first time doing costumes for a whole show.',
      ),
    ],
    '3 Likes',
  ],
  [
    'wardrobe_pete',
    'Pete Ashdown',
    'September 14, 2026,  9:37pm',
    [
      j(
        'Split it. Hire houses are worth every penny for principals: the fit is better, they come with hats and accessories and',
        'everything is clean and pressed. For the chorus, borrowing works well if you give yourself time.',
      ),
      'Ask for chorus costumes by size, not by character. It is much easier for a lender to say yes to "six men\u2019s coats, 40 to 44 chest".',
    ],
    '5 Likes',
  ],
  [
    'LucyInTheWings',
    '',
    'September 15, 2026,  7:15am',
    [
      j(
        'We lent our Victorian stock to a society last year and about a third came back unwashed, with two bonnets missing.',
        'We still lend, but now we ask for a deposit and a signed list. Please do both if you borrow, it makes everyone happier.',
      ),
    ],
    '4 Likes',
  ],
  [
    'mjthornley',
    'Maggie Thornley',
    'September 15, 2026, 10:48am',
    [
      j(
        'Thank you both, this is really helpful. I will go back to the hire house for a quote on the eight principals only and put',
        'a request on the regional group for the chorus. Will report back.',
      ),
    ],
    '',
  ],
  [
    'mjthornley',
    'Maggie Thornley',
    'October 3, 2026,  6:20pm',
    [
      j(
        'Update: principals from the hire house came to £780 with a society discount, and three local groups between them',
        'lent us everything else. Total spend under £1,000 including dry cleaning before we return it all. Thanks again!',
      ),
    ],
    '7 Likes',
  ],
];
const dRelated: [string, string, string, string][] = [
  ['Storing hired costumes between rehearsals', '6', '318', 'Jul 2026'],
  ['Hire house recommendations in the north west', '11', '902', 'May 2026'],
  ['Wigs: hire or buy for a two-week run?', '4', '240', 'Feb 2026'],
];
const dPost = ([user, name, when, paras, likes]: [string, string, string, string[], string], i: number): string => `<div${i === 0 ? '' : ` id="post_${i + 1}"`}
${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment" '}class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://forum.footlightsnetwork.org/u/${user}"><span itemprop="name">${user}</span></a>${name === '' ? '' : `\n(${name})`}</span>
<link itemprop="mainEntityOfPage" href="https://forum.footlightsnetwork.org/t/hiring-a-full-period-set/4417"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-09-14T19:02:11Z" class="post-time">${when}</time><meta itemprop="dateModified" content="2026-09-14T19:02:11Z">
<span itemprop="position">${i + 1}</span></span></div><div class="post" itemprop="text">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : likes.split(' ')[0]}"
/>${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Wardrobe and costume - Footlights Network Forum</title>
<meta name="description" content="We are doing a Dickens adaptation in March with a cast of 34, and I have been asked to sort costumes.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="icon" type="image/png" href="https://forum.footlightsnetwork.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover"><link rel="canonical"
href="https://forum.footlightsnetwork.org/t/hiring-a-full-period-set/4417"><link rel="search" type="application/opensearchdescription+xml"
href="https://forum.footlightsnetwork.org/opensearch.xml" title="Footlights Network Forum Search">
<link href="/stylesheets/color_definitions_light_2_3_4.css?__ws=forum.footlightsnetwork.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_theme_3_c1a8.css?__ws=forum.footlightsnetwork.org" media="all" rel="stylesheet" data-target="desktop_theme"/>
<meta property="og:site_name" content="Footlights Network Forum" /><meta property="og:type" content="website" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.footlightsnetwork.org","potentialAction":{"@type":
"SearchAction","target":"https://forum.footlightsnetwork.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.footlightsnetwork.org/uploads/default/original/1X/logo.png" alt="Footlights Network Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/hiring-a-full-period-set/4417">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/wardrobe/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #8C6238"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Wardrobe and costume</span></span></a>
<meta itemprop="position" content="1" /></span>
</div><div class="topic-tags"><a href="/tag/hire" class="discourse-tag">hire</a><a href="/tag/period-costume" class="discourse-tag">period-costume</a>
</div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}"><link itemprop="url"
href="https://forum.footlightsnetwork.org/t/hiring-a-full-period-set/4417"><meta itemprop="datePublished" content="2026-09-14T19:02:11Z">
<meta itemprop="articleSection" content="Wardrobe and costume"><meta itemprop="keywords" content="hire, period-costume">
<meta itemprop="text" content="We are doing a Dickens">
${dPosts.map(dPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></span>
<div class="link-bottom-line"><a href="/c/wardrobe/7" class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #8C6238"></span>
<span class="badge-category clear-badge"><span class="category-name">Wardrobe and costume</span></span></a></div></td><td class="replies">
<span class="posts" title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map((t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/" itemprop="url">${t} </a></span></li>`)
  .join(
    '\n',
  )}</ul></nav><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourseThread: TestPage = tidy({
  name: 'heldout593-discourse-period-set',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[3])),
  bylines: dPosts.flatMap(([user, name, when]) => [user, name === '' ? '' : `(${name})`, when.replace(/\s+/g, ' ')]).filter((t) => t !== ''),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wardrobe and costume', 'hire', 'period-costume', ...dPosts.map((_, i) => String(i + 1)), ...dPosts.map((p) => p[4]).filter((t) => t !== ''),
    'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRelated.flat(), 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT593_E: readonly TestPage[] = [bigcommerceProduct, discourseThread];
