import { links, ps, type TestPage, texts } from './page-kit.js';
import { parentingPost } from './pages-heldout117-c2.js';
import {
  aboutW,
  comments,
  disclosure,
  foot,
  form,
  h1,
  h2,
  h3,
  h4,
  kit,
  nav,
  notAdvice,
  offer,
  p1,
  p2,
  p3,
  p4,
  p5,
  p6,
  popular,
  table,
  tags,
  tips,
  title,
} from './pages-heldout117-c3.js';

/**
 * Held-out batch 117, file c: a personal-finance post on WordPress with GeneratePress (skip link, site title and tagline, the
 * mobile "Menu" toggle and the primary nav, the featured image, the entry meta with the hidden updated time, the published time
 * and "by" author, an affiliate disclosure at the top of the content, a table, a GenerateBlocks affiliate offer box with an h3
 * and an "Open an account" button inside the content, a "not financial advice" note at the end, the entry footer with
 * category, tags and post navigation, comments, the comment form, the right sidebar with an about box, a Kit (ConvertKit) form
 * and popular posts, the footer bar, the copyright bar and the Complianz cookie banner) and, from file c2, a parenting post on
 * WordPress with Astra, Mediavine ads and the Grow share bar.
 */
const cell = (t: string): string => `<td>${t}</td>`;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sinking Funds: How to Stop Irregular Expenses From Wrecking Your Budget | Steady Ledger</title>
<meta name="description" content="A sinking fund is money you set aside a little at a time for a cost you know is coming. Here is how we set ours up.">
<meta name="robots" content="index, follow"><link rel="canonical" href="https://steadyledger.example/sinking-funds/"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2025-06-03T11:00:00+00:00">
<meta property="article:modified_time" content="2025-09-14T15:30:12+00:00"><meta name="author" content="Daniel Okafor-Reyes">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"datePublished":"2025-06-03T11:00:00+00:00","dateModified":"2025-09-14T15:30:12+00:00","author":{"@type":"Person","name":"Daniel Okafor-Reyes"},
"articleSection":"Budgeting","publisher":{"@type":"Organization","name":"Steady Ledger"}}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://steadyledger.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
media="all">
<style id="generate-style-inline-css">body{background-color:#f4f6f5;color:#222}.entry-meta .updated{display:none}.separate-containers
.inside-article{padding:40px}</style>
<link rel="stylesheet" id="generateblocks-css" href="https://steadyledger.example/wp-content/uploads/generateblocks/style-1187.css?ver=1757863812" media="all">
<script src="https://steadyledger.example/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1745" defer></script></head>
<body class="post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive post-image-above-header post-image-aligned-center
sticky-menu-fade right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog"
itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header
grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://steadyledger.example/" rel="home">Steady Ledger</a></p>
<p class="site-description" itemprop="description">Plain-English money advice for real households</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle"
aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em"
height="1em"></svg></span>
<span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon
icon-menu-bars"></span>
<span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main-menu" class="menu sf-menu">
${links(nav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main"
id="main">
<article id="post-1187" class="post-1187 post type-post status-publish format-standard has-post-thumbnail hentry category-budgeting tag-high-yield-savings
tag-sinking-funds"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="https://steadyledger.example/wp-content/uploads/2025/06/jars.jpg"
class="attachment-full size-full wp-post-image" alt="Labelled glass jars with coins" itemprop="image" decoding="async" fetchpriority="high"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${title}</h1><div class="entry-meta"><span class="posted-on"><time class="updated"
datetime="2025-09-14T15:30:12+00:00" itemprop="dateModified">September 14, 2025</time><time class="entry-date published" datetime="2025-06-03T11:00:00+00:00"
itemprop="datePublished">June 3, 2025</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person"
itemscope>
<a class="url fn n" href="https://steadyledger.example/author/daniel/" title="View all posts by Daniel Okafor-Reyes" rel="author" itemprop="url"><span
class="author-name"
itemprop="name">Daniel Okafor-Reyes</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<p class="has-small-font-size
affiliate-disclosure"><em>${disclosure.replace('Read our full disclosure.', '<a href="/disclosure/">Read our full disclosure.</a>')}</em></p>
${ps(p1)}
<h2 class="wp-block-heading" id="how-sinking-funds-work">${h1}</h2>
${ps(p2)}
<h2 class="wp-block-heading" id="which-expenses-to-include">${h2}</h2>
${ps(p3)}
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Expense</th><th>Yearly cost</th><th>Monthly
amount</th></tr></thead><tbody>
${table.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}</tbody></table></figure>
${ps(p4)}
<h2 class="wp-block-heading" id="where-to-keep-the-money">${h3}</h2>
${ps(p5)}
<div class="gb-container gb-container-7f3a1c2e affiliate-box"><div class="gb-inside-container"><p class="gb-headline gb-headline-1a2b3c4d
gb-headline-text">${offer[0]}</p>
<h3 class="gb-headline gb-headline-5e6f7a8b gb-headline-text">${offer[1]}</h3><ul class="gb-list">${offer
  .slice(2, 5)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<div class="gb-button-wrapper gb-button-wrapper-9c0d1e2f"><a class="gb-button gb-button-3a4b5c6d gb-button-text"
href="https://steadyledger.example/go/larkfield"
rel="sponsored nofollow noopener" target="_blank">${offer[5]}</a></div><p class="gb-headline gb-headline-7e8f9a0b gb-headline-text
has-small-font-size">${offer[6]}</p></div></div>
<h2 class="wp-block-heading" id="making-it-stick">${h4}</h2>
<ul class="wp-block-list">${tips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p6)}
<p class="has-small-font-size disclaimer"><em>${notAdvice}</em></p>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"></span><span
class="screen-reader-text">Categories </span>
<a href="https://steadyledger.example/category/budgeting/" rel="category tag">Budgeting</a></span> <span class="tags-links"><span class="gp-icon
icon-tags"></span>
<span class="screen-reader-text">Tags </span>${tags.map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev"><a
href="https://steadyledger.example/emergency-fund-challenge/" rel="prev">The $100 Emergency Fund Challenge</a></span></div><div class="nav-next"><span
class="gp-icon
icon-arrow-right"></span><span class="next"><a href="https://steadyledger.example/irregular-income-budget/" rel="next">Zero-Based Budgeting for Irregular
Incomes</a></span>
</div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${title}”</h3><ol class="comment-list">
${comments
  .map(
    (c, i) => `<li id="comment-${88 + i}" class="comment ${i ? 'byuser bypostauthor odd alt' : 'even'} thread-even depth-1"><article class="comment-body"
id="div-comment-${88 + i}"
itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta"><img alt=""
src="https://secure.gravatar.example/${i}?s=50"
class="avatar avatar-50 photo" height="50" width="50" loading="lazy"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"
itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">${c.name}</cite></div><div class="entry-meta comment-metadata"><a
href="#comment-${88 + i}">
<time datetime="2025-06-05" itemprop="datePublished">${c.when}</time></a></div></div><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-${88 + i}"
aria-label="Reply to ${c.name}">Reply</a></span></footer><div class="comment-content" itemprop="text"><p>${c.text}</p></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond"
style="display:none;">${form[1]}</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p
class="comment-form-comment">
<label for="comment" class="screen-reader-text">${form[3]}</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<label for="author" class="screen-reader-text">${form[4]}</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>
<label for="email" class="screen-reader-text">${form[5]}</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<label for="url" class="screen-reader-text">${form[6]}</label><input placeholder="Website" id="url" name="url" type="url" value="" size="30">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label
for="wp-comment-cookies-consent">${form[7]}</label></p><p class="comment-notes">${form[2]}</p><p class="form-submit"><input name="submit" type="submit"
id="submit"
class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="block-2" class="widget inner-padding widget_block"><div class="wp-block-group"><figure class="wp-block-image"><img
src="/wp-content/uploads/daniel.jpg" alt=""></figure>
<h2 class="wp-block-heading">${aboutW[0]}</h2><p>${aboutW[1]}</p></div></aside>
<aside id="block-3" class="widget inner-padding widget_block"><h2 class="wp-block-heading">${kit[0]}</h2><p>${kit[1]}</p>
<form action="https://app.kit.example/forms/7331/subscriptions" class="seva-form formkit-form" method="post" data-sv-form="7331" data-uid="c2f9a0e1b4"
data-format="inline"
data-version="5"><div data-style="clean"><ul class="formkit-alert formkit-alert-error" data-element="errors" data-group="alert"></ul><div data-element="fields"
data-stacked="false" class="seva-fields formkit-fields"><div class="formkit-field"><input class="formkit-input" name="email_address" aria-label="Email Address"
placeholder="Email Address" required type="email"></div><button data-element="submit" class="formkit-submit"><div
class="formkit-spinner"><div></div><div></div></div>
<span>${kit[2]}</span></button></div><div class="formkit-powered-by-convertkit-container"><a href="https://kit.example/features/forms?utm_campaign=poweredby"
data-element="powered-by" class="formkit-powered-by-convertkit" data-variant="dark" target="_blank" rel="nofollow">${kit[3]}</a></div></div></form></aside>
<aside id="block-4" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Most Popular</h2><ul
class="wp-block-latest-posts__list">${links(popular)}</ul>
</aside></div></div></div></div>
<div class="site-footer footer-bar-active footer-bar-align-right"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="footer-bar"><aside id="nav_menu-2" class="widget inner-padding widget_nav_menu"><div
class="menu-footer-container">
<ul id="menu-footer" class="menu">${links(foot, 'menu-item')}</ul></div></aside></div><div class="copyright-bar"><span class="copyright">© 2025 Steady
Ledger</span> • Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<a title="Scroll back to top" aria-label="Scroll back to top" rel="nofollow" href="#" class="generate-back-to-top" data-scroll-speed="400"
data-start-scroll="300"
role="button"><span class="gp-icon icon-arrow-up"></span></a>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right
cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"
aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage
Cookie Consent</div>
<div class="cmplz-close" role="button" tabindex="0" aria-label="Close dialog"></div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">
We use cookies to measure how the site is used and to keep affiliate links working. You can accept or refuse them below.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn
cmplz-view-preferences">View preferences</button><button class="cmplz-btn cmplz-save-preferences">Save preferences</button></div><div class="cmplz-links
cmplz-documents">
<a class="cmplz-link cookie-statement" href="/cookie-policy/">Cookie Policy</a><a class="cmplz-link privacy-statement" href="/privacy-policy/">Privacy
Statement</a></div>
</div></div>
<script id="generate-menu-js" src="https://steadyledger.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
const bylines = ['September 14, 2025', 'June 3, 2025', 'by Daniel Okafor-Reyes'];
const finance: TestPage = {
  html,
  name: 'heldout117-generatepress-finance-blog-post',
  kind: 'blog',
  // the affiliate disclosure at the top and the "not financial advice" note at the end are furniture, and so is the offer
  // box inside the content (its h3 included); the table's data cells are body, its header cells in neither list
  title,
  headings: [h1, h2, h3, h4],
  body: [...p1, ...p2, ...p3, ...table.flat(), ...p4, ...texts(p5), ...tips, ...p6],
  bylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'Steady Ledger', 'Plain-English money advice for real households', 'Menu', ...nav, disclosure, ...offer, notAdvice, 'Categories',
    'Tags', ...tags, 'The $100 Emergency Fund Challenge', 'Zero-Based Budgeting for Irregular Incomes', `2 thoughts on “${title}”`,
    ...comments.flatMap((c) => [c.name, c.when, c.text]), 'Reply', ...form, ...aboutW, ...kit, 'Most Popular', ...popular, ...foot, '© 2025 Steady Ledger',
    'Built with GeneratePress', 'Manage Cookie Consent',
    'We use cookies to measure how the site is used and to keep affiliate links working. You can accept or refuse them below.',
    'Accept', 'Deny', 'View preferences', 'Save preferences', 'Cookie Policy', 'Privacy Statement',
  ])].filter((f) => f !== 'Daniel Okafor-Reyes'),
};

export const HELDOUT117_C: readonly TestPage[] = [finance, parentingPost];
