import { links, ps, type TestPage, texts } from './page-kit.js';
import { wixSalon } from './pages-heldout314-b2.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file b: an accountant's blog post on the WordPress Astra theme (entry-meta "By ... / date / category",
 * a featured image with caption, an inline "Read more" promo, post navigation, two comments with the reply form, a right
 * sidebar with search, recent posts and categories, and the Astra small footer) and, from file b2, a hair salon's Wix Blog post.
 */
const aTitle = 'Self Assessment: Seven Expenses Sole Traders Forget to Claim';
const aIntro = [
  j(
    'Every January we see the same thing: a tax return that is accurate to the penny on income and thin on expenses. Most sole',
    'traders know they can claim for stock and fuel. Fewer remember the small, regular costs that add up to hundreds of pounds',
    'of tax over a year.',
  ),
  'Here are the seven we most often add back when a new client brings us last year’s return.',
];
const aItems: [string, string][] = [
  [
    '1. Working from home',
    j(
      'If you run the business from your kitchen table you can claim a flat rate of £6 a week without any receipts, or work out the',
      'business share of your heating, electricity and broadband. The flat rate is simpler; the actual-cost method usually pays more',
      'if you have a dedicated room.',
    ),
  ],
  [
    '2. Your phone and broadband',
    j(
      'A mobile used mainly for work can be claimed in full if the contract is in the business name. If it is a personal contract,',
      'claim the business share of the bill and keep a month of itemised bills to show how you worked it out.',
    ),
  ],
  [
    '3. Professional subscriptions',
    j(
      'Trade body memberships, industry magazines and the software you use to invoice and keep books are all allowable. So is the',
      'annual fee for a professional register if your work requires one.',
    ),
  ],
  [
    '4. Bank charges and card fees',
    j(
      'Monthly fees on a business account, the percentage your card reader takes and interest on a business overdraft are easy to',
      'miss because they never arrive as a bill.',
    ),
  ],
];
const aPromo = 'Read more: Making Tax Digital for income tax – what changes in April';
const aItems2: [string, string][] = [
  [
    '5. Training that keeps your skills current',
    j(
      'Courses that update skills you already use in the business are allowable. Training for a brand new trade usually is not,',
      'which catches out people retraining before they start trading.',
    ),
  ],
  [
    '6. Mileage on your own car',
    j(
      'Instead of claiming fuel, insurance and repairs, most sole traders are better off with the simplified rate: 45p a mile for',
      'the first 10,000 business miles and 25p after that. Keep a simple log of dates, journeys and distances.',
    ),
  ],
  ['7. Accountancy fees', 'Yes, our own invoice is a business expense, as is any bookkeeping help you pay for during the year.'],
];
const aTable = [
  '<tr><td>Flat-rate home working</td> <td>£312 a year</td></tr>',
  '<tr><td>Mileage at 45p for 4,000 miles</td> <td>£1,800 a year</td></tr>',
  '<tr><td>Phone, 70% business use of £30 a month</td> <td>£252 a year</td></tr>',
];
const aClose = [
  j(
    'Keep receipts and bank statements for at least five years after the 31 January filing deadline for the year they relate to.',
    'If you are not sure whether something counts, ask us before you file rather than after.',
  ),
];
const aNav = ['Home', 'Services', 'Pricing', 'Blog', 'About Us', 'Contact'];
const aRecent = [
  'Making Tax Digital for income tax – what changes in April',
  'Should my business register for VAT voluntarily?',
  'Payments on account explained',
];
const aCats = ['Small Business', 'Tax Tips', 'VAT'];
const aComments = [
  ['Gemma Sorrell', 'January 15, 2026 at 9:12 am', 'Really useful, I had no idea about the flat rate for working from home. Thank you!'],
  ['Phil Attwater', 'January 16, 2026 at 7:48 pm', 'Does the mileage rate apply to a van as well or only cars?'],
];
const comment = (c: string[], i: number): string => `<li class="comment even thread-even depth-1" id="li-comment-${41 + i}">
<article id="comment-${41 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap">
<img alt="" src="https://secure.gravatar.example/avatar/${i}?s=50" class="avatar avatar-50 photo" height="50" width="50"></div>
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap ast-col-lg-12"><cite><b class="fn">${c[0]}</b>
</cite></div><div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="#comment-${41 + i}"><time
datetime="2026-01-15T09:12:00+00:00">${c[1]}</time>
</a></span></div></header></div><section class="ast-comment-content comment"><p>${c[2]}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div>
</section></article></li>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} – Ledgerwood Accountants</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${aTitle}">
<meta property="article:published_time" content="2026-01-14T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Carys Ledgerwood"},"datePublished":"2026-01-14T08:00:00+00:00","articleSection":["Tax Tips"]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://ledgerwood.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
</head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-2481 single-format-standard
ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">Ledgerwood Accountants</a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border
stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2481 post type-post status-publish format-standard has-post-thumbnail hentry category-tax-tips ast-article-single" id="post-2481"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><figure class="wp-block-image">
<img width="1024" height="576" src="https://ledgerwood.example/wp-content/uploads/2026/01/receipts.jpg" class="attachment-large wp-post-image"
alt="" itemprop="image"><figcaption class="wp-element-caption">Photo: Ledgerwood Accountants</figcaption></figure></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Carys Ledgerwood" href="/author/carys/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Carys Ledgerwood</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">January 14, 2026</span></span> / <span class="ast-terms-link"><a href="/category/tax-tips/">Tax Tips</a></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(aIntro)}
${aItems.map((x) => `<h2 class="wp-block-heading">${x[0]}</h2>\n<p>${x[1]}</p>`).join('\n')}
<p class="has-background" style="background-color:#eef4f1"><strong><a href="/making-tax-digital-income-tax/">${aPromo}</a></strong></p>
${aItems2.map((x) => `<h2 class="wp-block-heading">${x[0]}</h2>\n<p>${x[1]}</p>`).join('\n')}
<h2 class="wp-block-heading">What it could be worth</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Expense</th> <th>Typical claim</th></tr></thead><tbody>
${aTable.join('\n')}
</tbody></table><figcaption class="wp-element-caption">Examples only; your figures will differ.</figcaption></figure>
${ps(aClose)}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="Payments on account explained"
href="/payments-on-account/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a
title="Making Tax Digital" href="/making-tax-digital-income-tax/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">
2 thoughts on “${aTitle}”</h3></div><ol class="ast-comment-list">${aComments.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea
ast-grid-lg-12">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45"
rows="8"></textarea>
</div></fieldset></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..."
name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
${links(aRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>
${links(aCats, 'cat-item')}</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Free 20-minute call</h2><div class="textwidget">
<p>New to self-employment? Book a free call and we will tell you what we would charge before you commit.</p></div></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-footer-row-stack">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"><div class="ast-footer-copyright">
<p>Copyright © 2026 Ledgerwood Accountants | Powered by Astra WordPress Theme</p></div></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
</body></html>`;
const astraAcct: TestPage = {
  name: 'heldout314-wordpress-astra-accountant-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [...aItems.map((x) => x[0]), ...aItems2.map((x) => x[0]), 'What it could be worth'],
  body: texts([...aIntro, ...aItems.map((x) => x[1]), ...aItems2.map((x) => x[1]), ...aTable, ...aClose]),
  bylines: ['Carys Ledgerwood', 'January 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ledgerwood Accountants', ...aNav.slice(1), 'Photo: Ledgerwood Accountants', 'Tax Tips', aPromo,
'Examples only; your figures will differ.',
    'Previous Post', 'Next Post', `2 thoughts on “${aTitle}”`, ...aComments.flat(), 'Reply', 'Leave a Comment', 'Cancel Reply',
    'Your email address will not be published.', 'Required fields are marked', 'Search for:', 'Recent Posts', ...aRecent.slice(1), 'Categories',
    'Small Business', 'VAT', 'Free 20-minute call',
    'New to self-employment? Book a free call and we will tell you what we would charge before you commit.',
    'Copyright © 2026 Ledgerwood Accountants | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT314_B: readonly TestPage[] = [astraAcct, wixSalon];
