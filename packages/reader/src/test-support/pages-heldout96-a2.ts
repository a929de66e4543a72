import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 96, file a2: a travel blog post on WordPress with the Kadence theme (skip link, header with the primary
 * menu and a hidden mobile drawer that repeats it, Kadence breadcrumbs, category, byline and "Updated on" date, an affiliate
 * disclosure at the top of the post, an Easy Table of Contents box, Mediavine ad boxes, captioned images, a newsletter form
 * block inside the post, Shared Counts buttons, tags, the author box, post navigation, "Similar Posts", comments and the
 * comment form, sidebar widgets and the footer).
 */
const tvTitle = 'Three Days on the Calvenne Coast: A Slow Itinerary';
const tvIntro = [
  'The Calvenne coast is the kind of place people mention quietly, as if they are worried it will change if too many others hear ' +
    'about it. It is a 70-kilometre stretch of cliffs, fishing towns and pine-backed beaches, and it rewards anyone willing to slow down.',
  'I have spent parts of four summers here now. This is the three-day route I give friends who ask, with where to eat, where to ' + 'sleep and what to skip.',
];
const tvH1 = 'Before you go';
const tvBefore = [
  '<strong>Best time to visit:</strong> late May to June, or September. July and August are hot and the small towns fill up.',
  '<strong>Getting there:</strong> the nearest airport is Varesse, about 90 minutes by car from Port Sarel.',
  '<strong>Getting around:</strong> you really need a car. Buses run twice a day between the towns and not at all on Sundays.',
  '<strong>Money:</strong> many smaller cafés still take cash only, so keep some euros on you.',
];
const tvH2 = 'Day 1: Port Sarel';
const tvDay1 = [
  'Start in Port Sarel, the largest town on the coast and the only one with a proper market. Get there early, when the boats are ' +
    'still unloading and the fish auction is running in the long white hall by the harbour. Visitors are welcome to watch from ' +
    'the gallery upstairs.',
  'After the market, walk the old town’s lanes up to the ruined watchtower for the view back down the coast. In the evening, eat ' +
    'at Casa Mireia on the harbour front. There is no menu; you get whatever came in that morning, grilled, with potatoes and a salad.',
];
const tvH3 = 'Day 2: The cliff path to Montebrisa';
const tvDay2 = [
  'The coastal path from Port Sarel to Montebrisa is 14 kilometres and takes most people five to six hours with stops. It is well ' +
    'marked with red and white stripes, but there is very little shade, so start by eight and carry at least two litres of water each.',
  'Halfway along, a steep set of steps leads down to Cala Fosca, a tiny cove you can only reach on foot. Swim here. The water is ' +
    'colder than you expect and completely clear.',
  'From Montebrisa, a taxi back to Port Sarel costs about 25 euros. Ask at the café on the square and they will call one for you.',
];
const tvH4 = 'Day 3: Aurell and the salt pans';
const tvDay3 = [
  'On the last day, drive inland to Aurell, a hill village with one street, one church and a bakery that sells almond cakes until ' +
    'they run out, usually by eleven. From there it is a short drive down to the salt pans at Sabrena, where flamingos feed in ' +
    'the shallow pools from spring to autumn.',
  'If you time it for late afternoon, stay for sunset. The pans turn pink and orange, and on a still evening you can hear the ' + 'birds from the car park.',
];
const tvH5 = 'Where to stay';
const tvStayIntro = ['I like to base myself in one place rather than packing up every night. Port Sarel has the most choice:'];
const tvStay = [
  '<strong>Budget:</strong> Pensão Alva, a family-run guesthouse with eight simple rooms above a bakery.',
  '<strong>Mid-range:</strong> <a href="https://www.booking.example/hotel/farol.html" rel="sponsored nofollow">Hotel Farol</a>, right on the ' +
    'harbour. Ask for a room on the top floor.',
  '<strong>Splurge:</strong> Quinta das Brisas, a restored farmhouse ten minutes out of town with a pool and sea views.',
];
const tvEnd = ['Whatever you do, don’t try to see the whole coast in a day. The best moments here are the ones you didn’t plan.'];
const tvCaps = [
  'Fishing boats in the harbour at Port Sarel just after sunrise.',
  'The red and white waymarks on the cliff path above Cala Fosca.',
  'Flamingos on the Sabrena salt pans in late September.',
];
const tvNav = ['Destinations', 'Itineraries', 'Travel Tips', 'About', 'Work With Me'];
const tvDisclosure = 'This post may contain affiliate links, which means I may earn a small commission at no extra cost to you. See my full disclosure here.';
const tvForm = [
  'Want my printable Calvenne coast map?',
  'Sign up for my newsletter and I’ll send it straight to your inbox, along with my favourite local restaurants.',
  'First name',
  'Email',
  'Send me the map',
];
const tvTags = ['Coastal walks', 'Europe', 'Road trips'];
const tvBio =
  'Inês is a former geography teacher who now writes about slow travel in southern Europe. She lives in a very small flat with a ' +
  'very large collection of ferry timetables.';
