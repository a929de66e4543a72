import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout589-kit.js';

/**
 * Held-out batch 589, file d: a food co-op's shop news item on Drupal 10 (Olivero) with tags and a comment form, and a local
 * news site's article on a refill shop opening, built with Next.js (CSS modules, __NEXT_DATA__, ad slots, related stories).
 */
const dTitle = 'Our refill room moves next door in June';
const dBody = [
  j(
    'After six years squeezed into the back of the shop, the refill room is moving into the old bakery next door at 21 Eastgate.',
    'The lease was signed last week, and members voted for the move at the spring general meeting by 212 votes to 9.',
  ),
  j(
    'The new room is three times the size. That means space for a second bank of gravity bins, a proper washing sink for',
    'containers and, for the first time, a refill station for oils that does not share a counter with the flour.',
  ),
  j(
    'We will close the refill room from Monday 9 June to Wednesday 11 June while we move. Packaged goods, fruit and veg will be',
    'on sale as normal in the main shop throughout.',
  ),
  j(
    'We need volunteers on the Sunday and Monday to carry bins and clean. If you can help for two hours or more, put your name',
    'on the list at the till. Volunteers get the usual 10% discount for the month.',
  ),
  'What changes for members',
  'Nothing about how you shop. Bring containers, tare them, fill up and pay at the main till, which stays where it is.',
  j('The refill room will open from 9am, an hour earlier than now, because it will have its own door onto the street.', 'Sunday opening stays 10am to 2pm.'),
];
const dNav = ['Home', 'Shop', 'Membership', 'News', 'Events', 'Contact'];
const dFoot = ['Rules of the co-op', 'Privacy notice', 'Volunteer with us'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:152;--color--primary-saturation:42%;--color--primary-lightness:30"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://eastgatecoop.org.uk/news/refill-room-moves">
<title>${dTitle} | Eastgate Food Co-op</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3wL2b.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/58"},"olivero":{"mobileNav":true}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Eastgate Food Co-op</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
id="block-olivero-search-form-narrow"
role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" class="search-form search-block-form">
<div class="js-form-item form-item form-no-label"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" size="15"
maxlength="128"
class="form-search form-element form-element--type-search form-element--api-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul>
</nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="58" class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta">
<article class="profile"></article><div><span class="node__author">By <span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Priya Vandermolen</span></span></span>, <span class="node__meta-date">25 April, 2027</span></div></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2027-04/bakery.jpg" width="1200" height="675" alt="The empty bakery unit at 21 Eastgate"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 4))}
<h2>${dBody[4]}</h2>
${ps(dBody.slice(5))}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3" hreflang="en">Shop news</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/7" hreflang="en">Refill room</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Add new comment</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/58/comment" method="post" id="comment-form">
<div class="js-form-item form-item js-form-type-textarea"><label for="edit-comment-body-0-value"
class="form-item__label js-form-required form-required">Comment</label>
<textarea rows="5" cols="60" class="form-textarea required form-element form-element--type-textarea" id="edit-comment-body-0-value"
name="comment_body[0][value]"></textarea>
</div><div class="form-actions"><input type="submit" id="edit-submit--2" value="Save" class="button--primary button js-form-submit form-submit"></div></form>
</section>
</div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div class="block-social-media-links">
<ul class="social-media-links--platforms platforms inline horizontal"><li><a class="social-media-link-icon--facebook"
href="https://www.facebook.com/eastgatecoop">
<span class="fab fa-facebook fa-2x"></span></a></li></ul></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title"
id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div><div class="block block-block-content">
<p>Eastgate Food Co-operative Ltd, registered society no. 31904R</p>
</div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Fh3dZ8.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout589-drupal-olivero-coop-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[4] ?? ''],
  body: texts(dBody.filter((_, i) => i !== 4)),
  bylines: ['By Priya Vandermolen', '25 April, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Eastgate Food Co-op', 'Menu', 'Search', 'Main navigation', ...dNav.filter((t) => t !== 'Shop'), 'Breadcrumb', 'Tags', 'Shop news',
    'Add new comment', 'Comment', 'Footer', ...dFoot, 'Powered by Drupal', 'Eastgate Food Co-operative Ltd, registered society no. 31904R',
  ],
};

