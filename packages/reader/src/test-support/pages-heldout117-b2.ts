import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import {
  about,
  cardNotes,
  cardTitle,
  comments,
  desc,
  details,
  disclosure,
  foot,
  form,
  h1,
  h2,
  h3,
  h4,
  ingredients,
  nav,
  newsletter,
  notes,
  nutrition,
  p1,
  p2,
  p4,
  popular,
  steps,
  tips,
  title,
} from './pages-heldout117-b4.js';

/**
 * Held-out batch 117, file b2: a food-blog recipe post on WordPress (Genesis child theme with the Feast plugin's mobile menu)
 * with the Tasty Recipes card and Raptive ads (Genesis skip links, site title and description, primary nav, the Feast mobile
 * bar and hidden mobile menu, Yoast breadcrumbs, the entry meta with "By", published and updated dates and comment count, an
 * affiliate disclosure at the top of the content, the Tasty "Jump to Recipe" / "Print Recipe" quick links, Raptive in-content
 * ad slots, the recipe card with rating, details, Print / Pin buttons, scale buttons, Cook Mode, ingredients, instructions,
 * notes, keywords, nutrition and the "Did you make this recipe?" footer, rated comments with replies, the comment form with
 * "Recipe rating", the sidebar with the about box, newsletter and popular recipes, and the footer with the Raptive notices).
 */
