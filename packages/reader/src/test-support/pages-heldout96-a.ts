import { links, type TestPage, texts } from './page-kit.js';
import { travelPost } from './pages-heldout96-a2.js';
import * as r from './pages-heldout96-a3.js';

/**
 * Held-out batch 96, file a: a recipe post on a WordPress food blog (Genesis child theme with the Feast plugin, WP Recipe
 * Maker card, Grow share buttons, Raptive ad slots, a Complianz consent banner, comments and a sidebar) and, from file a2,
 * a travel blog post on WordPress (Kadence theme, Mediavine ads, Easy Table of Contents, an author box and related posts).
 */
const ul = (items: readonly string[]): string => `<ul class="wp-block-list">\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const pp = (items: readonly string[]): string => items.map((t) => `<p>${t}</p>`).join('\n');
const ad = (n: number): string => `<div class="adthrive-ad adthrive-content adthrive-content-${n} adthrive-ad-cls" data-google-query-id="CKv${n}x"
style="min-height: 250px;"><div class="adthrive-ad-label">Advertisement</div><div
id="google_ads_iframe_/18190176,22512/AdThrive_Content_${n}_desktop"></div></div>`;
const ingInner = ([a, u, n, no]: [string, string, string, string]): string =>
  [
    a && `<span class="wprm-recipe-ingredient-amount">${a}</span>`,
    u && `<span class="wprm-recipe-ingredient-unit">${u}</span>`,
    `<span class="wprm-recipe-ingredient-name">${n}</span>`,
    no && `<span class="wprm-recipe-ingredient-notes wprm-recipe-ingredient-notes-faded">${no}</span>`,
  ]
    .filter((x) => x !== '')
    .join('&#32;');
const ingredients = r.rcIngredients.map(([g, items]) => [g, items.map(ingInner)] as const);
const cardIng = ingredients
  .map(
    ([g, items], gi) => `<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name
wprm-block-text-bold">${g}</h4><ul class="wprm-recipe-ingredients">
${items
  .map(
    (t, i) => `<li class="wprm-recipe-ingredient" style="list-style-type: none;" data-uid="${gi * 10 + i}"><span class="wprm-checkbox-container">
<input type="checkbox" id="wprm-checkbox-${gi * 10 + i}" class="wprm-checkbox" aria-label="&nbsp;"><label for="wprm-checkbox-${gi * 10 + i}"
class="wprm-checkbox-label"><span class="sr-only screen-reader-text wprm-screen-reader-text">&#9634; </span></label></span>${t}</li>`,
  )
  .join('\n')}</ul></div>`,
  )
  .join('\n');
const cardSteps = r.rcSteps
  .map(
    (t, i) => `<li id="wprm-recipe-4821-step-0-${i}" class="wprm-recipe-instruction" style="list-style-type: decimal;">
