import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout604-kit.js';

/**
 * Held-out batch 604, file a: a winery's vintage tasting notes post on WordPress with the Astra theme (comments included),
 * and a cellar door visit page on Squarespace 7.1.
 */
const aTitle = 'The 2024 Vintage: Tasting Notes from the Barrel Hall';
const aIntro = [
  j(
    'Every March we pull a glass from each barrel of the previous harvest and sit down with the whole team to taste. It is the first',
    'time the wines start to tell us what the year was really like, and the 2024 wines have a lot to say.',
  ),
  j(
    'The season at Harrowgate Ridge began with a cold, dry spring that held budburst back by almost two weeks. Flowering came in a',
    'warm spell in late November, which gave us good fruit set in the Chardonnay but small, loose bunches in the Pinot Noir on the',
    'upper terraces. January was mild, February hot, and we picked the last block on the 21st of March, eight days later than 2023.',
  ),
];
const aNotes = [
  [
    '2024 Estate Chardonnay',
    j(
      'Grapefruit pith, white peach and a flinty edge from the granite soils. The acidity is bright and long, and the oak (30% new',
      'puncheons) is already folding in. We will bottle in December after eleven months on lees.',
    ),
    'Cellar estimate: drink 2026 to 2032.',
  ],
  [
    '2024 Terrace Pinot Noir',
    j(
      'The smaller bunches show in the glass: darker than usual, with black cherry, rose petal and a savoury note of forest floor.',
      'The tannins are fine but firm, and this wine will need time. It is our most structured Pinot since 2019.',
    ),
    'Cellar estimate: drink 2027 to 2036.',
  ],
  [
    '2024 Gully Block Syrah',
    j(
      'Whole-bunch fermented for the first time, and the stems have given a lift of white pepper and violets over blueberry fruit.',
      'Medium-bodied and juicy, it is the wine the team kept going back to on tasting day.',
    ),
    'Cellar estimate: drink 2026 to 2030.',
  ],
];
const aOutro = [
  j(
    'We also tasted a first blend of the sparkling base wines, which will go to bottle for second fermentation in September and',
    'will not be released before 2028. Early signs are very good.',
  ),
  j(
    'Club members will be able to taste the Chardonnay and Pinot Noir from barrel at the members\u2019 day on 14 June. Both wines will',
    'be offered en primeur to members first, in the autumn release.',
  ),
];
const aHeadings = ['What the season gave us', ...aNotes.map((n) => at(n, 0)), 'Still to come'];
const aNav = ['Our Wines', 'Visit', 'Wine Club', 'Journal', 'Contact', 'Shop'];
const aSide = ['Harvest 2024 begins on the terraces', 'Why we are moving to lighter bottles', 'A morning with our vineyard dogs'];
const aCats = ['Vintage Reports', 'Winemaking', 'Events'];
const aFoot = ['Privacy Policy', 'Terms of Sale', 'Liquor Licence'];
const aCom = [
  'Loved the Gully Block Syrah on the members\u2019 day last year. Looking forward to the whole-bunch version!',
  'Will the Terrace Pinot be available in magnums this time?',
  'Hi Priya, yes, we are planning 120 magnums. Club members will get first access.',
];
const aNote = (n: readonly string[]): string => `<h3 class="wp-block-heading">${at(n, 0)}</h3>\n${ps([at(n, 1)])}\n<p><em>${at(n, 2)}</em></p>`;
const aComLi = (id: number, who: string, when: string, text: string): string => `<li id="comment-${id}" class="comment even thread-even depth-1">
<article class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><time datetime="2025-04-0${id % 9}">${when}</time></span></div></div>
<section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} &#8211; Harrowgate Ridge Wines</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://harrowgateridge.com.au/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.entry-content h3{font-size:1.4rem}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Tamsin Vale"},"datePublished":"2025-04-02T09:10:00+10:00"}]}</script>
<script src="https://harrowgateridge.com.au/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2023/05/hr-logo.png" class="custom-logo"
alt="Harrowgate Ridge Wines"></a></span></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<div class="ast-header-search"><span class="ast-search-menu-icon ast-dropdown-active"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
</form></span></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-vintage-reports ast-article-single"
id="post-2291" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img src="/wp-content/uploads/2025/04/barrel-hall.jpg"
class="attachment-large size-large wp-post-image" alt="Barrels in the hall"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope="itemscope" itemprop="author"><a title="View all posts by Tamsin Vale" href="/author/tamsin/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Tamsin Vale</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">April 2, 2025</span>
</span> / <span class="cat-links"><a href="/category/vintage-reports/" rel="category tag">Vintage Reports</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(aIntro.slice(0, 1))}
<h2 class="wp-block-heading">${at(aHeadings, 0)}</h2>
${ps(aIntro.slice(1))}
${aNotes.map(aNote).join('\n')}
<h2 class="wp-block-heading">${at(aHeadings, 4)}</h2>
${ps(aOutro)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/wine-club/">Join the Wine Club</a></div>
</div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/journal/lighter-bottles/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/journal/vineyard-dogs/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
&ldquo;${aTitle}&rdquo;</h3></div><ol class="ast-comment-list">
${aComLi(1, 'Priya Lindqvist', 'April 3, 2025 at 8:14 pm', at(aCom, 0))}
${aComLi(2, 'Dean Carrow', 'April 4, 2025 at 11:02 am', at(aCom, 1))}
${aComLi(3, 'Harrowgate Ridge', 'April 4, 2025 at 4:40 pm', at(aCom, 2))}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be
published. Required fields are marked *</p><textarea id="comment" name="comment" placeholder="Type here.."></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="block-3" class="widget widget_block">
<h2 class="widget-title">Recent Posts</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(aSide)}</ul></aside>
<aside id="block-4" class="widget widget_block"><h2 class="widget-title">Categories</h2><ul class="wp-block-categories-list wp-block-categories">
${links(aCats, 'cat-item')}</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full">
<div class="ast-builder-footer-grid-columns"><nav class="site-footer-section-1"><ul class="ast-nav-menu">${links(aFoot)}</ul></nav>
<div class="ast-footer-copyright"><p>Copyright &copy; 2025 Harrowgate Ridge Wines | Liquor licence 36128440</p></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout604-astra-tasting-notes',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aHeadings,
  body: texts([...aIntro, ...aNotes.flatMap((n) => n.slice(1)), ...aOutro]),
  bylines: [
    'Tamsin Vale',
    'April 2, 2025',
    'Priya Lindqvist',
    'April 3, 2025 at 8:14 pm',
    'Dean Carrow',
    'April 4, 2025 at 11:02 am',
    'April 4, 2025 at 4:40 pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Search for:', 'Vintage Reports', 'Join the Wine Club', 'Post navigation', 'Previous Post', 'Next Post',
    `3 thoughts on \u201c${aTitle}\u201d`, ...aCom, 'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...aSide, 'Categories', 'Winemaking', 'Events', ...aFoot, 'Copyright © 2025 Harrowgate Ridge Wines | Liquor licence 36128440',
  ],
};

const sTitle = 'Visit the Cellar Door';
const sDek = 'Open Thursday to Monday, 10am to 5pm, at the top of Quarry Lane.';
const sBody = [
  j(
    'Our cellar door sits in the old stone packing shed at the top of the vineyard, looking west over the Tallis Valley. Drop in for',
    'a standard tasting of six current releases, or book a seated flight on the verandah if you would like to take your time.',
  ),
  'Tastings',
  'Standard tasting: six wines, $15 per person, no booking needed',
  'Verandah flight: eight wines with a cheese plate, $45 per person, bookings essential',
  'Library tasting: four older vintages from the cellar, $60 per person, Saturdays at 2pm only',
  j('Tasting fees are waived when you buy two or more bottles. Groups of more than eight should call ahead so we can set up a table.'),
  'Getting here',
  j(
    'We are 12 minutes from the Merrin township, off the Old Coach Road. Turn at the blue letterbox and follow the gravel track',
    'to the top car park. The last kilometre is unsealed but fine for all cars. Dogs on a lead are welcome on the lawn.',
  ),
];
const sNav = ['Wines', 'Cellar Door', 'Wine Club', 'Stories', 'Cart (0)'];
const sFoot = ['Instagram', 'Facebook', 'Newsletter'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-AU"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Cellar Door &mdash; Quarry Lane Vineyard</title><link rel="canonical" href="https://www.quarrylanevineyard.com.au/cellar-door">
<meta property="og:site_name" content="Quarry Lane Vineyard"><meta property="og:title" content="Cellar Door &mdash; Quarry Lane Vineyard">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1c","siteTitle":"Quarry Lane Vineyard"},"templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://www.quarrylanevineyard.com.au","name":"Quarry Lane Vineyard","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1c/14/5c5a/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61a2" class="primary-button-style-solid tweak-global-animations-enabled header-width-full">
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-top" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<div class="age-gate" style="display:none" aria-hidden="true"><p>Are you over 18?</p><button>Yes</button><button>No</button></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Quarry Lane Vineyard</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a2">
<section data-test="page-section" data-section-theme="black" class="page-section full-bleed-section layout-engine-section background-width--full-bleed">
<div class="section-background"><img src="https://images.squarespace-cdn.com/content/v1/5f1c/shed.jpg" alt=""></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-61a2"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${sDek}</p>
</div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-61a3"><div class="fe-block fe-block-yui_3_17_2_2">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">${at(sBody, 0)}</p><h3 style="white-space:pre-wrap;">${at(sBody, 1)}</h3>
<ul data-rte-list="default">${lis(sBody.slice(2, 5).map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<p style="white-space:pre-wrap;">${at(sBody, 5)}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="https://quarrylane.tock.com" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Book a Verandah Flight</a></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${at(sBody, 6)}</h3><p style="white-space:pre-wrap;">${at(sBody, 7)}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_5"><div class="sqs-block map-block sqs-block-map" data-block-type="4" data-block-json="{&quot;zoom&quot;:12}">
<div class="sqs-block-content">&nbsp;</div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="dark"><div class="content-wrapper">
<div class="sqs-html-content"><p style="white-space:pre-wrap;"><strong>Quarry Lane Vineyard</strong></p>
<p style="white-space:pre-wrap;">1840 Quarry Lane, Merrin NSW 2795</p><p style="white-space:pre-wrap;">(02) 6300 4418</p>
<p style="white-space:pre-wrap;">${sFoot.map((t) => `<a href="#">${t}</a>`).join(' / ')}</p>
<p class="sqsrte-small" style="white-space:pre-wrap;">Liquor Act 2007: it is against the law to sell or supply alcohol to, or obtain alcohol
on behalf of, a person under the age of 18 years.</p></div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout604-squarespace-cellar-door',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 1), at(sBody, 6)],
  body: texts([sDek, ...sBody.filter((_, i) => i !== 1 && i !== 6)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Skip to Content', 'Quarry Lane Vineyard', 'Wine Club',
    'Stories', 'Cart (0)', 'Book a Verandah Flight', '1840 Quarry Lane, Merrin NSW 2795', '(02) 6300 4418', ...sFoot,
    'Liquor Act 2007: it is against the law to sell or supply alcohol to, or obtain alcohol on behalf of, a person under the age of 18 years.',
  ],
};

export const HELDOUT604_A: readonly TestPage[] = [astra, squarespace];
