import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout637-kit.js';

/** Held-out batch 637, file a2: a hatching eggs guide on a hatchery's WordPress blog (Astra theme) with sidebar and comments. */
const wTitle = 'Buying hatching eggs: a beginner’s guide to choosing, posting and storing them';
const wIntro = [
  j(
    'Every spring our inbox fills with the same question: why did only three of my twelve eggs hatch? Sometimes the answer is the',
    'incubator, but far more often the damage was done before the eggs were ever set. This guide covers what happens to a hatching',
    'egg between the nest box and the incubator, and what you can do about each step.',
  ),
  j(
    'We have sold hatching eggs from our own flocks for eleven seasons, and we still lose a few to rough handling in the post. None',
    'of what follows is complicated, but all of it matters.',
  ),
];
const wH = ['Choosing a seller', 'Eggs in the post', 'Storing eggs before you set them', 'Candling', 'What hatch rate to expect'];
const wSeller = [
  'A good seller will tell you how old the eggs are, how the flock is kept and what ratio of cockerels to hens is running with it. Ask:',
  'How many hens share each cockerel? One to eight or ten is about right for large fowl, fewer for heavy breeds.',
  'Are the eggs collected daily and stored cool before posting?',
  'Is the flock tested or vaccinated for mycoplasma?',
  'Will they replace eggs that arrive cracked?',
  'Be wary of listings with a photograph of a perfect show bird and no mention of the parent flock. Pretty parents do not fertilise eggs.',
];
const wPost = [
  j(
    'Posted eggs suffer twice: from knocks, which crack shells, and from shaking, which can detach the air cell. A detached or',
    '“saddle-shaped” air cell does not always kill the embryo, but it cuts the hatch rate by roughly half.',
  ),
  j(
    'When the box arrives, open it at once and check for cracks, then let the eggs rest pointed end down in an egg tray for 24 hours',
    'at room temperature. This lets the air cell settle back into place. Do not be tempted to set them straight away.',
  ),
];
const wStore = [
  'If you are collecting eggs from your own hens to set as a batch, store them carefully while you build up numbers:',
  'keep them at 12 to 15°C, somewhere like a cool pantry, not the fridge',
  'store them pointed end down, tilted or turned once a day',
  'set them within seven days of lay; after ten days the hatch rate falls quickly',
  'do not wash them, as washing removes the bloom that keeps bacteria out',
  j('Mark each egg in pencil with the date it was laid and the hen or pen it came from. It makes the records at the end of the hatch', 'far more useful.'),
];
const wCandle = [
  j(
    'Candle at day seven for white and tinted eggs, and at day ten for dark brown ones such as Marans, where the shell hides',
    'almost everything earlier. A fertile egg shows a dark spot with veins spreading from it like a spider. A clear egg is infertile',
    'and can be removed.',
  ),
  j(
    'Look out for a blood ring, a red circle with no veins inside it. This is an embryo that started to develop and then died,',
    'and the egg should come out before it goes bad in the incubator.',
  ),
];
const wRate = [
  j(
    'With fresh eggs from your own hens, 80 to 90 per cent of fertile eggs should hatch. With posted eggs, 50 per cent is a',
    'reasonable result and anything above 70 per cent is excellent. Bantams and some rare breeds hatch less well whatever you do.',
  ),
  '“Count your chicks on day 21, not on day one, and write down every result, good or bad. Next year you will thank yourself.”',
  j(
    'If you have a poor hatch, open the eggs that did not hatch and note the stage each one reached. Early deaths point to storage',
    'or posting; late deaths usually point to humidity or temperature in the last three days.',
  ),
];
const wNav = ['Home', 'Shop', 'Hatching Guides', 'About Us', 'Contact'];
const wRecent = ['How to sex day-old Cream Legbars', 'Setting up a brooder for the first week', 'Our 2026 breeding pens'];
const wCats = ['Breeds', 'Chick Care', 'Hatching Guides', 'News'];
const wC1 = 'Really useful, thank you. I had no idea about resting posted eggs for a day. My last batch went straight in and only four hatched.';
const wC2 = 'Nell, do you post to Northern Ireland? Happy to pay for the tracked service.';
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Ashcombe Hatchery</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='astra-theme-css-css' href='https://ashcombehatchery.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<style id='astra-theme-css-inline-css'>:root{--ast-container-default-xlg-padding:3em;}.ast-separate-container .ast-article-single{padding:3em;}</style>
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Buying hatching eggs",
"author":{"name":"Nell Ashcombe"},"datePublished":"2026-03-03T08:10:00+00:00"}]}</script>
<script src='https://ashcombehatchery.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope'
class="post-template-default single single-post postid-412 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-builder-menu-toggle-icon" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img">
<a href="https://ashcombehatchery.co.uk/" class="custom-logo-link" rel="home">
<img width="180" height="60" src="https://ashcombehatchery.co.uk/wp-content/uploads/2024/02/logo.png" class="custom-logo" alt="Ashcombe Hatchery"></a></span>
</div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation: Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-hatching-guides ast-article-single" id="post-412"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb">
<img width="1024" height="683" src="https://ashcombehatchery.co.uk/wp-content/uploads/2026/03/egg-trays.jpg" class="attachment-large size-large wp-post-image"
alt="" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Nell Ashcombe" href="https://ashcombehatchery.co.uk/author/nell/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Nell Ashcombe</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">March 3, 2026</span></span> / <span class="ast-terms-link">
<a href="/category/hatching-guides/">Hatching Guides</a></span> /
<span class="comments-link"><a href="#comments">2 Comments</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(wIntro)}
<h2 class="wp-block-heading">${wH[0]}</h2><p>${wSeller[0]}</p><ul class="wp-block-list">${lis(wSeller.slice(1, 5))}</ul><p>${wSeller[5]}</p>
<h2 class="wp-block-heading">${wH[1]}</h2>${ps(wPost)}
<h2 class="wp-block-heading">${wH[2]}</h2><p>${wStore[0]}</p><ul class="wp-block-list">${lis(wStore.slice(1, 5))}</ul><p>${wStore[5]}</p>
<h3 class="wp-block-heading">${wH[3]}</h3>${ps(wCandle)}
<h2 class="wp-block-heading">${wH[4]}</h2><p>${wRate[0]}</p><blockquote class="wp-block-quote"><p>${wRate[1]}</p></blockquote><p>${wRate[2]}</p>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous">
<a title="Setting up a brooder for the first week" href="/setting-up-a-brooder/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next">
<a title="How to sex day-old Cream Legbars" href="/sexing-cream-legbars/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div>
</nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-88"><article id="comment-88" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-avatar-wrap">
<img alt="" src="https://secure.gravatar.com/avatar/1a?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">Priya Calloway</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-88"><time datetime="2026-03-04T07:12:00+00:00">March 4, 2026 at 7:12 am</time></a>
</span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${wC1}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-91"><article id="comment-91" class="ast-comment"><div class="ast-comment-info">
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">Declan Oakes</b></cite></div><div class="ast-comment-time"><span class="timendate">
<a href="#comment-91"><time datetime="2026-03-06T19:40:00+00:00">March 6, 2026 at 7:40 pm</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${wC2}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small>
<a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="https://ashcombehatchery.co.uk/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label>
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://ashcombehatchery.co.uk/">
<label for="search-field"><span class="screen-reader-text">Search for:</span>
<input type="search" id="search-field" class="search-field" placeholder="Search..." value="" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(wRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories">
<ul>${links(wCats, 'cat-item')}</ul></nav></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full"
data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright">
<p>Copyright &copy; 2026 Ashcombe Hatchery | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p>
</div></div></div></div></div></div></footer></div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both">
<span class="screen-reader-text">Scroll to Top</span></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1"};</script>
<script src='https://ashcombehatchery.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script></body>
</html>`;
const astra: TestPage = {
  name: 'heldout637-wordpress-astra-hatching-eggs-guide',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wSeller, ...wPost, ...wStore, ...wCandle, ...wRate]),
  bylines: ['By Nell Ashcombe', 'March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wNav, '2 Comments', '← Previous Post', 'Next Post →', `2 thoughts on “${wTitle}”`, 'Priya Calloway',
    'March 4, 2026 at 7:12 am', wC1, 'Reply', 'Declan Oakes', 'March 6, 2026 at 7:40 pm', wC2, 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Type here..', 'Search for:', 'Recent Posts', ...wRecent,
    'Categories', 'Chick Care', 'News', 'Copyright © 2026 Ashcombe Hatchery | Powered by Astra WordPress Theme', 'Scroll to Top',
  ],
};

export const HELDOUT637_A2: readonly TestPage[] = [astra];
