import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghostPost } from './pages-heldout115-a2.js';

/**
 * Held-out batch 115, file a: a WordPress (GeneratePress) camping-gear blog post whose entry content opens with a colored
 * "Note: This post contains affiliate links" box (header nav, breadcrumbs, entry meta, an ad slot inside the content, a
 * product box, share buttons, tags, the author box, related posts, the comment form, the sidebar and the cookie notice) and,
 * from file a2, a Ghost (Casper) blog post opened by an "originally published ... and has been updated" line.
 */
const t1 = 'The two-burner camp stove I keep coming back to after six seasons';
const p1a = [
  'I have cooked on a lot of camp stoves. Some were borrowed, some were review samples, and a few were bought in a hurry at a ' +
    'petrol station when the one in the boot turned out to be missing a part. The Harlow Twin is the one I keep reaching for.',
  'It is not the lightest or the cheapest, and it will not win any design prizes. What it does is boil water quickly in wind, ' +
    'simmer without scorching, and pack flat into the same crate as the pans. After six seasons of weekends and two long road ' +
    'trips, that is worth more to me than any feature list.',
];
const h1a = 'What I like about it';
const l1a = [
  'The windshields fold up on three sides and actually stay up, even in a stiff breeze off the water.',
  'Both burners turn down low enough to keep porridge warm without catching on the bottom of the pan.',
  'The push-button igniter still works after six years, which I did not expect.',
  'The grate is wide enough for a 30 cm frying pan next to a kettle.',
];
const h1b = 'What could be better';
const p1b = [
  'The regulator sticks out from the side and catches on things when the stove is in the crate. I wrap it in a tea towel now. ' +
    'The lid latch is also flimsy; mine cracked in the second year and I replaced it with a strap.',
  'It runs on the standard green 450 g canisters, which are easy to find but heavy. If you are walking any distance from the car, ' +
    'a small single burner will serve you better.',
];
const h1c = 'How it compares';
const p1c = [
  'Against the Fellbrook Duo, which most of my friends own, the Harlow boils a litre about a minute faster in our garden tests and ' +
    'holds a low flame much better. The Fellbrook is lighter by 600 g and about twenty pounds cheaper, so if you mostly boil water ' +
    'for tea and pasta, it is a sensible choice.',
  'If you cook proper meals at camp, with sauces and eggs and the occasional pancake, the extra control is worth paying for.',
];
const h1d = 'The verdict';
const p1d = [
  'Six seasons in, I still recommend the Harlow Twin to anyone who car camps more than a few times a year. Buy the carry bag, ' +
    'keep the regulator wrapped, and it should outlast most of the tents you put it next to.',
];
const nav1 = ['Home', 'Gear Reviews', 'Camp Cooking', 'Trip Reports', 'About', 'Contact'];
const crumbs1 = ['Home', 'Gear Reviews', 'Stoves'];
const note1 = 'Note: This post contains affiliate links. If you buy something through them, we may earn a small commission at no extra cost to you.';
const box1 = ['Harlow Twin Camp Stove', 'Check price at Outfield Supply', 'Check price at Peakmart'];
const share1 = ['Share on Facebook', 'Pin it', 'Email this post'];
const tags1 = ['camp stoves', 'car camping', 'long-term review'];
const bio1 =
  'Nell Trevaskis has been camping with her family since she could carry a tent peg. She writes about cooking outdoors from a small ' + 'house near the Tamar.';
