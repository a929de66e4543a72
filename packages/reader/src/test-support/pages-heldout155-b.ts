import { links, type TestPage, texts } from './page-kit.js';
import { generatePressPost } from './pages-heldout155-b2.js';
import { asBody, asCard, asComments, asFurniture, asHead } from './pages-heldout155-b3.js';

/**
 * Held-out batch 155, file b: a WordPress post with the Astra theme and a WP Recipe Maker card (skip link, the Astra
 * header builder with site title and primary menu, the entry meta with author, published and hidden updated dates and
 * category, an affiliate disclosure and "Jump to Recipe" / "Print Recipe" buttons at the top of the content, an ad slot,
 * the recipe card with its meta, ingredients, instructions, notes and nutrition, the comments with the rating form, the
 * sidebar with the about widget and popular recipes, and the Astra footer) and, from file b2, a WordPress post with the
 * GeneratePress theme and an author box.
 */
const asNav = ['Home', 'Recipes', 'Soups', 'Baking', 'Meal Prep', 'About'];
const asSide = ['Creamy white bean and kale stew', 'Ten-minute miso noodles', 'Brown butter oat cookies', 'Sheet-pan harissa chickpeas'];
const asHtml = `<!DOCTYPE html>
<html lang="en-US"><head>${asHead}</head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-2817 single-format-standard wp-custom-logo
ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent
ast-hfb-header ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar
ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap
ast-builder-grid-row-container
site-header-focus-item ast-container" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides
ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="https://numbernine.example/" class="custom-logo-link"
rel="home"><img width="160" height="48" src="https://numbernine.example/wp-content/uploads/2024/02/logo.png" class="custom-logo" alt="Kitchen at Number
Nine"></a>
</span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://numbernine.example/" rel="home" itemprop="url">
Kitchen at Number Nine</a></span></div></div></div></div><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement"
itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex
submenu-with-border stack-on-mobile">${links(asNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search"><div class="ast-search-menu-icon
slide-search"><form role="search" method="get" class="search-form" action="https://numbernine.example/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
</form><div class="ast-search-icon"><a class="slide-search astra-search-icon" aria-label="Search icon link" href="#"><span
class="screen-reader-text">Search</span>
<span class="ast-icon icon-search"></span></a></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2817 post type-post status-publish format-standard has-post-thumbnail hentry category-soups tag-lentils tag-vegan ast-article-single"
id="post-2817" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box">
<div class="ast-single-post-order"><header class="entry-header"><h1 class="entry-title" itemprop="headline">Smoky Red Lentil and Roasted Squash Soup</h1>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Priya Lindqvist" href="https://numbernine.example/author/priya/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Priya Lindqvist</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
January 9, 2026</span><span class="updated" itemprop="dateModified" style="display:none">January 11, 2026</span></span> / <span class="ast-terms-link">
<a href="https://numbernine.example/category/soups/">Soups</a></span></div>
<div class="post-thumb-img-content post-thumb"><img width="1200" height="800" src="https://numbernine.example/wp-content/uploads/2026/01/lentil-soup.jpg"
class="attachment-large size-large wp-post-image" alt="A bowl of orange lentil soup" itemprop="image" decoding="async" fetchpriority="high"></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">${asBody}
${asCard}
</div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="Creamy white bean and kale stew"
href="https://numbernine.example/white-bean-kale-stew/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next">
<a title="Ten-minute miso noodles" href="https://numbernine.example/miso-noodles/" rel="next">Next Post <span
class="ast-right-arrow">→</span></a></div></div></nav>
${asComments}
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary" aria-label="Primary Sidebar" itemtype="https://schema.org/WPSideBar"
itemscope="itemscope">
<div class="sidebar-main"><aside id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Hi, I’m Priya!</h2>
<p>I cook for a family of five on a budget, and most of what I make takes under an hour. Pull up a chair.</p></div></aside>
<aside id="block-4" class="widget widget_block"><h2 class="wp-block-heading">Popular Recipes</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">
${links(asSide)}</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full
ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item
ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright © 2026 Kitchen at Number Nine | Powered by
<a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div></footer></div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Scroll to
Top</span></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://numbernine.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
<script src="https://numbernine.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.6.1" id="wprm-public-js"></script></body></html>`;
const astraRecipe: TestPage = {
  html: asHtml,
  name: 'heldout155-astra-recipe-blog',
  kind: 'blog',
  // the recipe card is part of the post: its name (h2) and its Ingredients / Instructions / Notes headers are headings, its
  // summary, ingredient lines, steps and notes are body; its times, servings, course and cuisine are in neither list; the
  // nutrition panel, rating, buttons, disclosure, ad label, comments (with the rating form), sidebar and footer are furniture
  title: 'Smoky Red Lentil and Roasted Squash Soup',
  headings: asFurniture.headings,
  body: asFurniture.body,
  bylines: ['Priya Lindqvist', 'January 9, 2026', 'January 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kitchen at Number Nine', ...asNav, 'Search for:', 'Search', ...asFurniture.furniture, '← Previous Post', 'Next Post →',
    'Hi, I’m Priya!', ...texts(['I cook for a family of five on a budget, and most of what I make takes under an hour. Pull up a chair.']),
    'Popular Recipes', ...asSide, 'Copyright © 2026 Kitchen at Number Nine | Powered by Astra WordPress Theme', 'Scroll to Top',
  ],
};

export const HELDOUT155_B: readonly TestPage[] = [astraRecipe, generatePressPost];
