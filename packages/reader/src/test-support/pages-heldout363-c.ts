import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout363-kit.js';

/**
 * Held-out batch 363, file c: a cocktail recipe post on WordPress with the Kadence theme and WP Recipe Maker (jump-to-recipe
 * buttons, byline with "updated" date, ad slots, the recipe card with its meta, ingredients, instructions and notes, star
 * ratings, comments with ratings, sidebar) and a distillery's tour page built on Wix (Wix Thunderbolt markup: comp ids,
 * richTextElement blocks, button labels, an age-gate lightbox, strip footer).
 */
const cTitle = 'Smoked Pear Old Fashioned: A Cozy Autumn Whiskey Cocktail';
const cIntro = [
  j(
    'When the first cold evening arrives, this is the drink I make. It keeps everything you love about an Old Fashioned, the rye, the',
    'bitters, the slow stir, and adds a spiced pear syrup and a whisper of smoke that makes the whole kitchen smell like a bonfire.',
  ),
  j(
    'Do not worry if you do not own a smoking gun. I will show you an easy trick with a cinnamon stick that gets you most of the way',
    'there with nothing but a lighter and a heatproof plate.',
  ),
];
const cWhy = [
  'Pear and rye are a natural match: the fruit softens the spice of the whiskey without making it sweet.',
  'The syrup keeps for two weeks in the fridge, so you can batch it on Sunday and stir drinks all week.',
  'It takes five minutes once the syrup is made.',
];
const cTips = [
  j(
    'Use a ripe but firm pear such as Bosc for the syrup. Very soft pears turn to mush and make the syrup cloudy, which tastes fine but',
    'looks muddy in the glass.',
  ),
  j(
    'For the smoke, light the end of a cinnamon stick, blow it out and trap the smoke under your upturned glass for thirty seconds.',
    'Turn the glass over, add the ice and pour. The aroma fades after a few minutes, so serve it straight away.',
  ),
  'If you prefer bourbon, cut the syrup back to a scant quarter ounce, since bourbon is already rounder and sweeter than rye.',
];
const cIng = [
  '2 oz rye whiskey',
  '1/2 oz spiced pear syrup',
  '2 dashes aromatic bitters',
  '1 dash orange bitters',
  '1 cinnamon stick, for smoking',
  '1 thin pear slice, for garnish',
];
const cSteps = [
  'Smoke the glass: light the cinnamon stick, blow it out and cover it with a rocks glass for 30 seconds.',
  'Add the whiskey, pear syrup and both bitters to a mixing glass with ice and stir for 20 to 30 seconds.',
  'Turn the smoked glass upright, add one large ice cube and strain the drink over it.',
  'Garnish with the pear slice and the cinnamon stick.',
];
const cNote = 'Spiced pear syrup: simmer 1 cup chopped pear, 1 cup sugar, 1 cup water and 2 cloves for a quarter of an hour, then strain and cool.';
const cNav = ['Cocktails', 'Mocktails', 'Syrups & Infusions', 'Bar Basics', 'About'];
const cSide = ['Brown Butter Rum Sour', 'Cranberry Rosemary Spritz', 'How to Make Clear Ice at Home'];
const cHtml = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${cTitle} - Shaken Not Hurried</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${cTitle}",
"author":{"name":"Delphine Ruiz"},"datePublished":"2024-10-08","dateModified":"2025-10-21"},{"@type":"Recipe","name":"Smoked Pear Old Fashioned",
"recipeYield":["1"],"prepTime":"PT5M","recipeCategory":["Drinks"],"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9",
"ratingCount":"27"}}]}</script>
<link rel="stylesheet" id="wprm-public-css" href="/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1" media="all">
<script>window.mediavineConfig={"site":"shakennothurried"};</script></head>
<body class="post-template-default single single-post postid-4410 single-format-standard wp-custom-logo has-sidebar rsidebar">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="/"><p class="site-title">Shaken Not Hurried</p></a></div>
<nav id="site-navigation" class="main-navigation header-navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container">
<ul id="primary-menu" class="menu">${links(cNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main"
class="site-main">
<article id="post-4410" class="entry content-bg single-entry post-4410 post type-post status-publish category-cocktails">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="/">Home</a></span>
<span class="bc-delimiter">/</span> <span><a href="/cocktails/">Cocktails</a></span></div></nav>
<h1 class="entry-title">${cTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="/author/delphine/">Delphine Ruiz</a></span></span><span class="updated-on">
<time class="entry-date published updated" datetime="2025-10-21T09:12:00+00:00">Updated October 21, 2025</time></span></div></header>
<div class="entry-content single-content">
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="4412" class="wprm-recipe-jump wprm-recipe-link
wprm-jump-to-recipe-shortcode
wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent">Jump to Recipe</a>
<a href="/wprm_print/4412" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode wprm-recipe-print-inline-button">Print Recipe</a></div>
<p class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></p>
${ps(cIntro)}
<h2 class="wp-block-heading">Why You’ll Love It</h2>
<ul class="wp-block-list">${cWhy.map((w) => `<li>${w}</li>`).join('\n')}</ul>
<div class="mv-ad-box" data-slotname="content_1_wrapper"><span class="mv-ad-label">Advertisement</span><div id="content_1"></div></div>
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2024/10/smoked-pear-old-fashioned.jpg" alt="Smoked pear old fashioned">
<figcaption class="wp-element-caption">Stirred, not shaken, over one big cube.</figcaption></figure>
<h2 class="wp-block-heading">Tips for the Best Smoked Pear Old Fashioned</h2>
${ps(cTips)}
<p class="read-more-inline"><strong>Read more:</strong> <a href="/clear-ice/">How to Make Clear Ice at Home</a></p>
<div id="recipe"></div><div id="wprm-recipe-container-4412" class="wprm-recipe-container" data-recipe-id="4412" data-servings="1">
<div class="wprm-recipe wprm-recipe-template-chic-cocktail"><h2 class="wprm-recipe-name wprm-block-text-bold">Smoked Pear Old Fashioned</h2>
<div class="wprm-recipe-rating wprm-recipe-rating-inline"><span class="wprm-recipe-rating-details wprm-block-text-normal">4.9 from 27 votes</span></div>
<div class="wprm-recipe-buttons"><a href="/wprm_print/4412" class="wprm-recipe-print wprm-recipe-link">Print</a>
<a href="#" class="wprm-recipe-pin wprm-recipe-link">Pin</a></div>
<div class="wprm-recipe-meta-container"><div class="wprm-recipe-block-container wprm-recipe-time-container"><span
class="wprm-recipe-details-label">Prep Time</span>
<span class="wprm-recipe-time">5 minutes</span></div><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Servings</span>
<span class="wprm-recipe-servings">1</span> <span class="wprm-recipe-servings-unit">drink</span></div>
<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Author</span> <span class="wprm-recipe-author">Delphine Ruiz</span></div></div>
<div class="wprm-recipe-ingredients-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3>
<div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">
${cIng.map((i) => `<li class="wprm-recipe-ingredient" style="list-style-type: disc;">${i}</li>`).join('\n')}</ul></div></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3>
<ul class="wprm-recipe-instructions">${cSteps
  .map(
    (s) => `<li class="wprm-recipe-instruction"><div
class="wprm-recipe-instruction-text">${s}</div></li>`,
  )
  .join('\n')}</ul>
</div><div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">Notes</h3><div
class="wprm-recipe-notes"><p>${cNote}</p></div></div>
<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Tried this recipe?</span> <span class="wprm-call-to-action-text">Tag
@shakennothurried on Instagram</span></div></div></div>
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label">Tags:</span> <a href="/tag/whiskey/">whiskey</a>
<a href="/tag/fall/">fall drinks</a></span></div></footer></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">6 Comments</h2><ol class="comment-list"><li id="comment-901" class="comment even
thread-even">
<article class="comment-body"><footer class="comment-meta"><b class="fn">Marco T.</b> <time datetime="2025-11-02">November 2, 2025 at 7:14 pm</time></footer>
<div class="comment-content"><p>Made this for our book club and everyone asked for the syrup recipe. The cinnamon trick works great!</p></div>
<a rel="nofollow" class="comment-reply-link" href="#">Reply</a></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary"><div class="sidebar-inner-wrap">
<section class="widget widget_block"><h2 class="widget-title">Hi, I’m Delphine!</h2><p>Home bartender, syrup hoarder and firm believer that good drinks should
be easy.</p></section><section class="widget widget_recent_entries"><h2 class="widget-title">Popular Recipes</h2><ul>${links(cSide)}</ul></section>
</div></aside></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="footer-html"><p>© 2025 Shaken Not Hurried ·
Privacy Policy · Accessibility</p></div></div></footer></div>
<div id="mv-sticky-footer"><span class="mv-ad-label">Advertisement</span></div>
<script id="wprm-public-js" src="/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.6.1"></script></body></html>`;
const wprm: TestPage = {
  name: 'heldout363-wprm-kadence-cocktail-recipe',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: ['Why You’ll Love It', 'Tips for the Best Smoked Pear Old Fashioned', 'Smoked Pear Old Fashioned', 'Ingredients', 'Instructions', 'Notes'],
  body: texts([...cIntro, ...cWhy, ...cTips, ...cIng, ...cSteps, cNote]),
  bylines: ['Delphine Ruiz', 'Updated October 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Shaken Not Hurried', ...cNav, 'Home', 'Jump to Recipe', 'Print Recipe',
    'This post may contain affiliate links. Please read our disclosure policy.', 'Advertisement', 'Stirred, not shaken, over one big cube.',
    'Read more: How to Make Clear Ice at Home', '4.9 from 27 votes', 'Print', 'Pin', 'Prep Time', '5 minutes', 'Servings', 'Author',
    'Tried this recipe?', 'Tag @shakennothurried on Instagram', 'Tags:', 'fall drinks', '6 Comments', 'Marco T.', 'November 2, 2025 at 7:14 pm',
    'Made this for our book club and everyone asked for the syrup recipe. The cinnamon trick works great!', 'Reply', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Hi, I’m Delphine!',
    'Home bartender, syrup hoarder and firm believer that good drinks should be easy.', 'Popular Recipes', ...cSide,
    '© 2025 Shaken Not Hurried · Privacy Policy · Accessibility',
  ],
};

const wTitle = 'Distillery Tours';
const wIntro = [
  j(
    'Step inside the old grain store on the harbour front and see how we turn local barley into single malt. Our guides have worked every',
    'stage of production, from the mash tun to the bottling line, and they love a difficult question.',
  ),
  j(
    'We run tours every day except Tuesday, each lasting around ninety minutes. Children over eight are welcome on the Classic Tour, though',
    'only guests aged 18 and over may taste. Please arrive ten minutes before your start time.',
  ),
  j(
    'The tasting room bar opens half an hour before the first tour and closes after the last, so there is time for another dram or',
    'a coffee either side of your visit. Bottles bought on the day can be held at the shop counter until you leave.',
  ),
];
const wStops = [
  'The malt loft, where you can rub the barley between your fingers and smell the difference peat makes.',
  'The mash and wash rooms, with our Douglas fir washbacks, each holding 9,000 litres.',
  'The still house, home to our two copper pot stills, nicknamed Agnes and Wee Rab.',
  'The dunnage warehouse, where casks from our very first filling in 2017 are still resting.',
];
const wOptions = [
  'Classic Tour, 90 minutes, £18: the full walk-through and three drams in the tasting room.',
  'Cask Explorer, 2 hours, £45: draw your own sample straight from a cask and take home a 20cl bottle.',
  'Driver’s Tour, 90 minutes, £12: the Classic Tour with a take-home miniature set instead of drams.',
];
const wAccess = [
  j(
    'The still house and tasting room are step-free. The malt loft is reached by a steep wooden stair, and our guides will describe',
    'it from the ground floor for anyone who would rather not climb. Assistance dogs are welcome everywhere except the mash room.',
  ),
];
const wNav = ['Home', 'Our Whisky', 'Tours', 'Shop', 'Visit', 'Contact'];
const wComp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (arr: readonly string[]): string =>
  arr.map((p) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`).join('\n');
const wLi = (arr: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${arr
    .map(
      (p) => `<li class="wixui-rich-text__text"><p class="font_8
wixui-rich-text__text">${p}</p></li>`,
    )
    .join('\n')}</ul>`;
const wBtn = (
  id: string,
  label: string,
): string => `<div class="comp-${id}-container"><a data-testid="linkElement" href="/book" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="l7_2fn wixui-button__label">${label}</span></a></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com
Website Builder">
<title>Distillery Tours | Fennick Quay Distillery</title><meta name="description" content="Book a tour of Fennick Quay Distillery: malt loft, still house and
warehouse.">
<meta property="og:title" content="Distillery Tours | Fennick Quay Distillery"><meta property="og:type" content="website">
<script type="application/json"
id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-renderer","type":"GA","code":0},"mode":{"qa":false}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Fennick Quay Distillery",
"address":"Fennick Quay, Portallan"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#1c1a17;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ" tabindex="-1" aria-label="top of page"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="_C0cVf"><div id="comp-logo" data-testid="richTextElement" class="wixui-rich-text"><p class="font_0"><a
href="/">Fennick Quay</a></p></div>
<nav id="comp-menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemDepth02233374943__container"
role="menubar">${wNav
  .map(
    (n) => `<li class="itemDepth02233374943__itemWrapper" data-testid="itemWrapper"><a data-testid="linkElement" href="/${n.toLowerCase()}"
class="itemDepth02233374943__root wixui-horizontal-menu__item"><div class="itemDepth02233374943__label">${n}</div></a></li>`,
  )
  .join('\n')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="kn8e2" class="dBAkHi kn8e2 wixui-page">
<section id="comp-lq1a" class="comp-lq1a wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns" class="V5AUxf">
${wComp('lq1b', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wComp('lq1c', wP(wIntro))}
${wBtn('lq1d', 'Book a Tour')}
<div id="comp-lq1e" class="wixui-image"><img src="https://static.wixstatic.example/media/stillhouse.jpg" alt="The still house"></div>
${wComp('lq1f', '<p class="font_9 wixui-rich-text__text">Agnes and Wee Rab in the still house. Photo © Fennick Quay Distillery</p>')}
</div></section>
<section id="comp-lq2a" class="comp-lq2a wixui-section" data-block-level-container="ClassicSection">
${wComp('lq2b', `<h2 class="font_2 wixui-rich-text__text">What You’ll See</h2>`)}
${wComp('lq2c', wLi(wStops))}
${wComp('lq2d', `<h2 class="font_2 wixui-rich-text__text">Choose Your Tour</h2>`)}
${wComp('lq2e', wLi(wOptions))}
${wBtn('lq2f', 'Check Availability')}
${wComp('lq2g', `<h2 class="font_2 wixui-rich-text__text">Accessibility</h2>`)}
${wComp('lq2h', wP(wAccess))}
</section>
<section id="comp-lq3a" class="comp-lq3a wixui-section"><div id="comp-lq3b" class="wixui-form"><form><h3 class="font_5">Get distillery news</h3>
<input type="email" placeholder="Email*" aria-label="Email"><button class="wixui-button"><span
class="wixui-button__label">Join</span></button></form></div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="footer-inner">
${wComp('ft1', '<p class="font_8">Fennick Quay Distillery, 3 Fennick Quay, Portallan</p><p class="font_8">Tel 01632 960 418</p>')}
${wComp('ft2', '<p class="font_8">© 2026 by Fennick Quay Distillery. Proudly created with Wix.com</p>')}
</div></footer></div></div></div></div>
<div id="POPUPS_ROOT"><div id="comp-agegate" class="wixui-lightbox" role="dialog" aria-modal="true"><div data-testid="richTextElement">
<h2 class="font_2">Are you of legal drinking age?</h2><p class="font_8">You must be 18 or over to enter this site.</p></div>
${wBtn('age1', 'Yes, I am')}${wBtn('age2', 'No')}</div></div>
<div id="ccsu-banner" data-hook="consent-banner-root"><p>This website uses cookies. By clicking Accept, you agree to our use of such cookies.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout363-wix-distillery-tours',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['What You’ll See', 'Choose Your Tour', 'Accessibility'],
  body: texts([...wIntro, ...wStops, ...wOptions, ...wAccess]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fennick Quay', ...wNav, 'Book a Tour', 'Agnes and Wee Rab in the still house. Photo © Fennick Quay Distillery', 'Check Availability',
    'Get distillery news', 'Join', 'Fennick Quay Distillery, 3 Fennick Quay, Portallan', 'Tel 01632 960 418',
    '© 2026 by Fennick Quay Distillery. Proudly created with Wix.com', 'Are you of legal drinking age?', 'You must be 18 or over to enter this site.',
    'Yes, I am', 'This website uses cookies. By clicking Accept, you agree to our use of such cookies.', 'Settings', 'Accept',
  ],
};

export const HELDOUT363_C: readonly TestPage[] = [wprm, wix];