<div class="wprm-recipe-instruction-text" style="margin-bottom: 5px;"><span style="display: block;">${t}</span></div></li>`,
  )
  .join('\n');
const detail = (label: string, value: string, cls: string): string => `<div class="wprm-recipe-block-container wprm-recipe-block-container-columns
wprm-block-text-normal wprm-recipe-${cls}-container"><span class="wprm-recipe-details-label wprm-block-text-uppercase">${label}</span>
<span class="wprm-recipe-${cls} wprm-recipe-details">${value}</span></div>`;
const card = `<div id="recipe"></div><div id="wprm-recipe-container-4821" class="wprm-recipe-container" data-recipe-id="4821" data-servings="8">
<div class="wprm-recipe wprm-recipe-template-feast-2025"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-rounded">
<img style="border-width: 0px;" width="250" height="250" src="https://hollowoakkitchen.example/wp-content/uploads/2025/10/pear-galette-sq-250x250.jpg"
class="attachment-250x250 size-250x250" alt="" decoding="async"></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${r.rcCardName}</h2>
<div class="wprm-recipe-rating wprm-recipe-rating-recipe-4821"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
<polygon points="12,2.6 15,9 21.4,9.8 16.7,14.2 17.9,20.5 12,17.4 6.1,20.5 7.3,14.2 2.6,9.8 9,9"></polygon></svg>
<div class="wprm-recipe-rating-details wprm-block-text-normal"><span class="wprm-recipe-rating-average">5</span> from
<span class="wprm-recipe-rating-count">14</span> votes</div></div>
<div class="wprm-recipe-buttons"><a href="https://hollowoakkitchen.example/wprm_print/brown-butter-pear-galette" class="wprm-recipe-print
wprm-recipe-link wprm-print-recipe-shortcode wprm-block-text-bold" data-recipe-id="4821" target="_blank" rel="nofollow">Print Recipe</a>
<a href="https://www.pinterest.example/pin/create/bookmarklet/?url=galette" class="wprm-recipe-pin wprm-recipe-link wprm-block-text-bold"
target="_blank" rel="nofollow noopener" data-recipe="4821">Pin Recipe</a></div>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${r.rcSummary}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container wprm-recipe-details-container-table">
${detail('Prep Time', '30 minutes', 'prep_time')}${detail('Cook Time', '45 minutes', 'cook_time')}${detail('Chilling', '1 hour', 'custom_time')}
${detail('Total Time', '2 hours 15 minutes', 'total_time')}</div>
<div class="wprm-recipe-meta-container wprm-recipe-tags-container wprm-recipe-details-container wprm-recipe-details-container-table">
${detail('Course', 'Dessert', 'course')}${detail('Cuisine', 'American', 'cuisine')}${detail('Servings', '8 slices', 'servings')}
${detail('Calories', '318kcal', 'nutrition')}${detail('Author', 'Hannah Ortiz', 'author')}</div>
<div id="recipe-4821-ingredients" class="wprm-recipe-ingredients-container wprm-recipe-4821-ingredients-container wprm-block-text-normal"
data-recipe="4821" data-servings="8"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-bold wprm-align-left
wprm-header-decoration-none">Ingredients</h3><div class="wprm-recipe-adjustable-servings-container" aria-label="Adjust recipe servings">
<button href="#" class="wprm-recipe-adjustable-servings wprm-toggle wprm-toggle-active" data-multiplier="1">1x</button>
<button href="#" class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="2">2x</button>
<button href="#" class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="3">3x</button></div>
${cardIng}</div>
<div id="recipe-4821-instructions" class="wprm-recipe-instructions-container wprm-recipe-4821-instructions-container wprm-block-text-normal">
<h3 class="wprm-recipe-header wprm-recipe-instructions-header wprm-block-text-bold">Instructions</h3><div class="wprm-recipe-instruction-group">
<ul class="wprm-recipe-instructions">
${cardSteps}</ul></div></div>
<div id="recipe-4821-notes" class="wprm-recipe-notes-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-notes-header
wprm-block-text-bold">Notes</h3><div class="wprm-recipe-notes">${r.rcCardNotes.map((t) => `<span style="display: block;">${t}</span>`).join('\n')}</div></div>
<h3 class="wprm-recipe-header wprm-recipe-nutrition-header wprm-block-text-bold">Nutrition</h3>
<div class="wprm-nutrition-label-container wprm-nutrition-label-container-simple wprm-block-text-normal">
${r.rcNutrition
  .map((t) => `<span class="wprm-nutrition-label-text-nutrition-container">${t}</span><span class="wprm-nutrition-label-text-nutrition-separator"> | </span>`)
  .join('')}</div>
