import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file d2: a camping gear maker's voluntary recall notice on WordPress with the Astra theme and block
 * editor content (skip link, site header and menu, entry header with author, date and category, featured image caption,
 * wp-block headings, list, table and pull quote, a Jetpack share bar, post navigation, "Comments are closed.", the widget
 * sidebar with search, recent posts, categories and archives, the Complianz cookie banner and the Astra footer).
 */
const wTitle = 'Voluntary Recall: Ridgeway Trek Canister Stove (Models RT-1 and RT-1X)';
const wIntro = [
  j(
    'We are voluntarily recalling Ridgeway Trek canister stoves made between June and November 2025. We have found',
    'that the O-ring where the stove threads onto the gas canister can harden in cold weather and let gas escape around the',
    'connection. Escaping gas can catch fire when the stove is lit, which could burn the user or damage a tent or other gear.',
  ),
  j(
    'We have had six reports of gas leaking at the connection, all in temperatures below freezing, and one report of a small flare',
    'that singed a user’s glove. Nobody has been seriously hurt. We are acting now so that it stays that way.',
  ),
];
const wWhich = [
  j(
    'The recall covers the Ridgeway Trek RT-1 (orange burner head) and RT-1X (titanium grey burner head). Look at the underside of',
    'the stove’s valve body: the serial number is stamped next to the flame symbol.',
  ),
];
const wRows: [string, string, string][] = [
  ['RT-1', 'RT1-2506001 to RT1-2511950', 'Orange'],
  ['RT-1X', 'RTX-2506001 to RTX-2511420', 'Titanium grey'],
];
const wNotAffected = 'Any stove with a serial number outside these ranges, and any stove bought before June 2025, is not affected.';
const wDo = ['Stop using the stove and disconnect it from any gas canister.', 'Fill in the recall form below with your serial number and address.'];
const wDo2 = [
  'We will send you a prepaid padded envelope to return the stove.',
  'Once we receive it, we will send you a new stove with an improved cold-rated seal, free of charge, within ten working days.',
];
const wWhy = [
  j(
    'Our stoves are tested at minus ten degrees before they leave the workshop, and the stoves in this batch passed. The problem',
    'showed up after several weeks of repeated freezing and thawing, which our tests did not cover. The seal supplier changed its',
    'rubber compound in spring 2025 without telling us, and the new compound does not stand up to those cycles.',
  ),
  j(
    'We have gone back to the original compound, added a thirty-cycle freeze test to our checks and moved to a second seal supplier',
    'so that one change cannot slip through again.',
  ),
];
const wQuote = j(
  'We design these stoves for people who cook in the snow. A stove that leaks in the cold is not good enough, and we are sorry that',
  'some of you have had one.',
);
const wQuoteBy = '— Aled Thornbury, founder';
const wContact = [
  j(
    'If you have questions, email recall@thornburyoutdoor.example or call us on 0161 555 0192 from 9 a.m. to 5 p.m., Monday to',
    'Friday. Retailers who sold the stove have been told about the recall and can also help.',
  ),
  'Thank you for your patience, and for looking after your kit and yourselves.',
];
const wMenu = ['Shop', 'Stoves', 'Cookware', 'Repairs', 'Journal', 'About', 'Contact'];
const wRecent = ['Winter Cooking: Five Tips for Stoves Below Freezing', 'Meet the Workshop: How a Burner Head Is Made', 'Our Repair Service Turns Five'];
const wCats = ['Company News', 'Guides', 'Product Safety', 'Workshop'];
const wArchive = ['March 2026', 'February 2026', 'January 2026'];
const wCookie = 'We use cookies to optimise our website and our service.';
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} – Thornbury Outdoor</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-10T09:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Nia Prothero"},"datePublished":"2026-03-10T09:00:00+00:00"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://thornburyoutdoor.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.8">
<link rel="stylesheet" id="wp-block-library-css" href="https://thornburyoutdoor.example/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};</script></head>
<body class="post-template-default single single-post postid-1482 single-format-standard ast-right-sidebar astra-4.6.8">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div id="page" class="hfeed site">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap"><div class="ast-container">
<div class="site-branding"><span class="site-logo-img"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/logo.png" alt="Thornbury Outdoor"></a>
</span><p class="site-title"><a href="/">Thornbury Outdoor</a></p></div>
<nav id="primary-site-navigation" class="main-header-menu-toggle main-navigation"><ul id="ast-hf-menu-1" class="main-header-menu ast-nav-menu">
${links(wMenu, 'menu-item menu-item-type-post_type')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1482 post type-post status-publish format-standard has-post-thumbnail category-product-safety ast-article-single" id="post-1482">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/nia/"><span class="author-name">Nia Prothero</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">10 March 2026</span></span> /
<span class="cat-links"><a href="/category/product-safety/" rel="category tag">Product Safety</a></span></div></header>
<div class="post-thumb-img-content post-thumb"><figure><img src="/wp-content/uploads/2026/03/ridgeway-trek.jpg" alt="">
<figcaption class="wp-caption-text">The Ridgeway Trek RT-1 with its orange burner head. Photo: Thornbury Outdoor</figcaption></figure></div>
<div class="entry-content clear" itemprop="text">
${ps(wIntro)}
<h2 class="wp-block-heading">Which stoves are affected?</h2>
${ps(wWhich)}
<figure class="wp-block-table"><table><thead><tr><th>Model</th><th>Serial numbers</th><th>Burner colour</th></tr></thead><tbody>
${wRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></figure>
<p>${wNotAffected}</p>
<h2 class="wp-block-heading">What you should do</h2>
<ol class="wp-block-list">${wDo.map((d) => `<li>${d}</li>`).join('\n')}
${wDo2.map((d) => `<li>${d}</li>`).join('\n')}</ol>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/recall-form/">Open the recall
form</a></div></div>
<h2 class="wp-block-heading">Why did this happen?</h2>
${ps(wWhy)}
<figure class="wp-block-pullquote"><blockquote><p>${wQuote}</p><cite>${wQuoteBy}</cite></blockquote></figure>
<h2 class="wp-block-heading">Contact us</h2>
${ps(wContact)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>
<li class="share-x"><a class="share-x sd-button" href="#"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button"
href="#"><span>Email</span></a></li></ul></div></div></div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/winter-cooking/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/meet-the-workshop/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(wArchive)}</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-copyright"><p>Copyright © 2026 Thornbury
Outdoor | Powered by Astra WordPress Theme</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">${wCookie}</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://thornburyoutdoor.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.8" id="astra-theme-js-js"></script>
</body></html>`;
export const wpRecall: TestPage = {
  name: 'heldout411-wordpress-astra-voluntary-recall',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Which stoves are affected?', 'What you should do', 'Why did this happen?', 'Contact us'],
  body: texts([...wIntro, ...wWhich, ...wRows.flat(), wNotAffected, ...wDo, ...wDo2, ...wWhy, wQuote, wQuoteBy, ...wContact]),
  bylines: ['Nia Prothero', '10 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Thornbury Outdoor', ...wMenu, 'Product Safety', 'The Ridgeway Trek RT-1 with its orange burner head. Photo: Thornbury Outdoor',
    'Open the recall form', 'Share this:', 'Facebook', 'Email', 'Previous Post', 'Next Post', 'Comments are closed.', 'Search for:', 'Recent Posts', ...wRecent,
    'Categories', ...wCats, 'Archives', ...wArchive, 'Copyright © 2026 Thornbury Outdoor | Powered by Astra WordPress Theme', 'Manage Cookie Consent',
    wCookie, 'Accept', 'Deny', 'View preferences',
  ],
};
