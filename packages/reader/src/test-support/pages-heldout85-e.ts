import { links, ps, type TestPage, texts } from './page-kit.js';
import { fandomStub } from './pages-heldout85-e2.js';

/**
 * Held-out batch 85, file e: a cocktail recipe post on a WordPress food blog (Kadence theme, WP Recipe Maker, an ad network's
 * slots): the Age Gate plugin's "legal drinking age" overlay, the CookieYes banner, the header nav, the breadcrumbs, the
 * title, the "Jump to Recipe" / "Print Recipe" bar, the "As an Amazon Associate" disclosure, the meta line with author and
 * dates, step photos with captions and "Pin" overlays, the post's own h2 sections, the WPRM recipe card (name, rating, Print /
 * Pin / Rate buttons, the summary, the times and details block, equipment, ingredients with the unit toggle, instructions,
 * notes, nutrition and the "Tried this recipe?" box), the comments, the sidebar with the "About me" box and the footer) and,
 * from file e2, a Fandom wiki stub with "citation needed" markers.
 */
const rcTitle = 'Maple Rye Sour (The Lantern Street Sour)';
const rcP1 = [
  'This maple rye sour is the drink I make when friends come over on a cold evening and nobody can decide what they want. It has the ' +
    'bright lemon and silky foam of a classic whiskey sour, but maple syrup instead of sugar gives it a rounder, toastier taste that ' +
    'works beautifully with the spice of rye.',
  'We named it after the street we lived on when I first started mixing drinks at home, in a flat with a tiny kitchen and a very ' +
    'patient downstairs neighbour.',
];
const rcH1 = 'Why you’ll love this cocktail';
const rcList1 = [
  '<strong>Only five ingredients</strong>, and you probably have most of them already.',
  '<strong>Not too sweet.</strong> Dark maple syrup adds depth rather than sugariness.',
  '<strong>Make it with or without egg white.</strong> Aquafaba works just as well for a vegan foam.',
];
const rcH2 = 'Tips for the best foam';
const rcP2 = [
  'The secret to a thick, stable foam is the dry shake: shake everything without ice first, for about fifteen seconds, then add ice ' +
    'and shake again. The first shake whips the egg white; the second chills and dilutes the drink.',
  'Use the freshest egg you can find, and strain the drink through a fine sieve into the glass so the foam is smooth. If it looks thin, ' +
    'your shaker may not be sealed properly, or the lemon juice was not freshly squeezed.',
];
const rcH3 = 'Can I make it ahead?';
const rcP3 = [
  'You can mix the rye, lemon and maple up to a day ahead and keep it in a sealed bottle in the fridge. Add the egg white and shake ' +
    'each drink to order, since the foam collapses after a few minutes.',
];
const rcCardName = 'Maple Rye Sour';
const rcSummary = 'A cosy twist on the whiskey sour with dark maple syrup, fresh lemon and a silky egg white foam.';
const rcIng: [string, string, string][] = [
  ['2', 'oz', 'rye whiskey'],
  ['¾', 'oz', 'fresh lemon juice'],
  ['½', 'oz', 'dark maple syrup'],
  ['1', '', 'egg white (or 1 oz aquafaba)'],
  ['2', 'dashes', 'Angostura bitters, to garnish'],
];
const rcIngHtml = rcIng.map(
  ([a, u, n]) =>
    `<span class="wprm-recipe-ingredient-amount">${a}</span>${u ? ` <span class="wprm-recipe-ingredient-unit">${u}</span>` : ''} ` +
    `<span class="wprm-recipe-ingredient-name">${n}</span>`,
);
const rcSteps = [
  'Add the rye, lemon juice, maple syrup and egg white to a cocktail shaker without ice. Seal and shake hard for 15 seconds.',
  'Fill the shaker with ice and shake again for another 15 seconds, until the outside of the shaker is very cold.',
  'Strain through a fine sieve into a chilled coupe glass and let the foam settle for a moment.',
  'Drop the bitters onto the foam and drag a cocktail pick through them to make a pattern. Serve straight away.',
];
const rcNotes = [
  'If you are serving anyone who is pregnant, elderly or has a weakened immune system, use pasteurised egg white or aquafaba.',
  'Grade A dark maple syrup gives the best flavour; golden syrup makes a sweeter, lighter drink.',
];
const rcNav = ['Home', 'Recipes', 'Cocktails', 'Mocktails', 'Bar Basics', 'About'];
const rcCrumbs = ['Home', 'Cocktails', 'Whiskey Cocktails'];
const rcCaps = ['Shaking the drink without ice first builds the foam.', 'Straining through a fine sieve keeps the foam smooth.'];
const rcAge = [
  'Are you of legal drinking age?',
  'This site features alcoholic drink recipes. You must be 21 or over to enter.',
  'Yes, I am 21 or over',
  'No',
  'Remember me',
  'Please drink responsibly.',
];
const rcCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking "Accept All", ' +
    'you consent to our use of cookies.',
  'Customize',
  'Reject All',
  'Accept All',
];
const rcAmazon = 'This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.';
const rcDetails = ['Prep Time', '5 minutes', 'Total Time', '5 minutes', 'Course', 'Drinks', 'Cuisine', 'American', 'Servings', '1 cocktail'];
const rcNutri = 'Calories: 212kcal | Carbohydrates: 17g | Protein: 4g | Sodium: 56mg | Sugar: 13g';
const rcComments = [
  { n: 'Bridget', d: 'January 12, 2025 at 7:41 pm', t: 'Made these for my book club and everyone asked for the recipe. The maple is such a good idea.' },
  { n: 'Tom H.', d: 'February 2, 2025 at 9:03 pm', t: 'Used aquafaba as suggested and the foam was perfect. Five stars.' },
];
const rcAboutMe = 'Hi, I’m Nell! I mix seasonal cocktails and alcohol-free drinks at home in Larkin Falls and share the ones worth making twice.';
const rcFoot = ['Privacy Policy', 'Accessibility', 'Contact', 'Work With Me'];
const rcHtml = `<!doctype html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>Maple Rye Sour (The Lantern Street Sour) - Copper &amp; Thyme</title><meta name="description" content="${rcSummary}">
<meta property="og:type" content="article"><meta property="og:title" content="${rcTitle}"><meta property="article:published_time"
content="2023-11-17T14:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rcTitle}"},
{"@type":"Recipe","name":"${rcCardName}","author":{"@type":"Person","name":"Nell Ashworth"},"recipeYield":["1","1 cocktail"],"prepTime":"PT5M",
"recipeIngredient":["2 oz rye whiskey","3/4 oz fresh lemon juice"],"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.93",
"ratingCount":"14"}}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" id="wprm-public-css" href="/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1" media="all">
<script async src="https://scripts.adnetwork.example/tags/copper-and-thyme.js" data-noptimize="1"></script></head>
<body class="wp-singular post-template-default single single-post postid-2290 wp-theme-kadence age-restricted">
<div class="age-gate-wrapper" role="dialog" aria-modal="true" aria-labelledby="age-gate-heading"><div class="age-gate age-gate--buttons"><form
class="age-gate-form"
method="post"><h2 class="age-gate-heading age-gate-challenge" id="age-gate-heading">${rcAge[0]}</h2><p class="age-gate-subheadline">${rcAge[1]}</p>
<div class="age-gate-fields"><button type="submit" class="age-gate-submit age-gate-submit-yes" value="1">${rcAge[2]}</button>
<button type="submit" class="age-gate-submit age-gate-submit-no" value="0">${rcAge[3]}</button></div><p class="age-gate-remember-wrapper"><label
class="age-gate-remember"><input type="checkbox" class="age-gate-remember-field" value="1"> ${rcAge[4]}</label></p><div class="age-gate-additional-information">
<p>${rcAge[5]}</p></div></form></div></div>
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div
class="site-branding
branding-layout-standard"><a class="brand has-logo-image" href="/" rel="home"><img class="custom-logo" alt="Copper &amp; Thyme" src="/logo.png"></a></div>
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" role="navigation"
aria-label="Primary Navigation">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">${links(rcNav, 'menu-item')}</ul></div></nav>
<div class="search-toggle-open-container"><button class="search-toggle-open drawer-toggle" aria-label="View Search Form"><span class="search-toggle-label
vs-lg-false">Search</span></button></div></div></div></header>
<div id="inner-wrap" class="wrap kt-clear"><div id="primary" class="content-container site-container"><div id="main" class="site-main" role="main">
<div class="content-wrap"><article id="post-2290" class="entry content-bg single-entry post-2290 post type-post status-publish category-whiskey-cocktails">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container">${rcCrumbs
  .map((t) => `<span><a href="/${t.toLowerCase()}/" itemprop="url"><span>${t}</span></a></span>`)
  .join('<span class="bc-delimiter">/</span>')}</div></nav>
<h1 class="entry-title">${rcTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span
class="author vcard">
<a class="url fn n" href="/author/nell/">Nell Ashworth</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2023-11-17">Published
November 17, 2023</time><time class="updated" datetime="2025-01-08"> Updated January 8, 2025</time></span></div></header>
<div class="entry-content single-content"><div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="2291" style="color: #ffffff;"
class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button
wprm-color-accent">Jump to Recipe</a> <a href="/wprm_print/maple-rye-sour" style="color: #ffffff;"
class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode
wprm-block-text-normal wprm-recipe-print-inline-button wprm-recipe-link-inline-button wprm-color-accent" data-recipe-id="2291" target="_blank"
rel="nofollow">Print
Recipe</a></div><p class="affiliate-disclosure"><em>${rcAmazon}</em></p>
${ps(rcP1)}
<div class="adthrive-ad adthrive-content" id="AdThrive_Content_1_desktop" data-google-query-id="CKq"><div class="adthrive-ad-label">Advertisement</div></div>
<h2 class="wp-block-heading">${rcH1}</h2>
<ul class="wp-block-list">${rcList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${rcH2}</h2>
${rcCaps
  .map(
    (c, i) => `${ps([rcP2[i]!])}<figure class="wp-block-image size-full"><img src="/wp-content/uploads/2023/11/sour-step-${i + 1}.jpg" alt=""
