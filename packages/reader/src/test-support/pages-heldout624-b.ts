import { links, ps, type TestPage } from './page-kit.js';
import { at, except, j, lis } from './pages-heldout624-kit.js';

/**
 * Held-out batch 624, file b: a bacon curing guide on WordPress (Kadence theme) with a WP Recipe Maker card, related posts and
 * comments (the Wix lamb butchery page of this file pair is in file b2).
 */
const bTitle = 'How to Cure Bacon at Home: Dry Cure or Equilibrium Cure?';
const bBody = [
  j(
    'Home-cured bacon is one of the easiest first projects in charcuterie. You need a piece of pork belly, salt, a little sugar,',
    'curing salt and a fridge. What you have to decide is how you measure the salt, and that is where the two methods part ways.',
  ),
  'The traditional dry cure',
  j(
    'In a traditional dry cure you rub the belly with a generous amount of salt mix, leave it in the fridge and pour off the liquid',
    'every day or two. After five to seven days you rinse it and let it dry. The method is forgiving about timing but not about',
    'salt: leave it too long and the bacon comes out harsh, and two bellies of different thickness will never taste the same.',
  ),
  'Equilibrium curing',
  j(
    'With an equilibrium cure you weigh the belly and add salt and sugar as a percentage of that weight, usually 2.5% salt and 1%',
    'sugar, plus the curing salt at the rate its maker gives. Everything goes into a vacuum bag and the meat absorbs all of it.',
    'Because nothing is poured away, the bacon can never become saltier than you planned, however long it stays in the bag.',
  ),
  j(
    'The trade-off is time. Salt moves slowly through meat, so an equilibrium cure needs roughly one day per centimetre of',
    'thickness plus two days. A 4cm belly wants at least six days, and a few extra days do no harm.',
  ),
  'A word on curing salt',
  j(
    'Curing salt (sold as Prague Powder #1 or pink salt) contains a small amount of sodium nitrite. It keeps the bacon pink,',
    'gives it the familiar cured flavour and protects against botulism. Always weigh it on a scale that reads to 0.1g and never',
    'swap it for Prague Powder #2, which is meant for long air-dried products.',
  ),
  'Which should you choose?',
  j(
    'If you are curing for the first time, start with the equilibrium method. It needs a scale and a vacuum sealer or a strong',
    'zip bag, but it is almost impossible to get wrong. Once you know the flavour you like, try a dry cure for a firmer, more',
    'old-fashioned rasher.',
  ),
  'Basic Equilibrium-Cured Bacon',
  'A mild, sweet-cured streaky bacon that you can smoke or leave green.',
  'Ingredients',
  '2 kg pork belly, skin on or off',
  '50 g fine sea salt (2.5% of the belly weight)',
  '20 g light brown sugar',
  '5 g curing salt #1',
  '1 tsp cracked black pepper',
  'Instructions',
  'Weigh the belly and work out the salt and sugar for its exact weight.',
  'Mix the salt, sugar, curing salt and pepper and rub the mix over every surface of the belly.',
  'Seal the belly in a vacuum bag with any mix left over and refrigerate for 7 to 10 days, turning it every day.',
  'Rinse, pat dry and leave uncovered on a rack in the fridge overnight to form a pellicle.',
  'Smoke at 80°C to an internal temperature of 66°C, or roast in the oven at the same temperature, then chill and slice.',
];
const bHeads = [1, 3, 6, 8, 10, 12, 18];
const bNav = ['Home', 'Curing', 'Smoking', 'Sausages', 'Equipment', 'About'];
const bRel = ['Cold-Smoking Cheese Without a Smokehouse', 'Guanciale in Four Weeks', 'The Only Brine Calculator You Need'];
const bFoot = ['Privacy Policy', 'Affiliate Disclosure', 'Contact'];
const bComments = [
  ['Gwen Atherley', 'March 5, 2027 at 7:12 pm', 'Made this last month and it was the best bacon I have had. I added a bay leaf to the bag.'],
  ['Rashid', 'March 6, 2027 at 8:40 am', 'Can I use table salt instead of sea salt if I keep the weight the same?'],
  [
    'Tom Brierley',
    'March 6, 2027 at 9:02 am',
    j('Yes, by weight it works the same.', 'Just avoid salt with added iodine if you can, some people find it gives a metallic taste.'),
  ],
];
const comment = ([who, when, text]: string[], id: number): string => `<li id="comment-${id}" class="comment even thread-even depth-1">
<article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.com/avatar/${id}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy">
<b class="fn">${who}</b>
<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${id}"><time datetime="2027-03-05T19:12:00+00:00">${when}
</time></a></div></footer><div class="comment-content"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}"
data-commentid="${id}" data-postid="1234" aria-label="Reply to ${who}">Reply</a></div></article></li>`;
const bIng = bBody.slice(13, 18).map((t) => {
  const [amt, unit, ...rest] = t.split(' ');
  return `<span class="wprm-recipe-ingredient-amount">${amt}</span>&#32;<span class="wprm-recipe-ingredient-unit">${unit}</span>&#32;<span
class="wprm-recipe-ingredient-name">${rest.join(' ')}</span>`;
});
const bSteps = bBody.slice(19).map((t) => `<div class="wprm-recipe-instruction-text" style="margin-bottom: 5px;">${t}</div>`);
const bHtml = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${bTitle} - The Salt Cellar</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="https://saltcellarkitchen.com/cure-bacon-at-home/"><meta property="article:published_time" content="2027-03-03T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${bTitle}",
"author":{"name":"Tom Brierley"}},{"@type":"Recipe","name":"Basic Equilibrium-Cured Bacon","recipeYield":["16"]}]}</script>
<link rel='stylesheet' id='kadence-global-css' href='https://saltcellarkitchen.com/wp-content/themes/kadence/assets/css/global.min.css?ver=1.1.51' media='all'>
<link rel='stylesheet' id='wprm-public-css' href='https://saltcellarkitchen.com/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.1.0'
media='all'>
<style id="kadence-global-inline-css">:root{--global-palette1:#8b2c1c;--global-content-width:1290px;}</style></head>
<body class="post-template-default single single-post postid-1234 single-format-standard wp-embed-responsive footer-on-bottom hide-focus-outline
link-style-standard content-title-style-normal content-width-narrow content-style-unboxed content-vertical-padding-show non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div
class="site-main-header-wrap site-header-row-container
site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner">
<div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item"
data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand" href="https://saltcellarkitchen.com/" rel="home">
<div class="site-title-wrap"><p class="site-title">The Salt Cellar</p><p class="site-description">Curing, smoking and sausage making at home</p></div></a></div>
</div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation header-navigation-layout-stretch-false
header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none"
role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">
${links(bNav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></div></nav></div><div class="site-header-item site-header-focus-item"
data-section="kadence_customizer_header_search"><div class="search-toggle-open-container"><button
class="search-toggle-open drawer-toggle search-toggle-style-default"
aria-label="View Search Form" data-toggle-target="#search-drawer"><span class="search-toggle-icon"><span
class="kadence-svg-iconset"></span></span></button></div>
</div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main"
class="site-main"
role="main"><div class="content-wrap"><article id="post-1234" class="entry content-bg single-entry post-1234 post type-post status-publish format-standard
has-post-thumbnail hentry category-curing tag-bacon tag-pork-belly"><div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a
href="https://saltcellarkitchen.com/"
itemprop="url" class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span>
<span><a href="/category/curing/"><span>Curing</span></a></span>
<span class="bc-delimiter">/</span> <span class="kadence-bread-current">${bTitle}</span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="/category/curing/" rel="tag">Curing</a></span></div>
<h1 class="entry-title">${bTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span
class="author vcard">
<a class="url fn n" href="/author/tom/">Tom Brierley</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2027-03-03T08:00:00+00:00">
March 3, 2027</time><time class="updated" datetime="2027-03-04T10:15:00+00:00">March 4, 2027</time></span></div></header>
<div class="entry-content single-content"><p class="has-small-font-size"><em>This post contains affiliate links. If you buy through them we may earn a small
commission.</em></p><div class="wprm-recipe-snippet wprm-recipe-snippet-container" data-recipe-id="1240"><a href="#recipe" data-recipe="1240"
class="wprm-recipe-jump wprm-recipe-link
wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button">Jump to
Recipe</a> <a href="https://saltcellarkitchen.com/wprm_print/basic-equilibrium-cured-bacon"
class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode">Print
Recipe</a></div>
${ps([at(bBody, 0)])}
<h2 class="wp-block-heading">${at(bBody, 1)}</h2>${ps([at(bBody, 2)])}
<h2 class="wp-block-heading">${at(bBody, 3)}</h2>${ps(bBody.slice(4, 6))}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2027/03/belly-bag.jpg" alt="Pork belly sealed in a vacuum bag">
<figcaption class="wp-element-caption">Day three of a ten-day equilibrium cure.</figcaption></figure>
<h2 class="wp-block-heading">${at(bBody, 6)}</h2>${ps([at(bBody, 7)])}
<h2 class="wp-block-heading">${at(bBody, 8)}</h2>${ps([at(bBody, 9)])}
<div id="recipe"></div><div id="wprm-recipe-container-1240" class="wprm-recipe-container" data-recipe-id="1240" data-servings="16"><div class="wprm-recipe
wprm-recipe-template-classic"><div class="wprm-container-float-right"><a href="https://saltcellarkitchen.com/wprm_print/basic-equilibrium-cured-bacon"
class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode wprm-recipe-print-wide-button" data-recipe-id="1240" target="_blank"
rel="nofollow">Print</a>
</div><h2 class="wprm-recipe-name wprm-block-text-bold">${at(
  bBody,
  10,
)}</h2><div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">
${at(bBody, 11)}</span></div><div
class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container wprm-recipe-details-container-table">
<div class="wprm-recipe-block-container wprm-recipe-block-container-table wprm-recipe-time-container wprm-recipe-prep-time-container"><span
class="wprm-recipe-details-label
wprm-block-text-faded wprm-recipe-time-label wprm-recipe-prep-time-label">Prep Time</span><span class="wprm-recipe-time
wprm-block-text-normal">20 mins</span></div>
<div class="wprm-recipe-block-container wprm-recipe-block-container-table wprm-recipe-time-container wprm-recipe-custom-time-container"><span
class="wprm-recipe-details-label wprm-block-text-faded wprm-recipe-time-label">Curing time</span><span class="wprm-recipe-time wprm-block-text-normal">10
days</span></div>
<div class="wprm-recipe-block-container wprm-recipe-block-container-table wprm-recipe-servings-container"><span class="wprm-recipe-details-label
wprm-block-text-faded wprm-recipe-servings-label">Servings</span><span class="wprm-recipe-servings wprm-recipe-details">16 rashers</span></div></div>
<div class="wprm-recipe-ingredients-container wprm-recipe-1240-ingredients-container wprm-block-text-normal" data-recipe="1240" data-servings="16">
<h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none">${at(bBody, 12)}</h3>
<div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">${lis(bIng, 'wprm-recipe-ingredient')}</ul></div></div>
<div class="wprm-recipe-instructions-container wprm-recipe-1240-instructions-container wprm-block-text-normal" data-recipe="1240">
<h3 class="wprm-recipe-header wprm-recipe-instructions-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none">${at(bBody, 18)}</h3>
<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">${lis(bSteps, 'wprm-recipe-instruction')}</ul></div></div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-text-container"><span class="wprm-call-to-action-header">Tried this
recipe?</span><span class="wprm-call-to-action-text">Tag us on Instagram so we can see your bacon!</span></span></div></div></div>
</div><footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="/tag/bacon/" title="Bacon" class="tag-link tag-item-bacon" rel="tag"><span class="tag-hash">#</span>Bacon</a>
<a href="/tag/pork-belly/" title="Pork belly" class="tag-link tag-item-pork-belly" rel="tag"><span class="tag-hash">#</span>Pork belly</a></span></div></footer>
</div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="/guanciale/" rel="prev"><div class="post-navigation-sub"><small>Previous</small></div>${at(bRel, 1)}</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content
alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide"><ul class="splide__list">
${links(bRel, 'entry-list-item splide__slide')}</ul></div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">3 Comments</h2><ol class="comment-list">
${bComments.map((c, i) => comment(c, 88 + i)).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" cols="45" rows="8"
required></textarea><label class="float-label" for="comment">Comment <span class="required">*</span></label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container">
<div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-2">
<div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item">
<div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2027 The Salt Cellar</p></div></div></div></div>
<div class="site-footer-bottom-section-2 site-footer-section"><nav id="footer-navigation" class="footer-navigation" aria-label="Footer Navigation">
<ul id="footer-menu" class="menu">${links(bFoot, 'menu-item')}</ul></nav></div></div></div></div></div></div></footer></div>
<script id="kadence-navigation-js" src="https://saltcellarkitchen.com/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.1.51" async></script>
<script id="wprm-public-js" src="https://saltcellarkitchen.com/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.1.0"></script></body></html>`;
const bacon: TestPage = {
  name: 'heldout624-wordpress-kadence-bacon-cure',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeads.map((i) => at(bBody, i)),
  body: except(bBody, bHeads),
  bylines: ['Tom Brierley', 'March 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Salt Cellar', 'Curing, smoking and sausage making at home', 'Smoking', 'Sausages', 'Equipment', 'About',
    'This post contains affiliate links. If you buy through them we may earn a small commission.', 'Jump to Recipe', 'Print Recipe',
    'Day three of a ten-day equilibrium cure.', 'Print', 'Prep Time', '20 mins', 'Curing time', '10 days', 'Servings', '16 rashers', 'Tried this recipe?',
    'Tag us on Instagram so we can see your bacon!', 'Post Tags:', '#Bacon', '#Pork belly',
    'Post navigation', 'Previous', 'Similar Posts', ...bRel, '3 Comments',
    ...bComments.flatMap((c) => c.filter((t) => t !== 'Tom Brierley')), 'says:', 'Reply', 'Leave a Reply', 'Your email address will not be published.',
    'Required fields are marked *', 'Comment *', '© 2027 The Salt Cellar', ...bFoot,
  ],
};

export const HELDOUT624_B: readonly TestPage[] = [bacon];
