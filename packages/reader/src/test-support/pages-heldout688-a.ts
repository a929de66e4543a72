import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout688-kit.js';

/**
 * Held-out batch 688, file a: a care home group's "types of care" page built with Elementor (Hello Elementor theme, Elementor
 * Pro header and footer, CookieYes banner), and a care home's activities news post on GeneratePress with a gallery and comments.
 */
const eTitle = 'Types of care';
const eIntro = j(
  'Every one of our five homes offers care that is planned around the person, not the routine. Whether your relative needs',
  'a little help each day or nursing around the clock, we will talk through the options with you before anything is decided.',
);
const eSections: [string, string, string[]][] = [
  [
    'Residential care',
    j(
      'Residential care suits people who can no longer manage safely at home but do not need a nurse. Our care assistants',
      'help with washing, dressing, medication and getting about, and each resident has a key worker who knows them well.',
    ),
    ['A private room with en-suite shower', 'Three freshly cooked meals a day and snacks at any hour', 'Daily activities and outings'],
  ],
  [
    'Nursing care',
    j(
      'In our nursing homes a registered nurse is on duty day and night. Nursing care is for people with medical needs such as',
      'wound care, catheter care, diabetes that needs insulin, or conditions that make moving and swallowing difficult.',
    ),
    ['Registered nurses on every shift', 'Visits from the local GP every Tuesday', 'Physiotherapy and speech therapy when needed'],
  ],
  [
    'Dementia care',
    j(
      'Our dementia households at Larkspur Grange and Thornfield are small, with no more than twelve people in each. Staff are',
      'trained in the Namaste approach, and the gardens are safe and open so that residents can walk freely.',
    ),
    [],
  ],
  [
    'Respite care',
    j(
      'A short stay of one to six weeks can give a family carer a break, or help someone recover after a spell in hospital.',
      'Respite guests are welcome to join in everything the home offers, and many come back to us for a regular stay each year.',
    ),
    [],
  ],
  [
    'End of life care',
    j(
      'When the time comes, we work with the local hospice team so that residents can stay in the place they know, with the',
      'people who know them. Families can visit at any hour and stay overnight in a guest room.',
    ),
    [],
  ],
];
const eNav = ['Home', 'Our homes', 'Types of care', 'Fees', 'Careers', 'News', 'Contact'];
const eFoot = ['Privacy policy', 'Cookie policy', 'Complaints', 'Modern slavery statement', 'Accessibility'];
const eQuote = j('“The staff at Thornfield treat Dad like family. We can see how settled he is every time we visit.”', '– Andrea, daughter of a resident');
const eWidget = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eSection = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed" data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const eIcons = (items: string[]): string =>
  items.length === 0
    ? ''
    : eWidget(
        'c41a0e2',
        'icon-list',
        `<ul class="elementor-icon-list-items">${lis(
          items.map(
            (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span>`,
          ),
          'elementor-icon-list-item',
        )}</ul>`,
      );
const eBodyHtml = eSections
  .map(([h, p, items], i) =>
    eSection(
      `5b${i}e71f`,
      `${eWidget(`7d${i}a3c0`, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`)}
${eWidget(`9e${i}f21b`, 'text-editor', `<p>${p}</p>`)}
${eIcons(items)}`,
    ),
  )
  .join('\n');
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Types of care - Larkspur Care Homes</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.larkspurcare.co.uk/types-of-care/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://www.larkspurcare.co.uk/types-of-care/","name":"Types of care - Larkspur Care Homes","inLanguage":"en-GB"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-214-css" href="/wp-content/uploads/elementor/css/post-214.css?ver=1718022311" media="all">
<style id="hello-elementor-inline-css">.site-header{max-width:1140px}</style></head>
<body class="page-template-default page page-id-214 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
${eSection(
  '2a81f0c',
  `${eWidget('1c0e9b3', 'theme-site-logo', '<a href="/"><img width="220" height="64" src="/wp-content/uploads/logo.svg" alt="Larkspur Care Homes"></a>')}
${eWidget(
  '6f3d2aa',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-6f3d2aa" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0"
aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i></div>`,
)}
${eWidget(
  '3b7c9e1',
  'button',
  '<a class="elementor-button elementor-button-link" href="tel:01632960412"><span class="elementor-button-text">01632 960 412</span></a>',
)}`,
)}
</div>
<main id="content" class="site-main post-214 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214">
${eSection(
  '8e2d4f1',
  `${eWidget('0a7e3d9', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eWidget('4c1b8e2', 'text-editor', `<p>${eIntro}</p>`)}`,
)}
${eBodyHtml}
${eSection(
  'f1c9a27',
  `${eWidget(
    'b2e04d8',
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div>
</div>`,
  )}`,
)}
${eSection(
  'd7a31e5',
  `${eWidget(
    'e8f2c40',
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content">
<h2 class="elementor-cta__title elementor-cta__content-item">Not sure which type of care is right?</h2>
<div class="elementor-cta__description elementor-cta__content-item">Our care advisers can talk it through with you, free of charge.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/contact/">Speak to an adviser</a></div></div></div>`,
  )}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
${eSection(
  'a0e5b71',
  `${eWidget('c3f8d02', 'text-editor', '<p>Larkspur Care Homes Ltd, 4 Mill Yard, Caldermoor HX9 4QP</p>')}
${eWidget('d91a6e4', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${eWidget('e02b7f5', 'text-editor', '<p>© 2026 Larkspur Care Homes. All rights reserved.</p>')}`,
)}
</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to improve your experience and to see how visitors use our website.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = page({
  name: 'heldout688-elementor-care-types',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eSections.map(([h]) => h),
  body: [eIntro, ...eSections.flatMap(([, p, items]) => [p, ...items])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, '01632 960 412', eQuote, 'Not sure which type of care is right?',
    'Our care advisers can talk it through with you, free of charge.', 'Speak to an adviser', 'Larkspur Care Homes Ltd, 4 Mill Yard, Caldermoor HX9 4QP',
    ...eFoot, '© 2026 Larkspur Care Homes. All rights reserved.', 'We value your privacy',
    'We use cookies to improve your experience and to see how visitors use our website.', 'Customise', 'Reject All', 'Accept All',
  ],
});

const gTitle = 'Fish, chips and a paddle: our day out at Saltby Sands';
const gBody = [
  j(
    'Last Thursday fourteen residents, eight staff and a small army of volunteers set off from Harbour View for our first seaside',
    'trip of the summer. The minibus and two adapted cars left at half past nine, with flasks of tea and a great deal of singing.',
  ),
  j(
    'At Saltby Sands the promenade is flat all the way along, so everyone who wanted to could get down to the water. Doreen, who',
    'is 97, took off her shoes and had a paddle for the first time in, as she put it, “longer than I care to remember”.',
  ),
  j(
    'Lunch was fish and chips from the Anchor on the front, eaten out of the paper on the benches by the bandstand. The brass',
    'band was practising for the weekend and played “I Do Like to Be Beside the Seaside” twice on request.',
  ),
  j(
    'After an ice cream and a look round the lifeboat station we were back at Harbour View in time for tea. A few people were',
    'asleep before the minibus had left the car park, which we are taking as a sign of a good day.',
  ),
  j(
    'Thank you to the Friends of Harbour View, whose summer fair paid for the minibus hire, and to the volunteers who came along.',
    'Our next outing is to the Caldermoor garden centre on 3 July. If you would like to help, please speak to Kerry in the office.',
  ),
];
const gNav = ['Home', 'About us', 'Our care', 'Life at Harbour View', 'News', 'Contact'];
const gRecent = ['Summer fair raises £1,240', 'Welcome to our new deputy manager', 'Chair yoga is back on Mondays'];
const gArch = ['June 2026', 'May 2026', 'April 2026'];
const gCaptions = ['Doreen enjoying her paddle', 'Lunch by the bandstand'];
const gComments: [string, string, string][] = [
  ['Margaret Hollis', '13 June 2026 at 9:14 am', 'What lovely photos. Mum has talked about nothing else all week. Thank you all so much.'],
  ['Kerry (Activities)', '13 June 2026 at 11:02 am', 'Thank you Margaret, it was a joy to take her. We will have copies of the photos in reception.'],
];
const gComment = ([who, when, text]: [string, string, string], id: number): string => `<li id="comment-${id}" class="comment even depth-1">
<article class="comment-body" id="div-comment-${id}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.com/avatar/0?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<cite itemprop="name" class="fn">${who}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${id}">
<time datetime="2026-06-13T09:14:00+01:00" itemprop="datePublished">${when}</time></a></div></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}" aria-label="Reply to ${who}">Reply</a></span></footer>
<div class="comment-content" itemprop="text"><p>${text}</p></div></article></li>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${gTitle} - Harbour View Care Home</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://harbourviewcare.co.uk/saltby-sands-day-out/">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222222;}.grid-container{max-width:1200px;}</style></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://harbourviewcare.co.uk/" rel="home">Harbour View Care Home</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail
category-activities" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675" src="/wp-content/uploads/2026/06/saltby.jpg"
class="attachment-full size-full wp-post-image" alt="Residents on the promenade at Saltby Sands" itemprop="image"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2026-06-12T15:30:00+01:00" itemprop="datePublished">12 June 2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="/author/kerry/" title="View all posts by Kerry Dunn" rel="author" itemprop="url"><span class="author-name" itemprop="name">Kerry
Dunn</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(gBody.slice(0, 2))}
<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 is-layout-flex">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/06/paddle.jpg" alt=""><figcaption
class="wp-element-caption">${gCaptions[0]}</figcaption></figure>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/06/lunch.jpg" alt=""><figcaption
class="wp-element-caption">${gCaptions[1]}</figcaption></figure>
</figure>
${ps(gBody.slice(2))}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/activities/" rel="category tag">Activities</a></span> <span class="comments-link"><a href="#comments">2 Comments</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/summer-fair/" rel="prev">${gRecent[0]}</a>
</span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">2 thoughts on “${gTitle}”</h2>
<ol class="comment-list">${gComments.map(gComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address
will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" rows="8"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label>
<button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"><svg viewBox="0 0 512 512"></svg></span></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>${links(gRecent)}</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(gArch)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2026 Harbour View Care Home</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){}}();</script>
</body></html>`;
const generatePress: TestPage = page({
  name: 'heldout688-generatepress-activities-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gBody),
  bylines: ['12 June 2026', 'by Kerry Dunn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Harbour View Care Home', 'Menu', ...gNav, ...gCaptions, 'Categories', 'Activities', '2 Comments',
    `2 thoughts on “${gTitle}”`, ...gComments.flat(), 'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked *', 'Comment', 'Name', 'Search for:', 'Recent Posts', ...gRecent, 'Archives', ...gArch,
    '© 2026 Harbour View Care Home • Built with GeneratePress',
  ],
});

export const HELDOUT688_A: readonly TestPage[] = [elementor, generatePress];