class="wp-image-${2300 + i}">
<figcaption class="wp-element-caption">${c}</figcaption><a class="tasty-pins-pin-it-button" href="#">Pin</a></figure>`,
  )
  .join('\n')}
<h2 class="wp-block-heading">${rcH3}</h2>
${ps(rcP3)}
<div id="recipe"></div><div id="wprm-recipe-container-2291" class="wprm-recipe-container" data-recipe-id="2291" data-servings="1"><div class="wprm-recipe
wprm-recipe-template-custom-card"><h2 class="wprm-recipe-name wprm-block-text-bold">${rcCardName}</h2><div class="wprm-recipe-rating wprm-recipe-rating-inline">
<span class="wprm-recipe-rating-details wprm-block-text-normal">4.93 from 14 votes</span></div><div class="wprm-recipe-buttons"><a class="wprm-recipe-print
wprm-recipe-link" href="/wprm_print/maple-rye-sour">Print</a><a class="wprm-recipe-pin wprm-recipe-link" href="#">Pin</a><a class="wprm-recipe-rate
wprm-recipe-link" href="#comment">Rate</a></div><div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${rcSummary}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container">${rcDetails
  .map((t, i) =>
    i % 2 === 0
      ? `<div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">${t}</span>`
      : `<span class="wprm-recipe-details">${t}</span></div>`,
  )
  .join('')}</div><div class="wprm-recipe-equipment-container"><h3 class="wprm-recipe-header">Equipment</h3><ul class="wprm-recipe-equipment">
