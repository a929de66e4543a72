import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout657-kit.js';

/**
 * Held-out batch 657, file a: a carpet cleaner's stain removal guide on WordPress (Astra theme, Complianz banner, comments),
 * (the upholstery price page on Squarespace is in file a2).
 */
const aTitle = 'How to Get Red Wine Out of a Wool Carpet (Without Making It Worse)';
const aIntro = [
  j(
    'Red wine on a pale wool carpet looks like a disaster, but most of the spills we are called out to could have been lifted',
    'completely in the first few minutes. The trouble is that the instinctive reactions – scrubbing, pouring salt, reaching for',
    'whatever spray is under the sink – usually set the stain rather than remove it.',
  ),
  j(
    'This guide walks through what our technicians do on a fresh spill, what you can safely mix at home, and the point at which',
    'it is worth picking up the phone.',
  ),
];
const aH = ['Act in the first ten minutes', 'Mix a gentle cleaning solution', 'What not to do', 'When to call a professional'];
const aFirst = j(
  "Wool is naturally stain resistant for a short while, because the fibre's outer scales shed liquid before it soaks into the core.",
  'Once the wine has been absorbed and begins to dry, the tannins bond with the fibre and the job becomes much harder.',
);
const aSteps = [
  '<strong>Blot, do not rub.</strong> Press a folded white cloth or kitchen roll onto the spill and lift it straight up, moving to a clean patch each time.',
  'Work from the outside of the stain towards the middle so that you do not spread the wine into clean pile.',
  'Dampen the area with a little cold water from a spray bottle and blot again. Repeat until no more colour transfers to the cloth.',
  'Put a thick pad of dry towel over the damp patch, stand a heavy book on it and leave it for an hour to draw up the remaining moisture.',
];
const aMixIntro = 'If a pink shadow remains once the area is dry, make up a mild solution. Everything you need is probably already in the house:';
const aMix = [
  'half a teaspoon of clear, unperfumed washing-up liquid',
  'a cup of lukewarm water, never hot, which can shrink wool',
  'a tablespoon of white vinegar to help neutralise the residue',
];
const aMixAfter = [
  j(
    'Apply the solution sparingly with a cloth, blot, then rinse with plain water and blot dry. Wool can be damaged by too much',
    'moisture, so it is better to repeat a light treatment three times than to soak the carpet once.',
  ),
  j(
    '<strong>Tip:</strong> always test any solution on a hidden corner first, such as inside a wardrobe or under a sofa, and check',
    'the cloth for dye before going further.',
  ),
];
const aDont = [
  'Do not pour salt on the stain. It absorbs some liquid but can leave a gritty, discoloured ring that is difficult to rinse out.',
  'Avoid oxygen bleach and stain removers sold for synthetic carpets. Many are too alkaline for wool and will strip the colour.',
  'Never use a hairdryer or heater to speed up drying, as heat sets the tannin for good.',
  'Do not pile white wine on top of red. It dilutes the colour but adds sugar, which attracts dirt later.',
];
const aPro = [
  j(
    'If the stain has been left overnight, covers an area larger than a dinner plate, or sits on a carpet with a jute backing, it is',
    'worth having it looked at. Our technicians use a wool-safe, low-moisture treatment and a tannin remover that is not sold to the',
    'public, and we can usually tell you on the phone whether the mark is likely to come out.',
  ),
  'We cover Norbury Leas and the villages within fifteen miles, and a single-stain visit is charged at our minimum call-out rate.',
];
const aNav = ['Home', 'Carpet Cleaning', 'Rug Cleaning', 'Upholstery', 'Prices', 'Blog', 'Contact'];
const aRecent = [
  'Why Your Carpet Smells Damp After Cleaning',
  'Moving Out? What an End-of-Tenancy Carpet Clean Covers',
  'Five Things That Shorten the Life of a Rug',
];
const aCats = ['Company News', 'Rug Care', 'Stain Guides'];
const aC1 = 'This worked on a merlot spill from our housewarming – the towel-and-book trick made all the difference. Thank you!';
const aC2 = 'So glad it helped, Megan! Keep the vinegar mix handy for next time.';
const aCookie = 'To provide the best experiences, we use technologies like cookies to store and/or access device information.';
const aCopy = 'Copyright © 2026 Brightpile Carpet Care | Powered by Astra WordPress Theme';
const comment = (id: number, who: string, when: string, iso: string, text: string, cls: string): string => `<li id="li-comment-${id}" class="${cls}">
<article id="comment-${id}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="/avatar/${id}.jpg"
class="avatar avatar-50 photo" height="50" width="50"></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${id}"><time
datetime="${iso}">${when}</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond" aria-label="Reply to ${who}">Reply</a></span></div></section></article>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} – Brightpile Carpet Care</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="What to do in the first ten minutes after a red wine spill on wool, what to mix at home and what never to use.">
<link rel="canonical" href="https://brightpilecarpetcare.co.uk/red-wine-wool-carpet/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Carys Penhallow"},"datePublished":"2026-11-08T09:30:00+00:00","articleSection":["Stain Guides"]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em}.site-title a{color:#1d4d6b}</style>
<link rel="stylesheet" id="cmplz-general-css" href="/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1712" media="all">
</head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-1184 single-format-standard ast-right-sidebar
astra-4.6.4 ast-separate-container ast-blog-single-style-1 ast-single-post"><a class="skip-link screen-reader-text" href="#content"
title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope><div id="ast-desktop-header" data-toggle-type="dropdown"><div
class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-header-primary-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity">
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home"
itemprop="url">Brightpile Carpet Care</a></span></div></div></div></div>
<div class="site-header-primary-section-right"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"
data-section="section-hb-menu-1">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"
itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
</div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-stain-guides ast-article-single" id="post-1184"
itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- single-layout-1"><header class="entry-header">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="640" src="/wp-content/uploads/2026/11/red-wine-wool.jpg"
class="attachment-large size-large wp-post-image" alt="Blotting a red wine stain on a cream wool carpet" itemprop="image" decoding="async"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="cat-links"><a href="/category/stain-guides/"
rel="category tag">Stain Guides</a></span> / By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author">
<a title="View all posts by Carys Penhallow" href="/author/carys/" rel="author" class="url fn n" itemprop="url"><span class="author-name"
itemprop="name">Carys Penhallow</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">November 8, 2026</span></span>
</div></header>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${aH[0]}</h2>
${ps([aFirst])}
<ol class="wp-block-list">${lis(aSteps)}</ol>
<h2 class="wp-block-heading">${aH[1]}</h2>
${ps([aMixIntro])}
<ul class="wp-block-list">${lis(aMix)}</ul>
<p>${aMixAfter[0]}</p>
<p class="has-pale-cyan-blue-background-color has-background">${aMixAfter[1]}</p>
<h2 class="wp-block-heading">${aH[2]}</h2>
<ul class="wp-block-list">${lis(aDont)}</ul>
<h2 class="wp-block-heading">${aH[3]}</h2>
${ps(aPro)}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Post navigation"><span class="screen-reader-text">Post navigation</span><div class="nav-links">
<div class="nav-previous"><a title="Why Your Carpet Smells Damp After Cleaning" href="/carpet-smells-damp/" rel="prev"><span class="ast-left-arrow"
aria-hidden="true">←</span> Previous Post</a></div><div class="nav-next"><a title="Five Things That Shorten the Life of a Rug" href="/rug-life/"
rel="next">Next Post <span class="ast-right-arrow" aria-hidden="true">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“${aTitle}”</h3></div><ol class="ast-comment-list">
${comment(311, 'Megan Thorley', 'November 10, 2026 at 7:42 pm', '2026-11-10T19:42:00+00:00', aC1, 'comment even thread-even depth-1 parent')}
<ol class="children">
${comment(312, 'Brightpile Carpet Care', 'November 11, 2026 at 9:03 am', '2026-11-11T09:03:00+00:00', aC2, 'comment byuser bypostauthor odd')}
</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel Reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are
marked <span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend
class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label>
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33"><label for="author"
class="screen-reader-text">Name*</label>
<input id="author" name="author" type="text" placeholder="Name*" size="30" aria-required="true"></p><p class="comment-form-email ast-grid-common-col
ast-width-lg-33"><label for="email" class="screen-reader-text">Email*</label><input id="email" name="email" type="text" placeholder="Email*"></p>
<p class="comment-form-url ast-grid-common-col ast-width-lg-33"><label for="url" class="screen-reader-text">Website</label><input id="url" name="url"
type="text" placeholder="Website"></p></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent"
type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary" itemtype="https://schema.org/WPSideBar" itemscope><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
<button class="search-submit ast-search-submit" aria-label="Search Submit"><span hidden>Search</span></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
${links(aRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>
${links(aCats, 'cat-item')}</ul></nav></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack"
data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div
class="ast-footer-copyright"><p>Copyright © 2026 Brightpile Carpet Care | Powered by <a href="https://wpastra.com/" rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences cmplz-show"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div><div class="cmplz-close" tabindex="0"
role="button" aria-label="Close dialog"></div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${aCookie}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div><div class="cmplz-links cmplz-documents"><ul>
<li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">Cookie Policy</a></li><li><a class="cmplz-link privacy-statement"
href="/privacy-statement/">Privacy Statement</a></li></ul></div></div></div>
<script id="astra-theme-js-js-extra">var astra={"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1712" id="cmplz-cookiebanner-js"></script></body></html>`;
const wpAstra: TestPage = {
  name: 'heldout657-astra-red-wine-guide',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, aFirst, ...aSteps, aMixIntro, ...aMix, ...aMixAfter, ...aDont, ...aPro]),
  bylines: ['By Carys Penhallow', 'November 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Brightpile Carpet Care', ...aNav.filter((t) =>
t !== 'Home'), 'Stain Guides', 'Post navigation', 'Previous Post', 'Next Post', `2 thoughts on “${aTitle}”`,
    'Megan Thorley', 'November 10, 2026 at 7:42 pm', aC1, 'Reply', 'November 11, 2026 at 9:03 am', aC2, 'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Type here..', 'Name*', 'Email*', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts', ...aRecent, 'Categories',
    ...aCats, aCopy, 'Manage Cookie Consent', aCookie, 'Accept', 'Deny', 'View preferences', 'Cookie Policy', 'Privacy Statement',
  ],
};

export const HELDOUT657_A: readonly TestPage[] = [wpAstra];