const nTitle = 'Refill shop opens in former bank on Mill Street';
const nDek = 'Two sisters have turned the old Wessex Counties branch into a shop where nothing comes in a packet';
const nBody = [
  j(
    'A former bank on Mill Street that stood empty for four years has reopened as a refill shop, selling more than 200',
    'groceries and household goods by weight.',
  ),
  j(
    'Nadia and Leonie Achterberg opened The Vault on Saturday, with the old strongroom now holding sacks of rice, beans and',
    'oats and the teller counter serving as the till. A queue stretched past the post office before the doors opened at 9am.',
  ),
  j(
    '"We kept the vault door because it seemed a shame not to," said Nadia Achterberg, 34, who worked as a pharmacist',
    'before the shop. "People come in to look at it and then notice they can buy exactly four tablespoons of cumin."',
  ),
  j(
    'Customers bring their own containers, weigh them at the door and pay by weight. Prices are shown per 100g on every',
    'dispenser. The sisters say most staples cost about the same as in a supermarket, while spices and nuts are often cheaper',
    'because shoppers are not paying for packaging.',
  ),
  j(
    'The shop received £8,000 from the district council\u2019s empty shops fund, which pays towards fitting out units that',
    'have been vacant for more than a year. Councillor Hamid Osei, who chairs the regeneration committee, said six units on',
    'Mill Street had now been brought back into use under the scheme.',
  ),
  j(
    'Leonie Achterberg said the hardest part had been finding suppliers who would deliver in paper sacks or returnable tubs.',
    '"Some of our suppliers had never been asked. One of them now uses our tubs for three other shops," she said.',
  ),
  'The Vault is open Tuesday to Saturday from 9am to 5:30pm and on the first Sunday of each month.',
];
const nNav = ['News', 'Sport', 'What\u2019s on', 'Business', 'Property', 'Announcements'];
const nRel = ['Market hall repaint to start in June', 'Bus station caf\u00e9 to close after 40 years', 'Plans lodged for 60 homes on Tenter Field'];
const nFoot = ['About us', 'Contact the newsroom', 'Advertise', 'Privacy', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>${nTitle} | Tallow Bridge Courier</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/6f1a2b3c4d5e6f70.css" as="style"><link rel="stylesheet" href="/_next/static/css/6f1a2b3c4d5e6f70.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2027-04-19T06:00:00+01:00",
"author":[{"@type":"Person","name":"Clem Okafor"}]}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/pages/news/%5Bslug%5D-3f2e1d0c9b8a7f6e.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__q8Hc2" href="#main">Skip to content</a>
<div class="Ad_leaderboard__V2nXk" data-ad-slot="top"><span class="Ad_label__9LmRw">Advertisement</span><div id="div-gpt-ad-top"></div></div>
<header class="Header_header__3kPq1"><div class="Header_inner__Zp0aW"><a class="Header_logo__yT7Lb" href="/">Tallow Bridge Courier</a>
<nav class="Header_nav__Nc4Fa" aria-label="Sections">
<ul>${nNav.map((t) => `<li><a class="Header_link__b0Xc1" href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></li>`).join('')}</ul>
</nav><button class="Header_search__W1pRt" aria-label="Search" type="button"></button><a class="Header_subscribe__fH5kE" href="/subscribe">Subscribe</a></div>
</header>
<main id="main" class="Layout_main__L8xDf"><article class="Article_article__e4S1t"><div class="Article_header__R2mNk">
<nav class="Breadcrumbs_crumbs__K9x2W" aria-label="Breadcrumb"><a href="/">Home</a><span aria-hidden="true"> / </span><a href="/news">News</a></nav>
<h1 class="Article_headline__oP3jT">${nTitle}</h1><p class="Article_standfirst__fQ7vA">${nDek}</p>
<div class="Byline_byline__Y8wQe"><span class="Byline_author__Vb2hA">By <a href="/author/clem-okafor">Clem Okafor</a></span>
<span class="Byline_role__Hn5Jc">Local democracy reporter</span><time class="Byline_time__Kc0Pp"
dateTime="2027-04-19T06:00:00+01:00">19 April 2027, 6:00am</time></div>
<div class="Share_bar__Gh8rT"><button class="Share_btn__2xNq" aria-label="Share on Facebook"></button><button class="Share_btn__2xNq"
aria-label="Share by email"></button>
<button class="Share_copy__Z4dWs">Copy link</button></div></div>
<figure class="Article_lead__X7bn0"><img alt="The Vault shop front" src="/_next/image?url=%2Fuploads%2Fvault.jpg&amp;w=1200&amp;q=75" width="1200" height="800"
decoding="async" loading="eager"><figcaption class="Article_caption__Cc3aL">Nadia and Leonie Achterberg behind the old teller counter.
<span class="Article_credit__S9dRe">Photo: Tallow Bridge Courier</span></figcaption></figure>
<div class="Article_body__u2YhM">
${ps(nBody.slice(0, 3))}
<aside class="InlineRelated_box__Tp0sd"><p><strong>Read more:</strong> <a href="/news/empty-shops-fund">Empty shops fund opens for a second round</a></p>
</aside>
${ps(nBody.slice(3, 5))}
<div class="Ad_mpu__J3vLm" data-ad-slot="mid"><span class="Ad_label__9LmRw">Advertisement</span><div id="div-gpt-ad-mid"></div></div>
${ps(nBody.slice(5))}
</div>
<div class="Newsletter_box__q1VbN"><h2 class="Newsletter_title__R0kz8">The Courier daily</h2><p>Our top stories in your inbox every morning.</p>
<form><label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email" placeholder="Email address">
<button type="submit">Sign me up</button></form></div>
</article>
<section class="Related_related__Y3pLk" aria-labelledby="related-h"><h2 id="related-h" class="Related_title__M1bQv">More from News</h2>
<ul class="Related_list__Wq9Zt">
${nRel.map((t, i) => `<li><a href="/news/story-${i}"><span class="Related_headline__P0xx7">${t}</span></a></li>`).join('')}</ul></section></main>
<footer class="Footer_footer__k2Lm9"><ul class="Footer_links__Nd4Qa">${links(nFoot)}</ul>
<p class="Footer_copy__F7hZs">© 2027 Tallow Bridge Courier Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"refill-shop-opens-mill-street","headline":"${nTitle}",
"standfirst":"${nDek}","author":"Clem Okafor"}}},"page":"/news/[slug]","query":{"slug":"refill-shop-opens-mill-street"},"buildId":"k3Jd9xQ",
"isFallback":false}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout589-nextjs-local-news-refill-shop',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nBody]),
  bylines: ['By Clem Okafor', 'Local democracy reporter', '19 April 2027, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Advertisement', 'Tallow Bridge Courier', ...nNav, 'Subscribe', 'Home', 'Copy link',
    'Nadia and Leonie Achterberg behind the old teller counter.', 'Photo: Tallow Bridge Courier', 'Read more: Empty shops fund opens for a second round',
    'The Courier daily', 'Our top stories in your inbox every morning.', 'Email address', 'Sign me up', 'More from News', ...nRel, ...nFoot,
    '© 2027 Tallow Bridge Courier Ltd. All rights reserved.',
  ],
};

export const HELDOUT589_D: readonly TestPage[] = [drupal, nextjs];