<div class="wprm-call-to-action wprm-call-to-action-simple" style="color: #ffffff;background-color: #7a4a2b;margin: 0px;"><span class="wprm-recipe-icon
wprm-call-to-action-icon"></span><span class="wprm-call-to-action-text-container"><span class="wprm-call-to-action-header">Tried this recipe?</span>
<span class="wprm-call-to-action-text">Mention <a href="https://www.instagram.example/hollowoakkitchen" target="_blank" rel="noreferrer noopener"
style="color: #ffffff">@hollowoakkitchen</a> or tag <a href="https://www.instagram.example/explore/tags/hollowoakkitchen" target="_blank"
rel="noreferrer noopener" style="color: #ffffff">#hollowoakkitchen</a>!</span></span></div></div></div>`;
const stars = '<div class="wprm-comment-rating"><span class="wprm-rating-star">★★★★★</span></div>';
const comment = (c: (typeof r.rcComments)[number], i: number): string => `<li class="comment${i === 1 ? ' byuser bypostauthor' : ''}" id="comment-${
  9120 + i
}"><article id="article-comment-${9120 + i}" class="comment-body"><header class="comment-header"><p class="comment-author">
<img alt="" src="https://secure.gravatar.example/avatar/${i}?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo" height="48" width="48" loading="lazy">
<span class="comment-author-name">${c.who}</span> <span class="says">says</span></p><p class="comment-meta"><time class="comment-time"
datetime="2025-10-0${6 + i}"><a class="comment-time-link" href="#comment-${9120 + i}">${c.when}</a></time></p></header>
<div class="comment-content">${i === 0 ? stars : ''}<p>${c.text}</p></div>
<div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${9120 + i}" data-commentid="${9120 + i}"
aria-label="Reply to ${c.who}">Reply</a></div></article></li>`;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brown Butter Pear Galette with a Flaky Rye Crust - Hollow Oak Kitchen</title>
<meta name="description" content="This brown butter pear galette has a flaky rye crust, a caramel-like base and no fussy crimping.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://hollowoakkitchen.example/brown-butter-pear-galette/">
<meta property="og:type" content="article"><meta property="og:title" content="${r.rcTitle}"><meta property="article:published_time"
content="2025-10-02T12:00:00+00:00">
<meta name="author" content="Hannah Ortiz"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Hannah Ortiz">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${r.rcTitle}",
"author":{"name":"Hannah Ortiz"},"datePublished":"2025-10-02T12:00:00+00:00","wordCount":912,"articleSection":["Desserts","Fall"]},
{"@type":"Recipe","name":"${r.rcCardName}","author":{"@type":"Person","name":"Hannah Ortiz"},"prepTime":"PT30M","cookTime":"PT45M",
"recipeYield":["8","8 slices"],"recipeCategory":["Dessert"],"aggregateRating":{"@type":"AggregateRating","ratingValue":"5","ratingCount":"14"}}]}</script>
<link rel="stylesheet" id="wprm-public-css" href="https://hollowoakkitchen.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1">
<link rel="stylesheet" id="dpsp-frontend-style-pro-css"
href="https://hollowoakkitchen.example/wp-content/plugins/social-pug/assets/dist/style-frontend-pro.css">
<script data-no-optimize="1" data-cfasync="false">(function(w, d) { w.adthrive = w.adthrive || {}; w.adthrive.cmd = w.adthrive.cmd || [];
w.adthrive.plugin = 'adthrive-ads-3.8.0'; w.adthrive.host = 'ads.adthrive.example'; })(window, document);</script></head>
<body class="post-template-default single single-post postid-4815 single-format-standard wp-embed-responsive header-full-width content-sidebar
genesis-breadcrumbs-visible feast-plugin">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-nav-primary" class="screen-reader-shortcut"> Skip to primary navigation</a></li>
<li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li>
<li><a href="#genesis-sidebar-primary" class="screen-reader-shortcut"> Skip to primary sidebar</a></li></ul>
<nav id="feastmobilenavbar" aria-label="mobile menu"><div class="feastmenutoggle"><a href="#feastmobilemenu" aria-label="Menu">☰</a></div>
<div class="feastmenulogo"><a href="https://hollowoakkitchen.example"><img src="https://hollowoakkitchen.example/wp-content/uploads/logo-mobile.png"
alt="go to homepage" width="200" height="70"></a></div><div class="feastsearchtoggle"><a href="#feastmobilesearch" aria-label="Search">🔍</a></div></nav>
<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title"
itemprop="headline"><a href="https://hollowoakkitchen.example/">Hollow Oak Kitchen</a></p></div>
<nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement" id="genesis-nav-primary"><div class="wrap">
<ul id="menu-primary" class="menu genesis-nav-menu menu-primary js-superfish">${links(r.rcNav, 'menu-item menu-item-type-taxonomy')}
<li class="search-item"><a href="#header-search-wrap" aria-controls="header-search-wrap" aria-expanded="false" role="button" class="toggle-header-search">
<span class="screen-reader-text">Show Search</span></a></li></ul></div></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<p id="breadcrumbs"><span><span><a href="https://hollowoakkitchen.example/">Home</a></span> » <span><a
href="https://hollowoakkitchen.example/recipes/desserts/">
Desserts</a></span> » <span class="breadcrumb_last" aria-current="page">${r.rcTitle}</span></span></p>
<article class="post-4815 post type-post status-publish format-standard has-post-thumbnail category-desserts category-fall entry grow-content-body"
aria-label="${r.rcTitle}" itemscope itemtype="https://schema.org/CreativeWork"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${r.rcTitle}</h1>
<p class="entry-meta">By <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a
href="https://hollowoakkitchen.example/about/"
class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">Hannah Ortiz</span></a></span> <span
class="entry-time-label">Published: </span><time class="entry-time" itemprop="datePublished" datetime="2025-10-02T12:00:00+00:00">October 2, 2025</time>
<span class="entry-comments-link"><a href="#comments">3 Comments</a></span></p>
<p class="disclosure"><em>This post may contain affiliate links. Please read my <a href="/disclosure-policy/">disclosure policy</a>.</em></p>
<div class="wprm-recipe-snippet wprm-recipe-snippet-container" data-recipe-id="4821"><a href="#recipe" data-recipe="4821" style="color: #ffffff;"
class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button">Jump to Recipe</a>
<a href="https://hollowoakkitchen.example/wprm_print/brown-butter-pear-galette" style="color: #ffffff;" class="wprm-recipe-print wprm-recipe-link
wprm-print-recipe-shortcode wprm-block-text-normal" data-recipe-id="4821" target="_blank" rel="nofollow">Print Recipe</a></div>
<div id="dpsp-content-top" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-small dpsp-has-spacing dpsp-show-on-mobile dpsp-button-style-1">
<ul class="dpsp-networks-btns-wrapper dpsp-networks-btns-share dpsp-column-3 dpsp-has-button-icon-animation">
<li class="dpsp-network-list-item dpsp-network-list-item-facebook"><a rel="nofollow noopener" href="https://www.facebook.example/sharer/sharer.php"
class="dpsp-network-btn dpsp-facebook dpsp-first" target="_blank" aria-label="Share on Facebook"><span class="dpsp-network-label">Share</span></a></li>
<li class="dpsp-network-list-item dpsp-network-list-item-pinterest"><button data-href="#" class="dpsp-network-btn dpsp-pinterest" aria-label="Save to
Pinterest">
<span class="dpsp-network-label">Pin</span></button></li><li class="dpsp-network-list-item dpsp-network-list-item-email"><a rel="nofollow noopener"
href="mailto:?subject=Brown%20Butter%20Pear%20Galette" class="dpsp-network-btn dpsp-email dpsp-last" aria-label="Send over email">
<span class="dpsp-network-label">Email</span></a></li></ul></div></header>
<div class="entry-content" itemprop="text">
${pp(r.rcIntro)}
<figure class="wp-block-image size-full"><img fetchpriority="high" decoding="async" width="1200" height="1800"
src="https://hollowoakkitchen.example/wp-content/uploads/2025/10/pear-galette-1.jpg" alt="A pear galette on parchment with one slice cut."
class="wp-image-4817" data-pin-description="Brown butter pear galette with a flaky rye crust"></figure>
${ad(1)}
<h2 class="wp-block-heading" id="h-why-you-ll-love-this-recipe">${r.rcH1}</h2>
${ul(r.rcLove)}
<h2 class="wp-block-heading" id="h-ingredient-notes">${r.rcH2}</h2>
${pp(r.rcNotesIntro)}
<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="800" loading="lazy"
src="https://hollowoakkitchen.example/wp-content/uploads/2025/10/pear-galette-ingredients.jpg" alt="Pears, flour, rye flour, butter and sugar on a board."
class="wp-image-4818"></figure>
${ul(r.rcNotes)}
${ad(2)}
<h2 class="wp-block-heading" id="h-how-to-make-a-pear-galette">${r.rcH3}</h2>
${pp(r.rcHow)}
<h2 class="wp-block-heading" id="h-tips-for-success">${r.rcH4}</h2>
${ul(r.rcTips)}
${ad(3)}
<h2 class="wp-block-heading" id="h-storing-and-reheating">${r.rcH5}</h2>
${pp(r.rcStore)}
${card}
</div><footer class="entry-footer"></footer></article>
<h2 class="screen-reader-text">Reader Interactions</h2>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">
${comment(r.rcComments[0]!, 0)}<ul class="children">${comment(r.rcComments[1]!, 1)}</ul>
${comment(r.rcComments[2]!, 2)}</ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="comment-form-wprm-rating"><label for="wprm-comment-rating-1731">Recipe Rating</label><span class="wprm-rating-stars"><fieldset
class="wprm-comment-ratings-container"><legend>Recipe Rating</legend></fieldset></span></div>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8"
maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label>
<input id="author" name="author" type="text" size="30" maxlength="245" autocomplete="name" required></p><p class="comment-form-email"><label for="email">Email
<span class="required">*</span></label><input id="email" name="email" type="email" size="30" maxlength="100" autocomplete="email" required></p>
<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url" size="30" maxlength="200" autocomplete="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${r.rcSave}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" id="genesis-sidebar-primary">
<h2 class="genesis-sidebar-title screen-reader-text">Primary Sidebar</h2><section id="block-12" class="widget widget_block"><div class="widget-wrap">
<div class="wp-block-group feast-about-author"><figure class="wp-block-image is-style-rounded"><img src="https://hollowoakkitchen.example/hannah.jpg"
alt="Hannah Ortiz in her kitchen" width="300" height="300" loading="lazy"></figure><h3 class="wp-block-heading">Hi, I’m Hannah!</h3>
<p>${r.rcAbout}</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/about/">More about me →</a>
</div></div></div></div></section>
<section id="block-14" class="widget widget_block"><div class="widget-wrap"><h3 class="wp-block-heading">Popular Recipes</h3>
<div class="feast-category-index feast-recipe-index"><ul class="fsri-list">${links(r.rcPopular, 'listing-item')}</ul></div></div></section>
<section id="block-16" class="widget widget_block"><div class="widget-wrap"><div class="wp-block-group has-background feast-subscribe">
<h3 class="wp-block-heading">Never miss a recipe!</h3><p>Get new recipes in your inbox every Friday.</p>
<form class="seva-form formkit-form" method="post" data-sv-form="5512380" data-format="inline"><label class="screen-reader-text"
for="ck-email">Email Address</label><input class="formkit-input" name="email_address" id="ck-email" placeholder="Email Address" type="email">
<button data-element="submit" class="formkit-submit"><span>Subscribe</span></button></form></div></div></section>
<div class="adthrive-ad adthrive-sidebar adthrive-sidebar-1"><div class="adthrive-ad-label">Advertisement</div></div></aside></div></div>
<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><ul class="footer-links">${links(r.rcFooter, 'menu-item')}</ul>
<p class="footer-copyright">Copyright © 2025 Hollow Oak Kitchen</p><p class="footer-credit">Built on the Genesis Framework</p></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div><div class="cmplz-close" tabindex="0"
role="button" aria-label="Close dialog"></div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${r.rcCookie}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div><div class="cmplz-links cmplz-documents"><ul><li><a
href="https://hollowoakkitchen.example/cookie-policy-us/" class="cmplz-link cookie-statement">Cookie Policy</a></li></ul></div></div></div>
<script src="https://hollowoakkitchen.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.6.1" id="wprm-public-js"></script>
<script>window.wprm_public = {"home_url":"https:\\/\\/hollowoakkitchen.example\\/","print_slug":"wprm_print","permalinks":"\\/%postname%\\/"};</script>
</body></html>`;
const recipe: TestPage = {
  html,
  name: 'heldout96-wordpress-wprm-recipe',
  kind: 'blog',
  // the recipe card is part of the post: its name and its Ingredients / group names / Instructions / Notes headers are headings,
  // summary, ingredient lines, steps and notes body; the card's details block (times, course, servings) is in neither list, its
  // rating, buttons, nutrition panel and call to action furniture; reader comments (a blog's) and everything about them furniture
  title: r.rcTitle,
  headings: [r.rcH1, r.rcH2, r.rcH3, r.rcH4, r.rcH5, r.rcCardName, 'Ingredients', ...r.rcIngredients.map(([g]) => g), 'Instructions', 'Notes'],
  body: [
    ...r.rcIntro,
    ...r.rcLove,
    ...r.rcNotesIntro,
    ...texts(r.rcNotes),
    ...r.rcHow,
    ...r.rcTips,
    ...texts(r.rcStore),
    r.rcSummary,
    ...texts(ingredients.flatMap(([, items]) => items)),
    ...r.rcSteps,
    ...texts(r.rcCardNotes),
  ],
  bylines: ['Hannah Ortiz', 'Published: October 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to primary navigation', 'Skip to main content', 'Skip to primary sidebar', 'Hollow Oak Kitchen', ...r.rcNav, 'Show Search', 'Home',
    '3 Comments', 'This post may contain affiliate links. Please read my disclosure policy.', 'Jump to Recipe', 'Print Recipe', 'Share', 'Pin', 'Email',
    'Advertisement', '5 from 14 votes', 'Pin Recipe', '1x', '2x', '3x', 'Nutrition', ...r.rcNutrition, 'Tried this recipe?',
    'Mention @hollowoakkitchen or tag #hollowoakkitchen!', 'Reader Interactions', 'Comments', ...r.rcComments.flatMap((c) => [c.who, c.when,
    c.text]).filter((t) => t !== 'Hannah Ortiz'),
    'says', 'Reply', 'Leave a Reply', 'Cancel reply', r.rcFormNote, 'Recipe Rating', 'Comment', 'Name', 'Website', r.rcSave, 'Primary Sidebar',
    'Hi, I’m Hannah!', r.rcAbout, 'More about me →', 'Popular Recipes', ...r.rcPopular, 'Never miss a recipe!',
    'Get new recipes in your inbox every Friday.',
    'Email Address', 'Subscribe', ...r.rcFooter.filter((t) => t !== 'Contact'), 'Copyright © 2025 Hollow Oak Kitchen', 'Built on the Genesis Framework',
    'Manage Cookie Consent', r.rcCookie,
    'Accept', 'Deny', 'View preferences', 'Cookie Policy',
  ],
};

export const HELDOUT96_A: readonly TestPage[] = [recipe, travelPost];
