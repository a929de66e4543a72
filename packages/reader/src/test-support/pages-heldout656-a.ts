import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, settle, uniq } from './pages-heldout656-kit.js';

/**
 * Held-out batch 656, file a: a long tree preservation order guide on a tree surgeon's WordPress site (Astra theme, Complianz
 * cookie banner, Yoast breadcrumbs, sidebar widgets and comments).
 */
const tTitle = 'Tree Preservation Orders: a practical guide for homeowners';
const tIntro = [
  j(
    'Every spring our office phone rings with the same question: “Am I allowed to cut back the tree in my garden?” For most trees the answer',
    'is yes, as long as you respect your neighbour’s boundary and check for nesting birds. But thousands of trees across Kelsford and the',
    'surrounding villages are protected by a Tree Preservation Order, and working on one of those without consent is a criminal offence.',
  ),
  j(
    'This guide explains what an order covers, how to find out whether your tree has one, how to apply for consent, and what the council',
    'will and will not accept. It is written for homeowners, but landlords and managing agents will find most of it applies to them too.',
  ),
];
const tProtects = [
  j(
    'A Tree Preservation Order (TPO) is made by the local planning authority to protect trees that bring public amenity value. In practice',
    'that usually means trees that can be seen from a road or footpath and that make a real contribution to how a street or village looks.',
  ),
  j(
    'An order can cover a single tree, a group of trees, a woodland, or an “area” of trees shown on a map. Area orders are older and',
    'broader: they can protect every tree standing inside the boundary on the day the order was made, even self-seeded ones you never',
    'noticed. Newer orders tend to list individual trees by species and number.',
  ),
  'Without the council’s written consent, an order makes it an offence to:',
];
const tActs = ['cut down or uproot the tree', 'top or lop it, including crown reduction and crown lifting', 'wilfully damage or destroy it', 'cut its roots'];
const tFind = [
  j(
    'The quickest way is the council’s online map. Kelsford District Council publishes every order as a layer on its planning map, with the',
    'order number and a link to the original document. If your property is near the edge of an area order, ask for the scanned plan, because',
    'the map layer is only approximate.',
  ),
  j(
    'You can also email the council’s tree officer with your address and a photograph of the tree. Replies usually take about a week.',
    'Your conveyancing search will also have listed any orders when you bought the house, so it is worth digging out the paperwork.',
  ),
];
const tCons = [
  j(
    'Trees in a conservation area are protected even without an order if their trunk is more than 75 millimetres across at 1.5 metres above',
    'ground. Instead of applying for consent, you give the council six weeks’ notice using a section 211 notice. If the council does nothing',
    'within those six weeks, you may go ahead. If it thinks the tree deserves protection, it will make an order instead.',
  ),
  j('Kelsford has eleven conservation areas, including the whole of the old town, Upper Marlow Green and the river frontage at Stanbridge.'),
];
const tApply = [
  j(
    'Applications are free and are made on the standard form through the Planning Portal or directly to the council. You need to say which',
    'trees you want to work on, exactly what you want to do, and why. “Tidy up” or “reduce by a third” is not enough: the council wants',
    'measurements, such as “reduce the crown by up to 2 metres back to suitable growth points”.',
  ),
  'A good application includes:',
];
const tApplyList = [
  'a sketch plan showing the position of each tree and the nearest buildings',
  'the species and order reference of each tree',
  'a clear specification of the work, written to BS 3998',
  'photographs, and a report from an arborist if you are giving the tree’s health or safety as the reason',
  'evidence from a structural engineer if you believe the roots are damaging a building',
];
const tApply2 = [
  j(
    'The council has eight weeks to decide. It can grant consent, grant it with conditions (often a requirement to plant a replacement tree),',
    'or refuse. If it refuses, or does not decide in time, you can appeal to the Planning Inspectorate within 28 days.',
  ),
  j(
    'In our experience most sensible applications are approved. The ones that fail usually ask for far more than the tree needs, such as',
    'heavy reduction of a healthy oak to “let more light in”, or give no evidence for claims about subsidence.',
  ),
];
const tExempt = [
  j(
    'A small number of jobs do not need consent, although you must still be able to show that the exemption applied. You do not need',
    'consent to remove dead branches from a living tree, or to carry out work that is urgently needed to remove an immediate risk of serious',
    'harm. In the second case you must give the council five working days’ written notice of the work, or as much notice as is practical.',
  ),
  j(
    'Dead trees are no longer exempt in the way they once were: you must give five days’ notice before removing one, and the council may',
    'still require a replacement. Take dated photographs before any work begins.',
  ),
];
const tIgnore = [
  j(
    'Cutting down or wilfully destroying a protected tree can lead to an unlimited fine in the magistrates’ court. Lesser damage carries a',
    'fine of up to £2,500. Courts take account of any financial gain, such as a rise in the value of a building plot, when they set the',
    'fine, and the council can also require you to plant a replacement of a suitable size.',
  ),
  j(
    'The contractor who carries out the work can be prosecuted as well as the owner, which is why any reputable tree surgeon will check for',
    'an order before quoting for work and will refuse to start until consent is in writing.',
  ),
];
const tHelp = [
  j(
    'We check the status of every tree before we quote, and we prepare and submit applications for our customers at no extra charge when',
    'we carry out the work. Our arborists hold Level 4 qualifications and can provide the tree condition reports that councils ask for.',
  ),
  j('If you think a tree on your property might be protected, send us a photograph and your postcode and we will tell you where you stand.'),
];
const tHeads = [
  'What a tree preservation order protects',
  'How to find out if a tree is protected',
  'Conservation areas',
  'Applying for consent to work on a protected tree',
  'Exemptions',
  'What happens if you ignore an order',
  'How we can help',
];
const tNav = ['Home', 'Tree Surgery', 'Hedge Cutting', 'Stump Grinding', 'Tree Surveys', 'Advice', 'About Us', 'Contact'];
const tCrumbs = ['Home', 'Advice'];
const tSideRecent = ['When is the best time to prune fruit trees?', 'Ash dieback: should you fell now?', 'What does a tree survey cost?'];
const tSideCats = ['Advice', 'Case Studies', 'Company News', 'Tree Law'];
const tFoot = ['Privacy Policy', 'Cookie Policy', 'Terms of Business'];
const tComment = j(
  'Really useful, thank you. Our neighbour has a protected lime and we had no idea we could apply to cut back the overhanging branches',
  'ourselves.',
);
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tTitle} - Hollinsbrook Tree Care</title>
<meta name="description" content="What a TPO covers, how to check if your tree is protected and how to apply for consent.">
<link rel="canonical" href="https://hollinsbrooktreecare.co.uk/tree-preservation-orders-guide/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${tTitle}",
"author":{"name":"Gareth Wenlow"},"datePublished":"2026-03-09T08:12:44+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css"
href="https://hollinsbrooktreecare.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 6.67em}.entry-title{font-size:2.4rem}</style>
<script src="https://hollinsbrooktreecare.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-812 single-format-standard ast-desktop ast-separate-container
ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img width="220" height="64" src="/wp-content/uploads/2024/02/hollinsbrook-logo.png" class="custom-logo" alt="Hollinsbrook Tree Care"></a></span></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
${links(tNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div>
<div class="ast-header-custom-item"><a class="ast-custom-button-link" href="/contact/"><div class="ast-button">Call 01632 960 418</div></a></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-tree-law
ast-article-single" id="post-812" itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav class="ast-breadcrumbs" aria-label="Breadcrumbs">
<span><span><a href="/">Home</a></span> » <span><a href="/advice/">Advice</a></span> »
<span class="breadcrumb_last" aria-current="page">${tTitle}</span></span>
</nav></div></div>
<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2026/03/protected-oak-kelsford.jpg"
class="attachment-large size-large wp-post-image" alt="A large oak beside a village road"></div>
<h1 class="entry-title" itemprop="headline">${tTitle}</h1>
<div class="entry-meta"><span class="cat-links"><a href="/category/tree-law/" rel="category tag">Tree Law</a></span> / By <span class="posted-by vcard author"
itemtype="https://schema.org/Person" itemscope itemprop="author"><a title="View all posts by Gareth Wenlow" href="/author/gareth/" class="url fn n"
rel="author" itemprop="url"><span class="author-name" itemprop="name">Gareth Wenlow</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">9 March 2026</span></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(tIntro)}
<h2 class="wp-block-heading">${at(tHeads, 0)}</h2>
${ps(tProtects)}
<ul class="wp-block-list">${lis(tActs)}</ul>
<h2 class="wp-block-heading">${at(tHeads, 1)}</h2>
${ps(tFind)}
<h3 class="wp-block-heading">${at(tHeads, 2)}</h3>
${ps(tCons)}
<h2 class="wp-block-heading">${at(tHeads, 3)}</h2>
${ps(tApply)}
<ul class="wp-block-list">${lis(tApplyList)}</ul>
${ps(tApply2)}
<h2 class="wp-block-heading">${at(tHeads, 4)}</h2>
${ps(tExempt)}
<h2 class="wp-block-heading">${at(tHeads, 5)}</h2>
${ps(tIgnore)}
<h2 class="wp-block-heading">${at(tHeads, 6)}</h2>
${ps(tHelp)}
<div class="wp-block-buttons"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="/contact/">Ask us about a tree</a></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/ash-dieback-should-you-fell-now/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/what-does-a-tree-survey-cost/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">1 thought on
“${tTitle}”</h3></div><ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-231"><article id="comment-231"
class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap">
<cite><b class="fn">Priya Chandwell</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-231">
<time datetime="2026-03-14T19:02:11+00:00">
14 March 2026 at 7:02 pm</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${tComment}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div>
</section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will
not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-textarea"><label for="comment"
class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.."></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="/"><label for="search-field"><span class="screen-reader-text">Search for:</span>
<input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<nav aria-label="Recent Posts"><ul>${links(tSideRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>
<nav aria-label="Categories"><ul>${links(tSideCats, 'cat-item')}</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Free quotes</h2><div class="textwidget"><p>Fully insured, NPTC qualified
arborists covering Kelsford and a 25-mile radius.</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container"><div class="ast-builder-footer-grid-columns">
<div class="ast-footer-copyright"><p>Copyright © 2026 Hollinsbrook Tree Care | Powered by Astra WordPress Theme</p></div>
<nav class="site-footer-primary-section-2 footer-widget-area"><ul class="ast-nav-menu">${links(tFoot, 'menu-item')}</ul></nav></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage
Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our
service.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraTpo: TestPage = {
  name: 'heldout656-astra-tpo-guide',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tIntro, ...tProtects, ...tActs, ...tFind, ...tCons, ...tApply, ...tApplyList, ...tApply2, ...tExempt, ...tIgnore, ...tHelp]),
  bylines: ['By Gareth Wenlow', '9 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...tNav, 'Call 01632 960 418', ...tCrumbs, 'Tree Law', 'Ask us about a tree', 'Post navigation', '← Previous Post', 'Next Post →',
    `1 thought on “${tTitle}”`, 'Priya Chandwell', '14 March 2026 at 7:02 pm', tComment, 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Type here..', 'Search for:', 'Recent Posts', ...tSideRecent,
    'Categories', ...tSideCats, 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences', 'Free quotes', 'Fully insured, NPTC qualified arborists covering Kelsford and a 25-mile radius.',
    'Copyright © 2026 Hollinsbrook Tree Care | Powered by Astra WordPress Theme', ...tFoot,
  ]),
};

export const HELDOUT656_A: readonly TestPage[] = [astraTpo].map(settle);
