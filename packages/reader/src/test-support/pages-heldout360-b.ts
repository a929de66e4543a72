import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout360-kit.js';

/**
 * Held-out batch 360, file b: an App Store web listing whose "What's New" section is the article (global nav, app header with
 * price and rating, screenshots, the description, ratings and reviews, the information table, "More By This Developer",
 * "You Might Also Like" and the footer), and a browser's release blog post on a WordPress blog (header, category, byline,
 * reading time, hero figure, share bar, newsletter box, related posts and footer).
 */
const asTitle = 'Pebblepath: Trail Maps';
const asWhatsNew = [
  'This update brings offline maps for whole regions, not just single trails.',
  j('• Download a region once and every trail inside it works without signal, including elevation profiles and water sources.'),
  '• The trip recorder now pauses automatically when you stop for more than five minutes, so lunch breaks no longer ruin your pace.',
  '• Trail conditions reported by other hikers show how many hours ago they were posted.',
  '• Fixed a bug where the compass drifted on some tablet models after the screen was locked.',
  j(
    'We read every review. If something is not working the way you expect, tap Settings › Help › Contact us and tell us the trail',
    'name; we answer every message within two working days.',
  ),
];
const asDesc = [
  j(
    'Pebblepath helps you find, plan and record hikes across 60,000 mapped trails. Filter by length, climb, dog-friendliness and',
    'shade, check what other walkers saw this week, and save routes for the days you have no signal.',
  ),
];
const asReviews: readonly [string, string, string][] = [
  ['Saved my Sunday', 'Lost signal on the ridge and the offline region map just kept working. Worth every penny of the subscription.', 'fellwalker_jo'],
  ['Recorder could be better', 'Auto-pause is great but it still counts the car park loop twice when I start too early.', 'Ottoline B.'],
];
const asInfo: readonly [string, string][] = [
  ['Seller', 'Pebblepath Outdoors Ltd'],
  ['Size', '212.4 MB'],
  ['Category', 'Navigation'],
  ['Compatibility', 'Requires iOS 16.0 or later.'],
  ['Languages', 'English, French, German, Norwegian Bokmål'],
  ['Age Rating', '4+'],
  ['Copyright', '© 2026 Pebblepath Outdoors Ltd'],
];
const asMore = ['Pebblepath Climb', 'Pebblepath Kids: Nature Trails'];
const asLike = ['Ridgeway GPS Tracker', 'Moorland Weather', 'Summit Log: Peak Bagging'];
const asNav = ['Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const asFoot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Legal', 'Site Map'];
const asHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8">
<title>‎${asTitle} on the App Store</title>
<meta name="description" content="Download Pebblepath: Trail Maps by Pebblepath Outdoors Ltd on the App Store. See screenshots, ratings and reviews, user
tips.">
<meta property="og:title" content="‎Pebblepath: Trail Maps"><meta name="twitter:site" content="@AppStore"><meta name="apple:content_id" content="6447102981">
<script name="schema:software-application" type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareApplication",
"name":"Pebblepath: Trail Maps","author":{"@type":"Person","name":"Pebblepath Outdoors Ltd"},"aggregateRating":{"@type":"AggregateRating",
"ratingValue":4.7,"reviewCount":18344},"offers":{"@type":"Offer","price":0,"priceCurrency":"GBP"},"applicationCategory":"Navigation"}</script>
<link rel="stylesheet" href="/assets/web-experience-app-b2f3.css"></head><body class="no-js no-touch">
<div class="ac-gn-overlay"></div><nav id="ac-globalnav" class="no-js" role="navigation" aria-label="Global" data-analytics-region="global nav" lang="en-GB">
<div class="ac-gn-content"><ul class="ac-gn-list">${links(asNav, 'ac-gn-item')}</ul></div></nav>
<div class="we-localnav"><div class="localnav-wrapper"><span class="localnav-title">App Store</span>
<ul class="localnav-menu-items"><li><a href="/gb/iphone/today">Preview</a></li></ul></div></div>
<main class="selfclear is-apps-theme" id="main"><div class="animation-wrapper is-visible"><section class="l-content-width section section--hero product-hero">
<div class="l-row"><div class="product-hero__media l-column small-5 medium-4 large-3 small-valign-top"><picture class="we-artwork we-artwork--downloaded">
<img src="https://is1-ssl.mzstatic.example/image/thumb/Purple/v4/246x0w.webp" alt="" class="we-artwork__image" width="246" height="246"></picture></div>
<header class="product-header app-header product-header--padded-start"><h1 class="product-header__title app-header__title">${asTitle}
<span class="badge badge--product-title">4+</span></h1>
<h2 class="product-header__subtitle app-header__subtitle">Offline hiking maps &amp; GPS</h2>
<h2 class="product-header__identity app-header__identity"><a class="link"
href="/gb/developer/pebblepath-outdoors-ltd/id1402219">Pebblepath Outdoors Ltd</a></h2>
<ul class="product-header__list app-header__list"><li class="product-header__list__item"><ul class="inline-list inline-list--mobile-compact">
<li class="inline-list__item">No. 3 in Navigation</li></ul></li>
<li class="product-header__list__item"><ul class="we-star-rating-stars-outlines"><li><figure class="we-star-rating" aria-label="4.7 out of 5">
<figcaption class="we-rating-count star-rating__count">4.7 • 18.3K Ratings</figcaption></figure></li></ul></li></ul>
<ul class="product-header__list app-header__list"><li class="product-header__list__item app-header__list__item--price">Free</li>
<li class="product-header__list__item app-header__list__item--in-app-purchase">Offers In-App Purchases</li></ul></header></div></section>
<section class="l-content-width section section--bordered"><h2 class="section__headline">Screenshots</h2>
<div class="we-screenshot-viewer__screenshots"><ul class="l-row l-row--peek"><li><picture class="we-artwork"><img alt=""
src="https://is1.mzstatic.example/1.webp">
</picture></li><li><picture class="we-artwork"><img alt="" src="https://is1.mzstatic.example/2.webp"></picture></li></ul></div></section>
<section class="l-content-width section section--bordered"><div class="section__description"><div class="l-row"><div class="we-truncate we-truncate--multi-line"
dir="" data-test-bidi>${ps(asDesc, ' dir="ltr"')}</div><button class="we-truncate__button we-truncate__button--top-offset
link">more</button></div></div></section>
<section class="l-content-width section section--bordered whats-new"><div class="section__nav section__nav--small">
<h2 class="section__headline">What’s New</h2><a href="#version-history" class="link section__nav__see-all-link">Version History</a></div>
<div class="l-row whats-new__content"><div class="l-column small-12 medium-3 large-4 small-valign-top whats-new__latest">
<div class="l-row"><time data-test-we-datetime datetime="2026-03-02T00:00:00.000Z" aria-label="2 March 2026"
class="version-history__item__release-date">2 Mar 2026</time>
<h4 class="version-history__item__version-number">Version 7.2</h4></div></div>
<div class="we-truncate we-truncate--multi-line we-truncate--interactive l-column small-12 medium-9 large-8" dir="">
${ps(asWhatsNew, ' dir="ltr"')}
<button class="we-truncate__button we-truncate__button--top-offset link">more</button></div></div></section>
<section class="l-content-width section section--bordered"><div class="section__nav"><h2 class="section__headline">Ratings and Reviews</h2>
<a href="/gb/app/pebblepath/id6447102981?see-all=reviews" class="link section__nav__see-all-link">See All</a></div>
<div class="we-customer-ratings lockup"><span class="we-customer-ratings__averages__display">4.7</span> <span>out of 5</span>
<div class="we-customer-ratings__count small-hide medium-show">18.3K Ratings</div></div>
${asReviews
  .map(
    ([t, r, u]) => `<div class="we-customer-review lockup"><h3 class="we-truncate we-customer-review__title">${t}</h3>
<span class="we-customer-review__user">${u}</span><blockquote class="we-truncate we-customer-review__body"><p>${r}</p></blockquote></div>`,
  )
  .join('\n')}
