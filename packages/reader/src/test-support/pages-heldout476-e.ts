import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout476-kit.js';

/**
 * Held-out batch 476, file e: a stand mixer spare parts category listing on Magento 2 (Luma theme) with layered navigation,
 * and a robot vacuum user community thread on Discourse (the server-rendered crawler view).
 */
const gTitle = 'KM-5 Stand Mixer Spare Parts';
const gDesc = [
  j(
    'Genuine replacement parts for the Kvarn KM-5 and KM-5 Pro stand mixers. Find your model number on the plate under the motor head',
    'before you order: KM-5 parts do not fit the older KM-4.',
  ),
  'Orders placed before 2pm ship the same day. Parts carry a one-year guarantee.',
];
const gItems: [string, string][] = [
  ['Stainless steel bowl 4.8 L (KM-0101)', '£39.00'],
  ['Flat beater, coated (KM-0114)', '£17.50'],
  ['Dough hook, spiral (KM-0115)', '£16.00'],
  ['Wire whisk, 11 wires (KM-0116)', '£19.50'],
  ['Splash guard with pouring chute (KM-0130)', '£11.95'],
  ['Bowl lift lever (KM-0142)', '£8.40'],
  ['Speed control knob (KM-0155)', '£6.25'],
  ['Motor brush pair (KM-0201)', '£9.80'],
];
const gNav = ['Kitchen Machines', 'Blenders', 'Coffee', 'Spare Parts', 'Offers'];
const gFilters: [string, string[]][] = [
  ['Model', ['KM-5', 'KM-5 Pro']],
  ['Part Type', ['Attachments', 'Bowls', 'Controls', 'Motor']],
];
const gFoot = ['About us', 'Customer Service', 'Delivery and Returns', 'Privacy and Cookie Policy', 'Search Terms', 'Advanced Search', 'Contact Us'];
const gItem = (
  [name, price]: [string, string],
  i: number,
): string => `<li class="item product product-item"><div class="product-item-info" id="product-item-info_${
  301 + i
}" data-container="product-grid"><a href="/spare-parts/km-5/${i}.html" class="product photo product-item-photo" tabindex="-1"><span
class="product-image-container
product-image-container-${301 + i}"><span class="product-image-wrapper"><img class="product-image-photo"
src="/media/catalog/product/cache/a1/k/m/km${i}.jpg" loading="lazy"
width="240" height="300" alt="${name}"></span></span></a><div class="product details product-item-details"><strong class="product name product-item-name">
<a class="product-item-link" href="/spare-parts/km-5/${i}.html">${name}</a></strong><div class="price-box price-final_price" data-role="priceBox"
data-product-id="${301 + i}"><span class="price-container price-final_price tax weee"><span id="product-price-${301 + i}" data-price-type="finalPrice"
class="price-wrapper "><span class="price">${price}</span></span></span></div><div class="product-item-inner"><div class="product actions product-item-actions">
<div class="actions-primary"><form data-role="tocart-form" action="/checkout/cart/add/product/${301 + i}/" method="post"><input type="hidden"
name="product" value="${301 + i}">
<button type="submit" title="Add to Cart" class="action tocart primary"><span>Add to Cart</span></button></form></div><div data-role="add-to-links"
class="actions-secondary">
<a href="#" class="action towishlist" title="Add to Wish List" role="button"><span>Add to Wish List</span></a><a href="#" class="action tocompare"
title="Add to Compare"
role="button"><span>Add to Compare</span></a></div></div></div></div></div></li>`;
const gHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="title" content="${gTitle}"><meta name="description" content="Genuine KM-5 replacement parts.">
<meta name="robots" content="INDEX,FOLLOW"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${gTitle} | Kvarn Parts Store</title>
<link rel="stylesheet" type="text/css" media="all" href="https://parts.kvarn.co.uk/static/version1726000000/frontend/Magento/luma/en_GB/mage/calendar.css">
<link rel="stylesheet" type="text/css" media="all" href="https://parts.kvarn.co.uk/static/version1726000000/frontend/Magento/luma/en_GB/css/styles-m.css">
<script type="text/javascript" src="https://parts.kvarn.co.uk/static/version1726000000/frontend/Magento/luma/en_GB/requirejs/require.js"></script>
<script type="text/x-magento-init">{"*":{"Magento_PageCache/js/form-key-provider":{"isPaginationCacheEnabled":0}}}</script></head>
<body data-container="body" data-mage-init='{"loaderAjax": {}, "loader": { "icon": "loader-2.gif"}}' id="html-body" class="page-with-filter page-products
categorypath-spare-parts-km-5 category-km-5 catalog-category-view page-layout-2columns-left"><div class="cookie-status-message" id="cookie-status">
The store will not work correctly when cookies are disabled.</div><noscript><div class="message global noscript"><div class="content"><p><strong>JavaScript
seems to be
disabled in your browser.</strong></p></div></div></noscript>
<div role="alertdialog" tabindex="-1" class="message global cookie" id="notice-cookie-block"><div role="document" class="content"
tabindex="0"><p><strong>We use cookies to
make your experience better.</strong> <span>To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.</span>
<a href="/privacy-policy-cookie-restriction-mode/">Learn more</a>.</p><div class="actions"><button id="btn-cookie-allow" class="action allow primary">
<span>Allow Cookies</span></button></div></div></div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
href="#contentarea">
<span>Skip to Content</span></a><ul class="header links"><li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in">Welcome to the
Kvarn parts store</span>
</li><li class="authorization-link" data-label="or"><a href="/customer/account/login/">Sign In</a></li><li><a href="/customer/account/create/">Create an
Account</a></li>
</ul></div></div><div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Toggle Nav</span></span><a class="logo" href="/"
title="Kvarn Parts Store" aria-label="store logo"><img src="/static/frontend/Kvarn/luma/en_GB/images/logo.svg" title="Kvarn Parts Store" alt="Kvarn Parts
Store" width="170"></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/" data-bind="scope: 'minicart_content'"><span
class="text">My Cart</span>
<span class="counter qty empty"><span class="counter-number"></span><span class="counter-label"></span></span></a></div>
<div class="block block-search"><div class="block block-title"><strong>Search</strong></div><div class="block block-content"><form class="form minisearch"
id="search_mini_form"
action="/catalogsearch/result/" method="get"><div class="field search"><label class="label" for="search"
data-role="minisearch-label"><span>Search</span></label>
<div class="control"><input id="search" type="text" name="q" placeholder="Search entire store here..." class="input-text" maxlength="128"
role="combobox"></div></div>
<div class="actions"><button type="submit" title="Search" class="action search"
aria-label="Search"><span>Search</span></button></div></form></div></div></div></header>
<div class="sections nav-sections"><div class="section-items nav-sections-items" data-mage-init='{"tabs":{"openedState":"active"}}'><div
class="section-item-content
nav-sections-item-content" id="store.menu" data-role="content"><nav class="navigation" data-action="navigation"><ul
data-mage-init='{"menu":{"responsive":true}}'>
${gNav
  .map(
    (t, i) => `<li class="level0 nav-${i + 1} category-item level-top"><a href="/${t.toLowerCase().replace(/ /g, '-')}.html"
class="level-top"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/" title="Go to Home Page">Home</a></li><li class="item category7"><a
href="/spare-parts.html"
title="">Spare Parts</a></li><li class="item category12"><strong>${gTitle}</strong></li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a><div class="page-title-wrapper"><h1 class="page-title" id="page-title-heading"
aria-labelledby="page-title-heading toolbar-amount"><span class="base" data-ui-id="page-title-wrapper">${gTitle}</span></h1></div>
<div class="page messages"><div data-placeholder="messages"></div></div><div class="columns"><div class="column main">
<div class="category-view"><div class="category-description"><div data-content-type="row" data-appearance="contained" data-element="main"><div
data-enable-parallax="0"
data-element="inner"><div data-content-type="text" data-appearance="default" data-element="main">${ps(gDesc)}</div></div></div></div></div>
<div class="toolbar toolbar-products" data-mage-init='{"productListToolbarForm":{"mode":"product_list_mode"}}'><div class="modes"><strong class="modes-label"
id="modes-label">View as</strong><strong title="Grid" class="modes-mode active mode-grid" data-value="grid"><span>Grid</span></strong><a class="modes-mode
mode-list"
title="List" href="#" data-role="mode-switcher" data-value="list" id="mode-list" aria-labelledby="modes-label mode-list"><span>List</span></a></div>
<p class="toolbar-amount" id="toolbar-amount">Items <span class="toolbar-number">1</span>-<span class="toolbar-number">8</span> of <span
class="toolbar-number">8</span></p>
<div class="toolbar-sorter sorter"><label class="sorter-label" for="sorter">Sort By</label><select id="sorter" data-role="sorter" class="sorter-options">
<option value="position" selected="selected">Position</option><option value="name">Product Name</option><option
value="price">Price</option></select></div></div>
<div class="products wrapper grid products-grid"><ol class="products list items product-items">
${gItems.map(gItem).join('\n')}</ol></div></div>
<div class="sidebar sidebar-main"><div class="block filter" id="layered-filter-block"><div class="block-title filter-title"><strong>Shop By</strong></div>
<div class="block-content filter-content"><strong role="heading" aria-level="2" class="block-subtitle filter-subtitle">Shopping Options</strong>
<div class="filter-options" id="narrow-by-list" role="tablist">${gFilters
  .map(
    ([
      k,
      vs,
    ]) => `<div class="filter-options-item"><div role="tab" class="filter-options-title">${k}</div><div class="filter-options-content" role="tabpanel"><ol
class="items">
${vs
  .map(
    (v, n) => `<li class="item"><a href="?${k.toLowerCase()}=${n}">${v}<span class="count">${n + 2}<span
class="filter-count-label">items</span></span></a></li>`,
  )
  .join('')}</ol></div></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="sidebar sidebar-additional"><div class="block block-compare" data-bind="scope: 'compareProducts'"><div class="block-title"><strong
id="block-compare-heading"
role="heading" aria-level="2">Compare Products</strong></div><div class="block-content"><div class="empty">You have no items to
compare.</div></div></div></div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div><div class="content">
<form class="form subscribe" action="/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail"><div class="field newsletter"><div
class="control">
<label for="newsletter"><span class="label">Sign Up for Our Newsletter:</span><input name="email" type="email" id="newsletter" placeholder="Enter your
email address"></label>
</div></div><div class="actions"><button class="action subscribe primary" title="Subscribe"
type="submit"><span>Subscribe</span></button></div></form></div></div>
<ul class="footer links">${links(gFoot, 'nav item')}</ul></div></footer>
<small class="copyright"><span>Copyright © 2026 Kvarn Appliances Ltd. All rights reserved.</span></small></div>
<script type="text/x-magento-init">{"*":{"Magento_Ui/js/core/app":{"components":{"customer":
{"component":"Magento_Customer/js/view/customer"}}}}}</script></body></html>`;
const magento: TestPage = {
  name: 'heldout476-magento-mixer-parts',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [...gDesc, ...gItems.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The store will not work correctly when cookies are disabled.', 'We use cookies to make your experience better.',
    'To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.', 'Learn more', 'Allow Cookies', 'Skip to Content',
    'Welcome to the Kvarn parts store', 'Sign In', 'Create an Account', 'Toggle Nav', 'My Cart', 'Search',
    ...gNav.filter((t) => t !== 'Spare Parts'), 'Home', 'View as', 'Grid', 'List', 'Items 1-8 of 8',
    'Sort By', 'Add to Cart', 'Add to Wish List', 'Add to Compare', 'Shop By', 'Shopping Options', 'Part Type', 'Attachments', 'Bowls', 'Controls',
    'Compare Products', 'You have no items to compare.', 'Newsletter', 'Sign Up for Our Newsletter:', 'Subscribe', ...gFoot,
    'Copyright © 2026 Kvarn Appliances Ltd. All rights reserved.',
  ],
};

const tTitle = 'R8 keeps stopping with “wheel stuck” error on carpet';
const tPosts: { user: string; date: string; paras: string[]; likes: number }[] = [
  {
    user: 'dmorrow',
    date: 'November 2, 2026,  7:14pm',
    paras: [
      j(
        'My R8 has started stopping in the living room every few minutes with error 3, wheel stuck. It is the same thick rug every time.',
        'Hard floors in the rest of the flat are fine. Firmware is 2.8.1.',
      ),
      'I have cleaned both wheels and there is no hair around them. Anyone else seeing this since the update?',
    ],
    likes: 2,
  },
  {
    user: 'ana_r',
    date: 'November 2, 2026,  9:40pm',
    paras: ['Same here since 2.8.1, but only on a high pile rug. It climbs onto it, spins for a second and gives up.'],
    likes: 1,
  },
  {
    user: 'Sweepo_Support_Tom',
    date: 'November 3, 2026, 10:05am',
    paras: [
      j(
        'Thanks both. Firmware 2.8.1 changed the carpet boost so that the robot reads a sudden rise in wheel current as a blocked wheel.',
        'On some high pile rugs that is a false alarm. We are fixing it in 2.8.2, due out next week.',
      ),
      'Until then, turn off Carpet boost in the app under Cleaning preferences, or mark the rug as a no-go zone. Neither will harm the wheels.',
    ],
    likes: 9,
  },
  {
    user: 'dmorrow',
    date: 'November 11, 2026,  6:52pm',
    paras: ['2.8.2 arrived this morning and the R8 did the whole rug without stopping. Marking Tom’s reply as the solution.'],
    likes: 3,
  },
];
const tRelated: [string, string, string, string][] = [
  ['R8 will not return to the dock after mopping', '6', '1.2k', 'Sep 2026'],
  ['Error 7 on the side brush', '3', '644', 'Oct 2026'],
];
const tPost = (p: (typeof tPosts)[number], i: number): string => `<div id='post_${i + 1}' itemprop='${i === 0 ? 'mainEntity' : 'comment'}' itemscope
itemtype='http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}' class='topic-body crawler-post'><div class='crawler-post-meta'><span
class="creator"
itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow" href='https://community.sweepo.com/u/${p.user}'><span
itemprop='name'>${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="https://community.sweepo.com/t/r8-wheel-stuck-carpet/4471"><span
class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-11-0${i + 2}T19:14:00Z' class='post-time'>${p.date}</time><meta itemprop='position'
content='${i + 1}'></span></div><div class='post row' itemprop='text'>${ps(p.paras.map(esc))}</div><div itemprop="interactionStatistic" itemscope
itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount"
content="${p.likes}"><span class='post-likes'>${p.likes} ${p.likes === 1 ? 'Like' : 'Likes'}</span></div></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${tTitle} - Robot vacuums - Sweepo
Community</title>
<meta name="description" content="My R8 has started stopping in the living room every few minutes with error 3"><meta name="generator" content="Discourse
3.4.0.beta2 - https://github.com/discourse/discourse version 8c1e">
<link rel="canonical" href="https://community.sweepo.com/t/r8-wheel-stuck-carpet/4471"><meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/desktop_8c1e.css?__ws=community.sweepo.com" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${tTitle}","author":{"@type":"Person",
"name":"dmorrow"}}</script>
<script defer src="/assets/start-discourse-3f9c.js" nonce="Q2l1"></script></head>
<body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="row"><div class="title span13"><a
href="/"><img
src="/uploads/default/original/1X/sweepo-logo.png" alt="Sweepo Community" id="site-logo" style="max-width: 150px;"></a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/r8-wheel-stuck-carpet/4471">${esc(tTitle)}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/robot-vacuums/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span><span
class='badge-category clear-badge'><span class='category-name' itemprop='name'>Robot vacuums</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-list-tags"><a href='/tag/r8' class='discourse-tag' rel="tag">r8</a> <a href='/tag/firmware' class='discourse-tag'
rel="tag">firmware</a></div></div>
${tPosts.map(tPost).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table
class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${tRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a></td><td></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) =>
      `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase()}' itemprop="url">${t}
</a></span></li>`,
  )
  .join('')}</ul></nav></footer><div class="buorg"><div>Unfortunately, <a href="https://www.discourse.org/faq/#browser">your browser is unsupported</a>. Please
<a href="https://browsehappy.com">switch to a supported browser</a> to view rich content, log in and reply.</div></div>
<div class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</div></body></html>`;
const discourse: TestPage = {
  name: 'heldout476-discourse-robot-vacuum-thread',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(tPosts.map((p) => p.user)), ...tPosts.map((p) => p.date.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Robot vacuums', '1 Like', '2 Likes', '3 Likes', '9 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...tRelated.flat().filter((t) => t !== '3'), 'Home', 'Categories', 'Guidelines',
    'Terms of Service', 'Privacy Policy',
    'Unfortunately, your browser is unsupported. Please switch to a supported browser to view rich content, log in and reply.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT476_E: readonly TestPage[] = [magento, discourse];