const site = 'Crumb &amp; Copper';
const ad = (n: number): string => `<div class="adthrive-ad adthrive-content adthrive-content-${n} adthrive-ad-cls" data-google-query-id="CK${n}p8aX3Yo"
style="min-height: 250px;">
<div id="google_ads_iframe_/18190176,22503918/AdThrive_Content_${n}/5f7a1c_0__container__"><iframe title="3rd party ad content" frameborder="0" width="300"
height="250" aria-label="Advertisement" tabindex="0" data-load-complete="true"></iframe></div></div>`;
const stars = (n: number): string => `<span class="tasty-recipes-rating" data-rating="${n}">${'★'.repeat(n)}</span>`;
const comment = (c: (typeof comments)[number], i: number, child = ''): string => `<li class="comment even thread-even
depth-${i === 2 ? 2 : 1}${i === 2 ? ' bypostauthor' : ''}"
id="comment-${630 + i}"><article id="article-comment-${630 + i}"><header class="comment-header"><p class="comment-author"><img alt=""
src="https://secure.gravatar.example/${i}"
class="avatar avatar-48 photo" height="48" width="48" loading="lazy"><span class="comment-author-name">${c.name}</span> <span class="says">says</span></p>
<p class="comment-meta"><time class="comment-time" datetime="2025-02"><a class="comment-time-link" href="#comment-${630 + i}">${c.when}</a></time></p></header>
<div class="comment-content">${i === 0 ? `<p><span class="tasty-recipes-ratings">${stars(5)}</span></p>` : ''}<p>${c.text}</p></div><div class="comment-reply">
<a rel="nofollow" class="comment-reply-link" href="#comment-${630 + i}" aria-label="Reply to ${c.name}">Reply</a></div></article>${child}</li>`;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script data-no-optimize="1" data-cfasync="false">(function(w, d) { w.adthrive = w.adthrive || {}; w.adthrive.cmd = w.adthrive.cmd || [];
w.adthrive.plugin = 'adthrive-ads-3.7.4'; w.adthrive.host = 'ads.adthrive.com'; var s = d.createElement('script'); s.async = true;
s.src = 'https://' + w.adthrive.host + '/sites/5e8c1f0a4b2d/ads.min.js?referrer=' + w.encodeURIComponent(w.location.href); d.head.appendChild(s); })(window,
document);</script>
<title>Brown Butter Oat Cookies with Dates - Crumb &amp; Copper</title>
<meta name="description" content="Chewy brown butter oat cookies with soft chopped dates. Crisp edges, soft middles, ready in under an hour.">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}">
<meta property="article:published_time" content="2025-02-03T13:00:00+00:00"><meta property="article:modified_time" content="2025-02-10T09:21:44+00:00">
<meta name="author" content="Priya Vandermolen"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Priya Vandermolen">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Priya Vandermolen"},"datePublished":"2025-02-03T13:00:00+00:00","wordCount":612},{"@type":"Recipe","name":"${cardTitle}",
"author":{"@type":"Person","name":"Priya Vandermolen"},"description":"${desc}","recipeYield":["18","18 cookies"],"prepTime":"PT15M","cookTime":"PT12M",
"totalTime":"PT57M","recipeIngredient":["1/2 cup (115 g) unsalted
butter"],"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","ratingCount":"32"}}]}</script>
<link rel="stylesheet" id="foodie-pro-theme-css" href="https://crumbandcopper.example/wp-content/themes/foodie-pro/style.css?ver=4.1.2" media="all">
<link rel="stylesheet" id="tasty-recipes-main-css" href="https://crumbandcopper.example/wp-content/plugins/tasty-recipes/assets/dist/recipe.css?ver=3.14"
media="all"></head>
<body class="wp-singular post-template-default single single-post postid-4412 single-format-standard wp-theme-genesis wp-child-theme-foodie-pro
header-full-width
content-sidebar genesis-breadcrumbs-visible genesis-footer-widgets-hidden feast-plugin adthrive-device-desktop">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-nav-primary" class="screen-reader-shortcut"> Skip to primary navigation</a></li>
<li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li><li><a href="#genesis-sidebar-primary"
class="screen-reader-shortcut"> Skip to
primary sidebar</a></li><li><a href="#footer" class="screen-reader-shortcut"> Skip to footer</a></li></ul>
<nav class="feastmobilenavbar" aria-label="Mobile Menu"><div class="feastmenutoggle" id="mobilemenu-toggle"><a href="#feastmobilemenu" aria-label="Open menu">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512" aria-hidden="true"><path d="M16 132h416"></path></svg></a></div><div class="feastmenulogo"><a
href="/">
<img src="https://crumbandcopper.example/wp-content/uploads/2024/01/logo-mobile.png" alt="${site} logo" width="195" height="70"></a></div>
<div class="feastsearchtoggle"><a href="#feastmobilesearch" aria-label="Open search"><svg viewBox="0 0 512 512" aria-hidden="true"></svg></a></div></nav>
<div id="feastmobilemenu" class="feastmobilemenu-background" aria-label="main"><div class="mmm-dialog"><div class="mmm-content"><a href="#" class="closebtn"
aria-label="Close menu">×</a><img src="https://crumbandcopper.example/wp-content/uploads/2024/01/logo-mobile.png" alt="${site} logo"><ul
id="menu-feast-modern-mobile-menu"
class="menu">${links(nav, 'menu-item')}</ul></div></div></div>
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="https://crumbandcopper.example/">${site}</a></p>
<p class="site-description">Easy baking for busy kitchens</p></div></div></header>
<nav class="nav-primary" aria-label="Main" id="genesis-nav-primary"><div class="wrap"><ul id="menu-main" class="menu genesis-nav-menu menu-primary
js-superfish">
${links(nav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></div></nav>
<div class="adthrive-ad adthrive-header adthrive-header-1 adthrive-ad-cls" style="min-height: 90px;"></div>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<div class="breadcrumb"><span><span><a href="https://crumbandcopper.example/">Home</a></span> » <span><a href="/category/desserts/">Desserts</a></span> »
<span><a href="/category/desserts/cookies/">Cookies</a></span> » <span class="breadcrumb_last" aria-current="page">${title}</span></span></div>
<article class="post-4412 post type-post status-publish format-standard has-post-thumbnail category-cookies category-desserts entry" aria-label="${title}">
<header class="entry-header"><h1 class="entry-title">${title}</h1>
<p class="entry-meta">By <span class="entry-author"><a href="/about/" class="entry-author-link" rel="author"><span class="entry-author-name">Priya
Vandermolen</span></a></span>
<span class="entry-meta-sep">·</span> Published: <time class="entry-time" datetime="2025-02-03T13:00:00+00:00">February 3, 2025</time> <span
class="entry-meta-sep">·</span>
Updated: <time class="entry-modified-time" datetime="2025-02-10T09:21:44+00:00">February 10, 2025</time> <span class="entry-meta-sep">·</span>
<span class="entry-comments-link"><a href="#comments">14 Comments</a></span></p></header>
<div class="entry-content"><p class="disclosure"><em>This post may contain affiliate links. Please read my <a href="/disclosure/">disclosure
policy</a>.</em></p>
<div class="tasty-recipes-quick-links"><a class="tasty-recipes-jump-link" href="#tasty-recipes-4413-jump-target">Jump to Recipe</a> <span>·</span>
<a class="tasty-recipes-print-link" href="https://crumbandcopper.example/tasty-recipes/print/4413/" target="_blank">Print Recipe</a></div>
${ps(p1)}
<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="1800"
src="https://crumbandcopper.example/wp-content/uploads/2025/02/cookies-stack.jpg"
alt="A stack of brown butter oat cookies with dates on a wire rack." class="wp-image-4420"></figure>
${ad(1)}
<h2 class="wp-block-heading" id="h-why-brown-the-butter">${h1}</h2>
${ps(p2)}
<h2 class="wp-block-heading" id="h-ingredient-notes">${h2}</h2>
<ul class="wp-block-list">${notes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ad(2)}
<h2 class="wp-block-heading" id="h-tips-for-the-best-cookies">${h3}</h2>
<ul class="wp-block-list">${tips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading" id="h-storing-and-freezing">${h4}</h2>
${ps(p4)}
${ad(3)}
<span class="tasty-recipes-jump-target" id="tasty-recipes-4413-jump-target"></span><div class="tasty-recipes-anchor" id="tasty-recipes-4413-anchor"></div>
<div id="tasty-recipes-4413" data-tr-id="4413" class="tasty-recipes tasty-recipes-4413 tasty-recipes-display tasty-recipes-has-image tasty-recipes-has-plug">
<div class="tasty-recipes-entry-header"><div class="tasty-recipes-image"><img width="225" height="225"
src="https://crumbandcopper.example/wp-content/uploads/2025/02/card.jpg"
class="attachment-thumbnail size-thumbnail" alt="Brown butter oat and date cookies on parchment" data-pin-nopin="true"></div>
<div class="tasty-recipes-header-content"><h2 class="tasty-recipes-title">${cardTitle}</h2><div class="tasty-recipes-rating" data-tr-default-rating="4.9">
<a href="#respond"><span class="tasty-recipes-rating-stars">${stars(5)}</span></a><p><span class="rating-label"><span class="average">4.9</span> from
<span class="count">32</span> reviews</span></p></div><div class="tasty-recipes-details"><ul>
${details
  .map(
    ([k, v]) => `<li class="${k.toLowerCase().replace(' ', '-')}"><span class="tasty-recipes-label">${k}:</span> <span
class="tasty-recipes-value">${v}</span></li>`,
  )
  .join('\n')}
</ul></div></div><div class="tasty-recipes-buttons"><div class="tasty-recipes-button-wrap"><a class="button tasty-recipes-print-button tasty-recipes-no-print"
href="https://crumbandcopper.example/tasty-recipes/print/4413/" target="_blank" data-tasty-recipes-customization="button-color.background">Print
Recipe</a></div>
<div class="tasty-recipes-button-wrap"><a class="share-pin button" data-pin-custom="true" data-href="https://www.pinterest.com/pin/create/bookmarklet/?url=4413"
href="#">Pin Recipe</a></div></div></div>
<div class="tasty-recipes-entry-content"><div class="tasty-recipes-description"><h3 data-tasty-recipes-customization="primary-color.color">Description</h3>
<div class="tasty-recipes-description-body"><p>${desc}</p></div></div>
<div class="tasty-recipes-ingredients"><div class="tasty-recipes-ingredients-header"><h3 data-tasty-recipes-customization="primary-color.color">Ingredients</h3>
<div class="tasty-recipes-units-scale-container"><span class="tasty-recipes-scale-label">Scale</span><div class="tasty-recipes-scale-container">
<button class="tasty-recipes-scale-button tasty-recipes-scale-button-active" data-amount="1" type="button">1x</button>
<button class="tasty-recipes-scale-button" data-amount="2" type="button">2x</button><button class="tasty-recipes-scale-button" data-amount="3"
type="button">3x</button>
</div></div></div><div class="tasty-recipes-ingredients-body" data-tasty-recipes-customization="body-color.color"><ul>
${ingredients.map(([n, a, r]) => `<li data-tr-ingredient-checkbox=""><span data-amount="${n}">${a}</span> ${r}</li>`).join('\n')}</ul></div></div>
<div class="tasty-recipes-cook-mode"><input type="checkbox" id="tasty-recipes-4413-cook-mode" class="tasty-recipes-cook-mode__toggle">
<label for="tasty-recipes-4413-cook-mode"><span class="tasty-recipes-cook-mode__label">Cook Mode</span> <span class="tasty-recipes-cook-mode__helper">Prevent
your
screen from going dark</span></label></div>
<div class="tasty-recipes-instructions"><div class="tasty-recipes-instructions-header"><h3
data-tasty-recipes-customization="primary-color.color">Instructions</h3></div>
<div class="tasty-recipes-instructions-body" data-tasty-recipes-customization="body-color.color"><ol>
${steps.map((t, i) => `<li id="instruction-step-${i + 1}">${t}</li>`).join('\n')}</ol></div></div>
<div class="tasty-recipes-notes"><h3 data-tasty-recipes-customization="primary-color.color">Notes</h3><div
class="tasty-recipes-notes-body">${ps(cardNotes)}</div></div>
<div class="tasty-recipes-keywords"><p><span class="tasty-recipes-label">Keywords:</span> brown butter cookies, oat cookies, date cookies</p></div>
<div class="tasty-recipes-nutrition"><h3 data-tasty-recipes-customization="primary-color.color">Nutrition</h3><ul>
${nutrition
  .map(
    ([k, v]) => `<li><strong class="tasty-recipes-label">${k}:</strong> <span
class="tasty-recipes-value">${v}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<footer class="tasty-recipes-entry-footer"><div class="tasty-recipes-footer-content"><div class="tasty-recipes-footer-copy"><h3>Did you make this recipe?</h3>
<p>Tag <a href="https://www.instagram.com/crumbandcopper" target="_blank">@crumbandcopper</a> on Instagram and hashtag it
<a href="https://www.instagram.com/explore/tags/crumbandcopper" target="_blank">#crumbandcopper</a></p></div></div></footer></div>
</div></article>
<div class="entry-comments" id="comments"><h3>14 Comments</h3><ol class="comment-list">
${comment(comments[0]!, 0)}
${comment(comments[1]!, 1, `<ul class="children">${comment(comments[2]!, 2)}</ul>`)}</ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">${form[1]}</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>
<div class="tasty-recipes-ratings-form"><fieldset><legend>${form[3]}</legend><span class="tasty-recipes-ratings-buttons">
${[5, 4, 3, 2, 1]
  .map(
    (n) => `<input aria-label="Rate this recipe ${n} out of 5 stars" type="radio" name="tasty-recipes-rating"
value="${n}"><span>★</span>`,
  )
  .join('')}
</span></fieldset></div><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment"
name="comment"
cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label>
<input id="author" name="author" type="text" value="" size="30" maxlength="245" required></p><p class="comment-form-email"><label for="email">Email
<span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" required></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${form[7]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" id="genesis-sidebar-primary">
<h2 class="genesis-sidebar-title screen-reader-text">Primary Sidebar</h2><section id="block-7" class="widget widget_block"><div class="widget-wrap">
<div class="wp-block-group feast-about-author"><img src="https://crumbandcopper.example/wp-content/uploads/2024/01/priya.jpg" alt="">
<h3 class="wp-block-heading">${about[0]}</h3><p>${about[1]}</p><p><a href="/about/">${about[2]}</a></p></div></div></section>
<section id="block-8" class="widget widget_block"><div class="widget-wrap"><div class="wp-block-group newsletter-box"><h3
class="wp-block-heading">${newsletter[0]}</h3>
<p>${newsletter[1]}</p><form action="https://app.kit.example/forms/55102/subscriptions" method="post"><input type="email" name="email_address" placeholder="Your
email"
aria-label="Email address"><button type="submit">${newsletter[2]}</button></form></div></div></section>
<section id="block-9" class="widget widget_block"><div class="widget-wrap"><h3 class="wp-block-heading">Popular Recipes</h3><ul
class="wp-block-latest-posts__list">
${links(popular)}</ul></div></section>
<div class="adthrive-ad adthrive-sidebar adthrive-sticky-sidebar adthrive-ad-cls" style="min-height: 600px;"></div></aside></div></div>
<footer class="site-footer" id="footer"><div class="wrap"><p>Copyright © 2025 ${site}</p><ul class="footer-links">${links(foot)}</ul>
<p class="raptive-partner">A Raptive Partner Site</p></div></footer></div>
<div class="adthrive-ad adthrive-footer adthrive-footer-1 adthrive-ad-cls adthrive-sticky" style="min-height: 90px;"><button class="adthrive-close"
aria-label="Close ad">⊗</button></div>
<span class="adthrive-ccpa-link">Information from your device can be used to personalize your ad experience.<br><br>
<a href="#" onclick="return false;">Do not sell or share my personal information.</a></span>
<script src="https://crumbandcopper.example/wp-content/plugins/tasty-recipes/assets/dist/cook-mode.build.js?ver=3.14" defer></script></body></html>`;
export const tastyRecipePost: TestPage = {
  html,
  name: 'heldout117-tasty-recipes-food-blog-post',
  kind: 'blog',
  // the recipe card's title and its Description / Ingredients / Instructions / Notes h3s are headings, its description,
  // ingredients, steps and notes body; the card's details block (author, times, yield, category, method, cuisine) is in
  // neither list; its rating, buttons, scale, Cook Mode, keywords, nutrition panel and "Did you make this recipe?" are furniture
  title,
  headings: [h1, h2, h3, h4, cardTitle, 'Description', 'Ingredients', 'Instructions', 'Notes'],
  body: [...p1, ...p2, ...texts(notes), ...tips, ...p4, desc, ...ingredients.map(([, a, r]) => `${a} ${r}`), ...steps, ...cardNotes],
  bylines: ['By Priya Vandermolen', 'Published: February 3, 2025', 'Updated: February 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to primary navigation', 'Skip to main content', 'Skip to primary sidebar', 'Skip to footer', '×', ...nav, plain(site),
    'Easy baking for busy kitchens',
    'Home', 'Desserts', 'Cookies', '14 Comments', disclosure, 'Jump to Recipe', 'Print Recipe', '4.9 from 32 reviews', 'Pin Recipe', 'Scale', '1x', '2x', '3x',
    'Cook Mode', 'Prevent your screen from going dark', 'Keywords: brown butter cookies, oat cookies, date cookies', 'Nutrition',
    ...nutrition.map(([k, v]) => `${k}: ${v}`), 'Did you make this recipe?', 'Tag @crumbandcopper on Instagram and hashtag it #crumbandcopper',
    ...comments.flatMap((c) => [c.name, c.when, c.text]), 'says', 'Reply', ...form, 'Primary Sidebar', ...about, ...newsletter, 'Popular Recipes', ...popular,
    `Copyright © 2025 ${plain(site)}`, ...foot, 'A Raptive Partner Site', 'Information from your device can be used to personalize your ad experience.',
    'Do not sell or share my personal information.', '★★★★★',
  ])],
};