const tvRelated = ['Ten Things to Know Before Driving the Calvenne Coast', 'A Weekend in Varesse on a Budget', 'The Best Beaches Near Montebrisa'];
const tvRelatedDates = ['June 3, 2025', 'April 22, 2025', 'August 9, 2024'];
const tvComments = [
  {
    who: 'Gareth Lowe',
    when: 'September 14, 2025 at 7:41 am',
    text: 'We did the cliff path last June on your advice and it was the highlight of our trip. Cala Fosca was freezing and worth it.',
  },
  {
    who: 'Marisol',
    when: 'September 20, 2025 at 3:05 pm',
    text: 'Is the path OK for a ten-year-old? She walks a lot but I am nervous about the drops.',
  },
];
const tvSideCats = ['Portugal', 'Spain', 'Italy', 'Itineraries', 'Packing Lists'];
const tvFooter = ['Privacy Policy', 'Disclosure', 'Contact'];
const html = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${tvTitle} - Saltwater Sundays</title>
<meta name="description" content="A slow three-day itinerary for the Calvenne coast: Port Sarel, the cliff path to Montebrisa and the Sabrena salt pans.">
<link rel="canonical" href="https://saltwatersundays.example/calvenne-coast-itinerary/"><meta property="og:type" content="article">
<meta property="og:title" content="${tvTitle}"><meta property="article:modified_time" content="2025-09-12T08:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${tvTitle}",
"datePublished":"2024-05-18T09:00:00+00:00","dateModified":"2025-09-12T08:30:00+00:00","author":{"@type":"Person","name":"Inês Carvalho"}}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://saltwatersundays.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9">
<link rel="stylesheet" id="ez-toc-css" href="https://saltwatersundays.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css">
<script async="async" data-noptimize="1" data-cfasync="false" src="//scripts.mediavine.example/tags/saltwater-sundays.js"></script></head>
<body class="post-template-default single single-post postid-2210 single-format-standard wp-custom-logo wp-embed-responsive content-title-style-normal
content-width-narrow content-style-unboxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header has-sidebar grow-content-body">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard"
data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container">
<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item"
data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="https://saltwatersundays.example/"
rel="home"><img width="260" height="80" src="https://saltwatersundays.example/wp-content/uploads/logo.png" class="custom-logo" alt="Saltwater Sundays">
<div class="site-title-wrap"><p class="site-title">Saltwater Sundays</p><p class="site-description">Slow travel in southern
Europe</p></div></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation header-navigation-layout-stretch-false" data-section="kadence_customizer_primary_navigation">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" role="navigation"
aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">
${links(tvNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav></div></div></div></div></div></div></div>
<div id="mobile-header" class="site-mobile-header-wrap"><div class="site-header-item" data-section="kadence_customizer_mobile_trigger">
<button id="mobile-toggle" class="menu-toggle-open drawer-toggle menu-toggle-style-default" aria-label="Open menu" data-toggle-target="#mobile-drawer"
data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-close"><span class="menu-toggle-icon">
<span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-menu-svg" viewBox="0 0 24
24"></svg></span></span></button></div></div>
</div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main"><div class="content-wrap"><article id="post-2210" class="entry content-bg single-entry post-2210 post
type-post status-publish format-standard has-post-thumbnail hentry category-itineraries category-portugal tag-coastal-walks tag-europe tag-road-trips">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="/"
itemprop="url" class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a href="/category/itineraries/"
itemprop="url"><span>Itineraries</span></a></span> <span class="bc-delimiter">/</span> <span class="kadence-bread-current">${tvTitle}</span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="/category/itineraries/" rel="tag">Itineraries</a> |
<a href="/category/portugal/" rel="tag">Portugal</a></span></div>
<h1 class="entry-title">${tvTitle}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n"
href="https://saltwatersundays.example/author/ines/">Inês Carvalho</a></span></span><span class="updated-on"><span class="meta-label">Updated on</span>
<time class="entry-date published updated" datetime="2025-09-12T08:30:00+00:00">September 12, 2025</time></span></div></header>
<div class="entry-content single-content">
<p class="has-small-font-size"><em>${tvDisclosure.replace('here.', '<a href="/disclosure/">here</a>.')}</em></p>
${tvIntro.map((t) => `<p>${t}</p>`).join('\n')}
<div id="ez-toc-container" class="ez-toc-v2_0_76 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div
class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#"
class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">
<span class=""><span class="eztoc-hide" style="display:none;">Toggle</span></span></span></a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">
${[tvH1, tvH2, tvH3, tvH4, tvH5]
  .map((h, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#h${i}">${h}</a></li>`)
  .join('\n')}</ul></nav></div>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="h0"></span>${tvH1}<span class="ez-toc-section-end"></span></h2>
<ul class="wp-block-list">${tvBefore.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="mv-ad-box" data-slotname="content_1_wrapper"><div id="content_1_wrapper" class="mv-ad-box"></div></div>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="h1"></span>${tvH2}<span class="ez-toc-section-end"></span></h2>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://saltwatersundays.example/wp-content/uploads/port-sarel.jpg"
alt="Blue and yellow fishing boats in a small harbour" class="wp-image-2213"><figcaption class="wp-element-caption">${tvCaps[0]}</figcaption></figure>
${tvDay1.map((t) => `<p>${t}</p>`).join('\n')}
<h2 class="wp-block-heading"><span class="ez-toc-section" id="h2"></span>${tvH3}<span class="ez-toc-section-end"></span></h2>
${tvDay2
  .slice(0, 2)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" alt="A cliff path marked with red and white paint"
src="https://saltwatersundays.example/wp-content/uploads/cliff-path.jpg" class="wp-image-2214"><figcaption
class="wp-element-caption">${tvCaps[1]}</figcaption></figure>
<p>${tvDay2[2]}</p>
<div class="wp-block-kadence-form kadence-form-2210_7c1b1a-c1 kb-form-wrap"><div class="kb-form-inner"><h3 class="kb-form-title">${tvForm[0]}</h3>
<p>${tvForm[1]}</p><form class="kb-form" action="" method="post"><div class="kadence-blocks-form-field kb-field0"><label for="kb_field_0">${tvForm[2]}</label>
<input name="kb_field_0" id="kb_field_0" type="text" class="kb-field kb-text-style-field"></div><div class="kadence-blocks-form-field kb-field1">
<label for="kb_field_1">${tvForm[3]}<span class="required">*</span></label><input name="kb_field_1" id="kb_field_1" type="email" class="kb-field"></div>
<div class="kadence-blocks-form-field kb-submit-field"><button class="kb-forms-submit button">${tvForm[4]}</button></div></form></div></div>
<div class="mv-ad-box" data-slotname="content_2_wrapper"><div id="content_2_wrapper" class="mv-ad-box"></div></div>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="h3"></span>${tvH4}<span class="ez-toc-section-end"></span></h2>
${tvDay3.map((t) => `<p>${t}</p>`).join('\n')}
<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" alt="Pink flamingos wading in shallow water"
src="https://saltwatersundays.example/wp-content/uploads/sabrena.jpg" class="wp-image-2215"><figcaption
class="wp-element-caption">${tvCaps[2]}</figcaption></figure>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="h4"></span>${tvH5}<span class="ez-toc-section-end"></span></h2>
<p>${tvStayIntro[0]}</p>
<ul class="wp-block-list">${tvStay.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${tvEnd[0]}</p>
<div class="shared-counts-wrap after_content style-rounded"><a href="https://www.facebook.example/sharer/sharer.php?u=calvenne" target="_blank"
rel="nofollow noopener noreferrer" class="shared-counts-button facebook shared-counts-no-count" data-postid="2210" data-social-network="Facebook"
data-social-action="Share"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">Facebook</span>
</span></a><a href="https://pinterest.example/pin/create/button/?url=calvenne" class="shared-counts-button pinterest shared-counts-no-count"
data-social-network="Pinterest"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">Pin</span>
</span></a><a href="mailto:?subject=calvenne" class="shared-counts-button email no-scroll shared-counts-no-count" data-social-network="Email"><span
class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">Email</span></span></a></div>
</div><footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
${tvTags.map((t) => `<a href="/tag/${t.toLowerCase().replace(' ', '-')}/" class="tag-link" rel="tag"><span class="tag-hash">#</span>${t}</a>`).join('\n')}
</span></div></footer></div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt=""
src="https://secure.gravatar.example/avatar/ines?s=80" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></div><b class="entry-author-name
author-name fn"><a href="https://saltwatersundays.example/author/ines/" class="url fn n">Inês Carvalho</a></b><div class="entry-author-description author-bio">
<p>${tvBio}</p></div><div class="entry-author-follow author-follow"><a href="https://instagram.example/saltwatersundays" class="instagram-link social-button"
target="_blank" rel="noopener" title="Follow Inês Carvalho on Instagram"><span class="kadence-svg-iconset"><svg class="kadence-svg-icon kadence-instagram-svg"
viewBox="0 0 32 32"><title>Instagram</title><path d="M21.3 0h-10.6c-5.9 0-10.7 4.8-10.7 10.7"></path></svg></span></a></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="/varesse-weekend/" rel="prev"><div class="post-navigation-sub"><small>Previous</small></div>${tvRelated[1]}</a></div><div class="nav-next">
<a href="/packing-list-summer/" rel="next"><div class="post-navigation-sub"><small>Next</small></div>My Summer Packing List for Hot Cities</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide">
${tvRelated
  .map(
    (t, i) => `<article class="entry content-bg loop-entry post type-post"><div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title">
<a href="/r${i}/" rel="bookmark">${t}</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date
published">${tvRelatedDates[i]}
</time></span></div></header></div></article>`,
  )
  .join('\n')}</div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${tvTitle}”</h2><ol class="comment-list">
${tvComments
  .map(
    (c, i) => `<li id="comment-${771 + i}" class="comment even thread-even depth-1"><article id="div-comment-${771 + i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${c.who}</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="#comment-${771 + i}"><time datetime="2025-09-1${4 + i}">${c.when}</time></a></div></footer><div class="comment-content"><p>${c.text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${771 + i}" aria-label="Reply to ${c.who}">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment
comment-form-float-label">
<textarea id="comment" name="comment" placeholder="Leave a comment..." cols="45" rows="8" required></textarea><label class="float-label"
for="comment">Comment <span class="required">*</span></label></p><p class="comment-form-author"><input id="author" name="author" type="text" required>
<label class="float-label" for="author">Name <span class="required">*</span></label></p><p class="comment-form-email"><input id="email" name="email"
type="email" required><label class="float-label" for="email">Email <span class="required">*</span></label></p><p class="form-submit"><input name="submit"
type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div
class="sidebar-inner-wrap">
<section id="block-3" class="widget widget_block"><h2 class="widget-title">Hi, I’m Inês</h2><p>I write slow itineraries for people who would rather see three
places properly than ten in a rush.</p></section><section id="block-5" class="widget widget_block widget_categories"><h2 class="widget-title">Categories</h2>
<ul class="wp-block-categories-list wp-block-categories">${links(tvSideCats, 'cat-item')}</ul></section>
<div class="mv-ad-box mv-sidebar" data-slotname="sidebar_1"></div></div></aside></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-middle-footer-wrap site-footer-row-container">
<ul id="footer-menu" class="menu">${links(tvFooter, 'menu-item')}</ul></div><div class="site-bottom-footer-wrap site-footer-row-container"><div
class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>© 2025 Saltwater Sundays - WordPress Theme by Kadence WP</p></div></div></div>
</div></footer></div>
<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right"
data-drawer-target-string="#mobile-drawer">
<div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div><div class="drawer-inner"><div class="drawer-header"><button
class="menu-toggle-close
drawer-toggle" aria-label="Close menu" data-toggle-target="#mobile-drawer"><span class="toggle-close-bar"></span></button></div><div class="drawer-content">
<nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation" role="navigation" aria-label="Primary Mobile Navigation"><ul id="mobile-menu"
class="menu has-collapse-sub-nav">${links(tvNav, 'menu-item')}</ul></nav></div></div></div>
<script id="kadence-navigation-js-extra">var kadenceConfig = {"screenReader":{"expand":"Child menu","collapse":"Child menu"},
"breakPoints":{"desktop":"1024"}};</script>
</body></html>`;
export const travelPost: TestPage = {
  html,
  name: 'heldout96-wordpress-kadence-travel-blog',
  kind: 'blog',
  // the disclosure line, the table of contents box (its items repeat the headings and are left out), the newsletter form block
  // inside the post, captions, share buttons, tags, author box, post navigation, related posts and comments are furniture
  title: tvTitle,
  headings: [tvH1, tvH2, tvH3, tvH4, tvH5],
  body: [...tvIntro, ...texts(tvBefore), ...tvDay1, ...tvDay2, ...tvDay3, ...tvStayIntro, ...texts(tvStay), ...tvEnd],
  bylines: ['By', 'Inês Carvalho', 'Updated on', 'September 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Saltwater Sundays', 'Slow travel in southern Europe', ...tvNav, 'Home', 'Portugal', tvDisclosure, 'Table of Contents',
    'Toggle', ...tvCaps, ...tvForm, 'Facebook', 'Pin', 'Post Tags:', ...tvTags, tvBio, 'Instagram', 'Post navigation', 'Previous', 'Next',
    'My Summer Packing List for Hot Cities', 'Similar Posts', tvRelated[0]!, tvRelated[2]!, ...tvRelatedDates, `2 thoughts on “${tvTitle}”`,
    ...tvComments.flatMap((c) => [c.who, c.when, c.text]), 'says:', 'Reply', 'Leave a Reply', 'Cancel reply', 'Your email address will not be published.',
    'Required fields are marked *', 'Comment', 'Name', 'Hi, I’m Inês',
    'I write slow itineraries for people who would rather see three places properly than ten in a rush.',
    'Categories', 'Spain', 'Italy', 'Packing Lists', ...tvFooter, '© 2025 Saltwater Sundays - WordPress Theme by Kadence WP', tvRelated[1]!,
  ],
};