</section>
<section class="l-content-width section section--bordered section--information"><h2 class="section__headline">Information</h2>
<dl class="information-list information-list--app medium-columns l-row">
${asInfo
  .map(
    ([k, v]) => `<div class="information-list__item l-column small-12 medium-6 large-4 small-valign-top"><dt class="information-list__item__term">${k}</dt>
<dd class="information-list__item__definition">${v}</dd></div>`,
  )
  .join('\n')}</dl></section>
<section class="l-content-width section section--bordered"><h2 class="section__headline">More By This Developer</h2>
<div class="l-row l-row--peek">${asMore
  .map(
    (t) => `<a href="/gb/app/${t.length}" class="we-lockup targeted-link"><div class="we-lockup__text">
<div class="we-lockup__title"><div class="we-truncate targeted-link__target"><p>${t}</p></div></div><div class="we-lockup__subtitle">Navigation</div>
</div></a>`,
  )
  .join('\n')}</div></section>
<section class="l-content-width section section--bordered"><h2 class="section__headline">You Might Also Like</h2>
<div class="l-row l-row--peek">${asLike
  .map(
    (t) => `<a href="/gb/app/${t.length}"
class="we-lockup targeted-link"><div class="we-lockup__title"><p>${t}</p></div></a>`,
  )
  .join('\n')}