const rel1 = ['The best camping kettles we have tested', 'How to clean a cast iron pan at camp', 'Our five favourite one-pot camp dinners'];
const form1 = ['Leave a Reply', 'Your email address will not be published.', 'Required fields are marked', 'Comment', 'Name', 'Email', 'Website'];
const form1b = 'Save my name, email, and website in this browser for the next time I comment.';
const side1 = ['Hi, I am Nell!', 'Get the weekly camp recipe', 'Popular Posts', 'Categories'];
const sideCats1 = ['Camp Cooking', 'Gear Reviews', 'Trip Reports'];
const foot1 = ['Privacy Policy', 'Affiliate Disclosure', 'Work With Me'];
const cookie1 = 'We use cookies to give you the best experience on our website. You can find out more in our privacy policy.';
const html1 = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${t1} - Kettle &amp; Canvas</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${t1}"><meta property="article:published_time"
content="2025-06-02T07:00:00+00:00">
<link rel="stylesheet" id="generate-style-css"
href="https://kettleandcanvas.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${t1}",
"author":{"name":"Nell Trevaskis"},"datePublished":"2025-06-02T07:00:00+00:00","dateModified":"2025-06-09T10:12:40+00:00"}]}</script>
<script src="https://kettleandcanvas.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-4121 single-format-standard wp-embed-responsive right-sidebar nav-float-right one-container"
itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a
href="https://kettleandcanvas.example/" rel="home">Kettle &amp; Canvas</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu
sf-menu">${links(nav1, 'menu-item menu-item-type-post_type')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<nav aria-label="Breadcrumbs" class="rank-math-breadcrumb"><p><a href="/">${crumbs1[0]}</a><span class="separator"> &raquo;
</span><a href="/gear-reviews/">${crumbs1[1]}</a>
<span class="separator"> &raquo; </span><a href="/gear-reviews/stoves/">${crumbs1[2]}</a></p></nav>
<article id="post-4121" class="post-4121 post type-post status-publish format-standard has-post-thumbnail hentry category-gear-reviews"
itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${t1}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2025-06-09T10:12:40+00:00" itemprop="dateModified">June 9, 2025</time>
<time class="entry-date published" datetime="2025-06-02T07:00:00+00:00" itemprop="datePublished">June 2, 2025</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="/author/nell/" rel="author">
<span class="author-name" itemprop="name">Nell Trevaskis</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<div class="wp-block-group has-pale-cyan-blue-background-color has-background affiliate-disclosure is-layout-constrained"><div
class="wp-block-group__inner-container">
<p class="has-small-font-size">${note1.replace('Note:', '<strong>Note:</strong>')}</p></div></div>
${ps(p1a)}
<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;"><div class="adthrive-ad
adthrive-content" id="AdThrive_Content_1_desktop">
<span class="ad-label">Advertisement</span><script>window.adthrive = window.adthrive || {}; adthrive.cmd = adthrive.cmd || [];</script></div></div>
<h2 class="wp-block-heading" id="what-i-like-about-it">${h1a}</h2>
<ul class="wp-block-list">${l1a.map((x) => `<li>${x}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading" id="what-could-be-better">${h1b}</h2>
${ps(p1b)}
<div class="wp-block-lasso-product lasso-container"><div class="lasso-display lasso-cutter"><div class="lasso-box-1"><a class="lasso-title"
href="/go/harlow-twin/" rel="nofollow sponsored">${box1[0]}</a>
<div class="lasso-btn-container"><a class="lasso-button-1" href="/go/harlow-twin-outfield/" rel="nofollow sponsored">${box1[1]}</a>
<a class="lasso-button-2" href="/go/harlow-twin-peakmart/" rel="nofollow sponsored">${box1[2]}</a></div></div></div></div>
<h2 class="wp-block-heading" id="how-it-compares">${h1c}</h2>
${ps(p1c)}
<h2 class="wp-block-heading" id="the-verdict">${h1d}</h2>
${ps(p1d)}
<div class="shared-counts-wrap after_content style-classic"><a href="#" class="shared-counts-button facebook"><span
class="shared-counts-label">${share1[0]}</span></a>
<a href="#" class="shared-counts-button pinterest"><span class="shared-counts-label">${share1[1]}</span></a>
<a href="#" class="shared-counts-button email"><span class="shared-counts-label">${share1[2]}</span></a></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="tags-links"><span class="screen-reader-text">Tags </span>${tags1
  .map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`)
  .join(', ')}</span></footer>
<div class="author-box"><div class="avatar"><img alt="" src="https://secure.gravatar.example/avatar/ab12?s=100"></div>
<div class="author-box-content"><h4 class="author-title">About Nell Trevaskis</h4><p class="author-description">${bio1}</p></div></div>
</div></article>
<div class="related-posts"><h3 class="related-title">You might also like</h3><ul>${links(rel1)}</ul></div>
<div class="comments-area" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form1[0]}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">${form1[1]}</span>
<span class="required-field-message">${form1[2]} <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">${form1[3]}</label><textarea id="comment" name="comment"
rows="8"></textarea></p>
<label for="author" class="screen-reader-text">${form1[4]}</label><input placeholder="Name *" id="author" name="author" type="text">
<label for="email" class="screen-reader-text">${form1[5]}</label><input placeholder="Email *" id="email" name="email" type="email">
<label for="url" class="screen-reader-text">${form1[6]}</label><input placeholder="Website" id="url" name="url" type="url">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox" value="yes"><label
for="wp-comment-cookies-consent">${form1b}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="block-3" class="widget inner-padding widget_block"><h2 class="wp-block-heading">${side1[0]}</h2>
<p>I cook outdoors most weekends and write about the kit and recipes that survive the trip.</p></aside>
<aside id="block-4" class="widget inner-padding widget_block"><h2 class="wp-block-heading">${side1[1]}</h2>
<form class="ml-block-form"><input type="email" placeholder="Your email"><button type="submit">Subscribe</button></form></aside>
<aside id="block-5" class="widget inner-padding widget_block"><h2 class="wp-block-heading">${side1[2]}</h2><ul>${links(rel1.slice(1))}</ul></aside>
<aside id="block-6" class="widget inner-padding widget_categories"><h2 class="widget-title">${side1[3]}</h2><ul>${links(sideCats1, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container">
<ul class="footer-menu">${links(foot1)}</ul><div class="copyright-bar">&#169; 2025 Kettle &amp; Canvas</div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice">
<div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">${cookie1}</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button"
aria-label="Ok">Ok</a></span></div></div>
<script id="generate-menu-js" src="https://kettleandcanvas.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
</body></html>`;

export const HELDOUT115_A: readonly TestPage[] = [
  {
    name: 'heldout115-wordpress-generatepress-affiliate-blog',
    kind: 'blog',
    html: html1,
    title: t1,
    headings: [h1a, h1b, h1c, h1d],
    body: texts([...p1a, ...l1a, ...p1b, ...p1c, ...p1d]),
    bylines: ['June 9, 2025', 'June 2, 2025', 'Nell Trevaskis'],
    furniture: [
      'Skip to content',
      'Kettle & Canvas',
      'Menu',
      ...nav1,
      'Stoves',
      note1,
      'Advertisement',
      ...box1,
      ...share1,
      'Tags',
      ...tags1,
      'About Nell Trevaskis',
      bio1,
      'You might also like',
      ...rel1,
      ...form1,
      form1b,
      ...side1,
      'I cook outdoors most weekends and write about the kit and recipes that survive the trip.',
      'Subscribe',
      ...foot1,
      '© 2025 Kettle & Canvas',
      cookie1,
      'Ok',
    ],
  },
  ghostPost,
];
