import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis, rowTexts, trs } from './pages-heldout557-kit.js';

/**
 * Held-out batch 557, file a2: a long grant and export tariff explainer on a heat pump and solar installer's WordPress blog
 * (Astra theme, Gutenberg blocks, a sidebar and two comments with the reply form).
 */
const aTitle = 'Grants and export tariffs in 2027: what you can still claim';
const aBody = [
  j(
    'If you are weighing up solar panels, a battery or a heat pump this year, the money on offer has changed more than the',
    'equipment has. Two schemes closed in the spring, one grant went up, and every supplier has rewritten its export tariff.',
    'This guide sets out what a typical household in Westmoor can claim today, and what we think is worth waiting for.',
  ),
  j('We update this page whenever a scheme changes. If you have been quoted by us in the last 30 days, your quote already', 'reflects the figures below.'),
  j(
    'The Boiler Swap Grant pays £7,500 towards an air source or ground source heat pump that replaces a gas, oil or LPG boiler.',
    'The grant is paid to the installer and taken off your invoice, so you never handle the money yourself.',
  ),
  'To qualify, your home must:',
  'have a valid Energy Performance Certificate with no outstanding recommendation for loft or cavity wall insulation',
  'be in England or Wales and be your main home, a rental you own, or a small business premises',
  'not have received a previous heat pump grant under this or an earlier scheme',
  j(
    'New-build homes do not qualify, and neither do self-builds unless the property was lived in before the work started.',
    'Flats can qualify, but the freeholder must agree in writing before the survey.',
  ),
  j(
    'In our experience the insulation condition is the one that catches people out. A certificate issued before your last',
    'loft top-up will still show the old recommendation, and the grant will be refused until a new certificate is lodged.',
    'A fresh assessment costs around £90 and takes a week to arrange.',
  ),
  j(
    'The Westmoor Warm Homes fund is a council scheme for households on a low income or with a health condition made worse by',
    'the cold. It can pay for insulation, a heat pump or solar panels in full, and it can be combined with the Boiler Swap Grant',
    'for a heat pump. The council decides who qualifies, not the installer; you apply through the council website and we are',
    'assigned once you are accepted.',
  ),
  j(
    'Funding for this round runs until March 2028 or until the money is spent. Last year the fund closed in November, so if you',
    'think you qualify, apply early.',
  ),
  j(
    'If your panels produce more than you use, the surplus flows back to the grid and your supplier pays you for it. Every large',
    'supplier must offer an export tariff, but they set their own rates. These are the rates on offer in April 2027:',
  ),
  j(
    'Rates change, often with a month\u2019s notice, so check before you switch. Some tariffs also require you to buy your',
    'electricity from the same supplier, which matters if your import tariff is a good one.',
  ),
  j(
    'A battery lets you keep the midday surplus for the evening instead of exporting it. With export rates around 15p and import',
    'rates around 27p, every kilowatt-hour you store and use later is worth roughly 12p more than one you export. For a typical',
    '4 kW system and a 5 kWh battery, that works out at about £180 a year.',
  ),
  j(
    'A battery on its own rarely pays for itself on that alone. Where it earns its keep is with a time-of-use import tariff: you',
    'charge the battery overnight at a cheap rate and run the house from it at the peak. Households on those tariffs typically',
    'save two to three times as much.',
  ),
  j(
    'Batteries fitted at the same time as solar panels are zero-rated for VAT. If you add a battery later, it is zero-rated',
    'too, as long as it is installed by a certified installer.',
  ),
  'Heat pumps and electricity tariffs',
  j(
    'A heat pump uses electricity, so your import tariff matters more after installation. Several suppliers now offer a',
    'heat pump tariff with a cheaper rate for a few hours each afternoon and overnight. With a well set-up system and a hot water',
    'cylinder that heats in those windows, running costs fall by around a fifth compared with a flat rate.',
  ),
  j(
    'Our advice is to move to a heat pump tariff only after the first month, once you can see how your system actually',
    'behaves. Your installer should set the controls with you; if they do not, ask.',
  ),
  'What we think is worth waiting for',
  j(
    'Not much. The Boiler Swap Grant is confirmed until 2029 and the export rates above are as good as they have been for two',
    'years. The one exception is if you are likely to qualify for Warm Homes funding: apply for that first, because starting',
    'work before you are accepted rules you out.',
  ),
];
const aRows = [
  ['Northgrid Energy', '15.0p', 'Fixed 12 months', 'Yes'],
  ['Brightline Power', '12.5p', 'Variable', 'No'],
  ['Cobalt Home', '21.0p', 'Fixed 12 months', 'Yes, with a Cobalt battery'],
  ['Meadow Electric', '4.1p', 'Variable', 'No'],
];
const aSide = ['Solar panel maintenance: what to check each spring', 'Do heat pumps work in old stone houses?', 'Battery sizing made simple'];
const aCats = ['Grants and funding', 'Heat pumps', 'Solar', 'Batteries', 'Company news'];
const aNav = ['Home', 'Heat pumps', 'Solar PV', 'Batteries', 'Finance', 'Blog', 'Get a quote'];
const aComments = [
  ['Derek Plumm', 'April 9, 2027 at 8:41 pm', 'Does the Warm Homes fund cover flats above shops? Ours is a mixed building.'],
  ['Elm Valley Heat', 'April 10, 2027 at 9:12 am', 'Hi Derek, it can, but the council looks at the residential part only. Give them a call first.'],
];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Elm Valley Heat</title><link rel="profile" href="https://gmpg.org/xfn/11">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-04-08T07:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${aTitle}","author":{"@type":"Person",
"name":"Maren Oakley"}}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://elmvalleyheat.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">:root{--ast-container-default-xlg-padding:6.67em;}.ast-separate-container .ast-article-single{padding:3em;}</style>
<style id="wp-block-library-inline-css">.wp-block-table{overflow-x:auto}</style></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-1187 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="https://elmvalleyheat.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="52"
src="https://elmvalleyheat.co.uk/wp-content/uploads/2022/05/elm-valley-logo.png" class="custom-logo" alt="Elm Valley Heat"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1187 post type-post status-publish format-standard has-post-thumbnail hentry category-grants-and-funding ast-article-single" id="post-1187"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box">
<div class="ast-single-post-order"><header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576"
src="https://elmvalleyheat.co.uk/wp-content/uploads/2027/04/export-meter.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta">
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Maren Oakley" href="https://elmvalleyheat.co.uk/author/maren/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Maren Oakley</span></a></span> / <span class="posted-on">
<span class="published" itemprop="datePublished">April 8, 2027</span>
<span class="updated" itemprop="dateModified">April 8, 2027</span></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(aBody.slice(0, 2))}
<h2 class="wp-block-heading">The Boiler Swap Grant</h2>
${ps([at(aBody, 2), at(aBody, 3)])}
<ul class="wp-block-list">${lis(aBody.slice(4, 7))}</ul>
${ps(aBody.slice(7, 9))}
<h2 class="wp-block-heading">Local help: the Westmoor Warm Homes fund</h2>
${ps(aBody.slice(9, 11))}
<h2 class="wp-block-heading">Export tariffs: getting paid for your surplus</h2>
${ps([at(aBody, 11)])}
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Supplier</th><th>Rate per kWh</th><th>Term</th>
<th>Must import from them?</th></tr></thead><tbody>${trs(aRows)}</tbody></table>
<figcaption class="wp-element-caption">Rates checked on 2 April 2027.</figcaption>
</figure>
${ps([at(aBody, 12)])}
<h2 class="wp-block-heading">Where batteries fit in</h2>
${ps(aBody.slice(13, 16))}
<h3 class="wp-block-heading">${at(aBody, 16)}</h3>
${ps(aBody.slice(17, 19))}
<h2 class="wp-block-heading">${at(aBody, 19)}</h2>
${ps([at(aBody, 20)])}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://elmvalleyheat.co.uk/get-a-quote/">Check what you can claim</a></div></div>
</div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous">
<a href="https://elmvalleyheat.co.uk/battery-sizing/" rel="prev">
<span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="https://elmvalleyheat.co.uk/stone-houses/" rel="next">
Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">
2 thoughts on &ldquo;${aTitle}&rdquo;</h3></div><ol class="ast-comment-list">
${aComments
  .map(
    ([n, d, c], i) => `<li class="comment depth-1" id="li-comment-${55 + i}"><article id="comment-${55 + i}" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap ast-col-lg-12">
<cite><b class="fn">${n}</b></cite></div><div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="#comment-${55 + i}">
<time datetime="2027-04-09">${d}</time></a></span></div></header></div><section class="ast-comment-content comment-meta-wrap"><div class="comment-content">
<p>${c}</p></div><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a>
</span></div></section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small>
<a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="https://elmvalleyheat.co.uk/wp-comments-post.php" method="post" id="ast-commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked
<span class="required">*</span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment"
placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row">
<p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">Name*</label>
<input id="author" name="author" type="text" placeholder="Name*"></p><p class="comment-form-email ast-grid-common-col ast-width-lg-33"><label for="email"
class="screen-reader-text">Email*</label><input id="email" name="email" type="text" placeholder="Email*"></p></div><p class="form-submit">
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://elmvalleyheat.co.uk/">
<label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
</form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(aSide)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories">
<ul>${links(aCats, 'cat-item')}</ul>
</nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack">
<div class="ast-builder-grid-row-container-inner">
<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright">
<p>Copyright &copy; 2027 Elm Valley Heat | Powered by Elm Valley Heat</p></div></div></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://elmvalleyheat.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraTariffs: TestPage = finish({
  name: 'heldout557-astra-grants-tariffs',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  // biome-ignore format: the headings are kept on few lines
  headings: ['The Boiler Swap Grant', 'Local help: the Westmoor Warm Homes fund', 'Export tariffs: getting paid for your surplus', 'Where batteries fit in',
    at(aBody, 16), at(aBody, 19)],
  body: [...texts(aBody.slice(0, 12)), ...rowTexts(aRows), ...texts([at(aBody, 12), ...aBody.slice(13, 16), ...aBody.slice(17, 19), at(aBody, 20)])],
  bylines: ['Maren Oakley', 'April 8, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav.filter((t) => t !== 'Heat pumps'), 'Rates checked on 2 April 2027.', 'Check what you can claim', 'Previous Post', 'Next Post',
    `2 thoughts on \u201c${aTitle}\u201d`, ...aComments.flat(), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *',
    'Search for:', 'Recent Posts', ...aSide, 'Categories', ...aCats.filter((t) => t !== 'Heat pumps'),
    'Copyright © 2027 Elm Valley Heat | Powered by Elm Valley Heat',
  ],
});

export const HELDOUT557_A2: readonly TestPage[] = [astraTariffs];