</div></section></div></main>
<footer id="ac-globalfooter" class="no-js" role="contentinfo" lang="en-GB"><div class="ac-gf-content"><section class="ac-gf-footer">
<div class="ac-gf-footer-shop">More ways to shop: Find an Apple Store or other retailer near you. Or call 0800 048 0408.</div>
<div class="ac-gf-footer-legal"><div class="ac-gf-footer-legal-copyright">Copyright © 2026 Apple Inc. All rights reserved.</div>
<ul class="ac-gf-footer-legal-links">${links(asFoot, 'ac-gf-footer-legal-link')}</ul></div></section></div></footer>
<script type="module" src="/assets/web-experience-app-3f1a.js"></script></body></html>`;
const appStore: TestPage = {
  name: 'heldout360-apple-app-store-whats-new-docs',
  kind: 'docs',
  html: asHtml,
  title: asTitle,
  headings: ['What’s New'],
  body: texts(asWhatsNew),
  bylines: ['2 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...asNav, 'App Store', 'Preview', 'Offline hiking maps & GPS', 'Pebblepath Outdoors Ltd', 'No. 3 in Navigation', '4.7 • 18.3K Ratings', 'Free',
    'Offers In-App Purchases', 'Screenshots', ...texts(asDesc), 'Version History', 'Version 7.2', 'Ratings and Reviews', 'See All', 'out of 5',
    ...asReviews.flat(), 'Information', ...asInfo.flat().filter((t) => t !== '4+' && t !== 'Pebblepath Outdoors Ltd'), 'More By This Developer', ...asMore,
    'You Might Also Like', ...asLike, 'More ways to shop: Find an Apple Store or other retailer near you. Or call 0800 048 0408.',
    'Copyright © 2026 Apple Inc. All rights reserved.', ...asFoot,
  ],
};

const brTitle = 'Kestrel 131: tab islands, quieter notifications and a faster reader view';
const brIntro = [
  j(
    'Kestrel 131 starts rolling out today on Windows, macOS and Linux, with Android following over the next week. It is one of the',
    'larger releases of the year, so here is a tour of what changes and why we made those choices.',
  ),
];
const brTabs = [
  j(
    'If you keep forty tabs open, you have probably built your own system for finding them again. Tab islands make that system part',
    'of the browser: drag one tab onto another and they form an island with a name and a colour. Islands can be collapsed to a single',
    'pill, moved between windows, and restored together after a restart.',
  ),
  j(
    'During the beta, testers with more than twenty tabs collapsed an island about six times a day on average, and the number of',
    'duplicate tabs they opened fell by roughly a quarter.',
  ),
];
const brQuote =
  '“We did not want another sidebar. Islands had to live in the tab strip, where people already look,” said Ingrid Solvang, who leads the desktop team.';
const brNotif = [
  j(
    'Sites that ask for notification permission on the first visit will now see the request quietly folded into the address bar',
    'instead of a pop-up. You can still allow them with one click. Sites you visit often and that you have bookmarked keep the',
    'full prompt.',
  ),
];
const brReader = [
  'Reader view was rewritten to run off the main thread. In our measurements it now opens in about 120 ms on a mid-range laptop, down from 410 ms.',
  'It also keeps tables and code blocks, which the old version flattened into paragraphs.',
];
const brDev = [
  'The network panel can group requests by initiator, so you can see which script fired a burst of analytics calls.',
  'CSS <code>@scope</code> is enabled by default.',
  'The console accepts top-level <code>await</code> in snippets saved to the Sources panel.',
  'WebGPU is now available on Linux with recent Mesa drivers.',
];
const brSec = [
  j(
    'This release fixes 14 security issues, three of them rated high. Details are in the security advisories, which are published once',
    'most users have updated.',
  ),
  'Kestrel updates itself in the background; to check now, open the menu and choose Help › About Kestrel.',
];
const brNav = ['Product', 'Privacy', 'Developers', 'Community', 'Download Kestrel'];
const brShare = ['Share on Mastodon', 'Share on Bluesky', 'Share on LinkedIn', 'Copy link'];
const brRelated = ['How we cut Kestrel’s memory use on 4 GB laptops', 'Kestrel 130: passkeys everywhere', 'What happens to your data when you close a tab'];
const brFoot = ['About us', 'Careers', 'Press', 'Privacy Notice', 'Cookie preferences', 'Legal'];
const brHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${brTitle} - The Kestrel Blog</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-10T16:00:00+00:00">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ruairí Penhallow"><meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="5 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${brTitle}",
"author":{"name":"Ruairí Penhallow"},"datePublished":"2026-03-10T16:00:00+00:00","publisher":{"@type":"Organization","name":"Kestrel Browser"}}]}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://blog.kestrel.example/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2">
<link rel="stylesheet" id="kestrel-blog-style-css" href="https://blog.kestrel.example/wp-content/themes/kestrel-blog/style.css?ver=2.4.0"></head>
<body class="post-template-default single single-post postid-8812 single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://blog.kestrel.example/"
rel="home">The Kestrel Blog</a></p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="primary-menu"
class="menu">${links(brNav, 'menu-item menu-item-type-custom')}</ul></nav>
</header>
<main id="content" class="site-main"><article id="post-8812"
class="post-8812 post type-post status-publish format-standard has-post-thumbnail category-releases">
<header class="entry-header"><div class="entry-categories"><a href="https://blog.kestrel.example/category/releases/" rel="category tag">Releases</a></div>
<h1 class="entry-title">${brTitle}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/rpenhallow/">Ruairí Penhallow</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-03-10T16:00:00+00:00">March 10, 2026</time></span>
<span class="reading-time">5 min read</span></div></header>
<figure class="post-thumbnail wp-block-image size-large"><img width="1200" height="630"
src="https://blog.kestrel.example/wp-content/uploads/2026/03/k131-hero.png"
class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high">
<figcaption class="wp-element-caption">Tab islands in Kestrel 131, collapsed and expanded. Illustration: Mette Quarshie</figcaption></figure>
<div class="entry-content">
${ps(brIntro)}
<h2 class="wp-block-heading" id="tab-islands">Tab islands</h2>
${ps(brTabs)}
<blockquote class="wp-block-quote"><p>${brQuote}</p></blockquote>
<p class="has-background has-pale-cyan-blue-background-color kestrel-inline-promo">Read more: <a href="/2026/01/memory-on-4gb-laptops/">How we cut Kestrel’s
memory use on 4 GB laptops</a></p>
<h2 class="wp-block-heading" id="quieter-notifications">Quieter notification requests</h2>
${ps(brNotif)}
<h2 class="wp-block-heading" id="reader-view">A faster reader view</h2>
${ps(brReader)}
<h2 class="wp-block-heading" id="for-developers">For developers</h2>
<ul class="wp-block-list">${brDev.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading" id="security">Security fixes</h2>
${ps(brSec)}
</div>
<footer class="entry-footer"><div class="share-bar"><span class="share-bar__label">Share this post</span>
<ul class="share-bar__list">${links(brShare, 'share-bar__item')}</ul></div>
<span class="tags-links">Tagged <a href="/tag/release-notes/" rel="tag">release notes</a>, <a href="/tag/desktop/" rel="tag">desktop</a></span></footer>
</article>
<aside class="newsletter-signup wp-block-group"><h2 class="wp-block-heading">Get Kestrel news in your inbox</h2>
<p>One email a month about new releases, privacy tips and the occasional behind-the-scenes story.</p>
<form class="newsletter-form"><label for="nl-email">Email address</label><input id="nl-email"
type="email"><button type="submit">Subscribe</button></form></aside>
<section class="related-posts"><h2 class="related-posts__title">Related posts</h2><ul>${links(brRelated, 'related-posts__item')}</ul></section>
</main>
<footer id="colophon" class="site-footer"><nav class="footer-navigation" aria-label="Footer"><ul class="footer-menu">${links(brFoot, 'menu-item')}</ul></nav>
<div class="site-info">© 2026 Kestrel Browser Foundation. Content available under a Creative Commons license.</div></footer>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use a small number of cookies to understand how the blog is read. You can accept or decline
them.</span>
<a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a> <a role="button" id="cookie_action_close_header_reject">Decline</a></div>
<script src="https://blog.kestrel.example/wp-includes/js/wp-emoji-release.min.js?ver=6.7.2" id="wp-emoji-js"></script></body></html>`;
const browserBlog: TestPage = {
  name: 'heldout360-wordpress-browser-release-blog',
  kind: 'blog',
  html: brHtml,
  title: brTitle,
  headings: ['Tab islands', 'Quieter notification requests', 'A faster reader view', 'For developers', 'Security fixes'],
  body: texts([...brIntro, ...brTabs, brQuote, ...brNotif, ...brReader, ...brDev, ...brSec]),
  bylines: ['By Ruairí Penhallow', 'March 10, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Kestrel Blog', ...brNav, 'Releases', 'Tab islands in Kestrel 131, collapsed and expanded. Illustration: Mette Quarshie',
    'Read more: How we cut Kestrel’s memory use on 4 GB laptops', 'Share this post', ...brShare, 'Tagged release notes, desktop',
    'Get Kestrel news in your inbox', 'One email a month about new releases, privacy tips and the occasional behind-the-scenes story.', 'Email address',
    'Subscribe', 'Related posts', ...brRelated, ...brFoot, '© 2026 Kestrel Browser Foundation. Content available under a Creative Commons license.',
    'We use a small number of cookies to understand how the blog is read. You can accept or decline them.', 'Accept', 'Decline',
  ],
};

export const HELDOUT360_B: readonly TestPage[] = [appStore, browserBlog];