<li class="wprm-recipe-equipment-item"><a href="https://www.amazon.example/dp/B0" class="wprm-recipe-equipment-link"
rel="nofollow sponsored">Boston shaker</a></li>
<li class="wprm-recipe-equipment-item"><a href="https://www.amazon.example/dp/B1" class="wprm-recipe-equipment-link" rel="nofollow sponsored">Fine mesh
strainer</a></li></ul></div><div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3>
<div class="wprm-unit-conversion-container"><a href="#" class="wprm-unit-conversion" data-system="1">US Customary</a> - <a href="#" class="wprm-unit-conversion"
data-system="2">Metric</a></div><ul class="wprm-recipe-ingredients">${rcIngHtml
  .map(
    (t) => `<li
class="wprm-recipe-ingredient">${t}</li>`,
  )
  .join('\n')}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3><ul
class="wprm-recipe-instructions">
${rcSteps.map((t) => `<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">${t}</div></li>`).join('\n')}</ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">Notes</h3><div
class="wprm-recipe-notes">${ps(rcNotes)}</div></div>
<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header wprm-recipe-nutrition-header">Nutrition</h3><span
class="wprm-nutrition-label-text">${rcNutri}
</span></div><div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Tried this recipe?</span><span class="wprm-call-to-action-text">Mention
@copperandthyme or tag #copperandthyme!</span></div></div></div>
</div></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">${rcComments.length} Comments</h2><ol class="comment-list">${rcComments
  .map(
    (c) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${c.n}</b> <time>${c.d}</time></footer>
<div class="comment-content"><p>${c.t}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol></div></div></div>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area"><div class="sidebar-inner-wrap"><section
class="widget widget_block"><h2>About me</h2>
<p>${rcAboutMe}</p></section></div></aside></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><ul class="footer-menu">${links(rcFoot, 'menu-item')}</ul>
<div class="footer-html"><p>© 2025 Copper
&amp; Thyme. All rights reserved.</p></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice"><p
class="cky-title"
role="heading" aria-level="1" data-cky-tag="title">${rcCookie[0]}</p><div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description">
<p>${rcCookie[1]}</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">${rcCookie[2]}</button><button class="cky-btn
cky-btn-reject">${rcCookie[3]}</button><button class="cky-btn cky-btn-accept">${rcCookie[4]}</button></div></div></div></div></div>
<script src="/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.6.1" id="wprm-public-js"></script></body></html>`;
const recipePost: TestPage = {
  html: rcHtml,
  name: 'heldout85-wordpress-wprm-cocktail-recipe-age-gate',
  kind: 'blog',
  // the recipe card's name and its Ingredients / Instructions / Notes headers are headings; its summary, ingredients,
  // steps and notes are body; its times and details block is in neither list; rating, buttons, equipment, unit toggle,
  // nutrition and the call to action are furniture; the Amazon disclosure, the age gate and the comments are furniture
  title: rcTitle,
  headings: [rcH1, rcH2, rcH3, rcCardName, 'Ingredients', 'Instructions', 'Notes'],
  body: [...rcP1, ...texts(rcList1), ...rcP2, ...rcP3, rcSummary, ...texts(rcIngHtml), ...rcSteps, ...rcNotes],
  bylines: ['By Nell Ashworth', 'Published November 17, 2023', 'Updated January 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rcAge, 'Skip to content', ...rcNav, 'Search', 'Whiskey Cocktails', 'Jump to Recipe', 'Print Recipe', rcAmazon, 'Advertisement', ...rcCaps, 'Pin',
    '4.93 from 14 votes', 'Print', 'Rate', 'Equipment', 'Boston shaker', 'Fine mesh strainer', 'US Customary', 'Metric', 'Nutrition', rcNutri,
    'Tried this recipe?', 'Mention @copperandthyme or tag #copperandthyme!', '2 Comments', ...rcComments.flatMap((c) => [c.n, c.d, c.t]), 'Reply',
    'About me', rcAboutMe, ...rcFoot,
    '© 2025 Copper & Thyme. All rights reserved.', ...rcCookie,
  ],
};

export const HELDOUT85_E: readonly TestPage[] = [recipePost, fandomStub];
