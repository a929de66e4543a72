import { links, type TestPage, texts } from './page-kit.js';
import { kadencePost } from './pages-heldout54-a2.js';

/**
 * Held-out batch 54, file a: a WordPress post on the Astra theme (header builder markup with logo, tagline and primary menu,
 * the mobile header's copy of the menu, Yoast JSON-LD, breadcrumbs, entry meta with category, author, date, hidden updated date
 * and comment count, a captioned image and a Kit newsletter form inside the content, previous/next links, a threaded comment
 * list with the "Post author" badge and reply links, the comment form, a sidebar of widgets, a CookieYes banner, the footer).
 */
const asTitle = 'Why My Sourdough Starter Stalled Every Winter (and the Fix That Finally Worked)';
const asIntro = [
  'For three winters in a row my starter, a rye-and-white mix I have kept going since 2019, went quiet sometime in late November. ' +
    'It still bubbled and it still smelled pleasantly sour, but it stopped doubling, and the loaves that came out of it were dense, ' +
    'pale and faintly gluey in the middle.',
  'I tried the usual advice. I fed it more often, then less often. I switched flours. I moved the jar to the top of the fridge, ' +
    'which in our 1920s kitchen turns out to be one of the coldest shelves in the house. None of it made a lasting difference, ' +
    'and by February I was usually buying yeast again.',
];
const asH1 = 'It was never the flour';
const asCause = [
  'This year I finally did what I should have done at the start and put a cheap probe thermometer in the jar. Overnight, the ' +
    'starter sat at 16 to 17&#176;C. At that temperature the yeast and bacteria are still working, but slowly, and the bacteria ' +
    'keep going after the yeast has flagged. The result is a starter that looks alive and smells right but has very little lifting ' +
    'power left by the time you use it.',
  'Every change I had made before was really a change to the <em>schedule</em>, not to the temperature, so each one helped for a ' +
    'week and then stopped helping.',
];
const asH2 = 'What I changed';
const asList = [
  'The jar now lives in the oven with only the light switched on, which holds it at about 25&#176;C.',
  'I feed it at <strong>1:5:5</strong> (starter, flour, water) in the evening, so it peaks around breakfast.',
  'I use it within an hour of its peak instead of leaving it until the afternoon.',
  'Once a week I add a spoonful of whole rye, which seems to keep it lively.',
];
const asWarn =
  'A word of warning about the oven trick: make yourself a sign. My partner preheated for a frozen pizza in the first week and I ' +
  'lost half the jar. A sticky note on the oven door has saved it twice since.';
const asH3 = 'Six weeks later';
const asEnd = [
  'Since the start of December the starter has doubled in four to five hours after every feed, and my weekday loaf has gone back ' +
    'to the open, glossy crumb it had in summer. I have not changed the recipe at all: same flour, same hydration, same bake.',
  'If your starter slows down every winter, check the temperature before you change anything else. A thermometer costs ten ' +
    'dollars and one night of your time, and it would have saved me three seasons of bricks.',
];
const asNav = ['Home', 'Recipes', 'Bread Basics', 'Troubleshooting', 'About', 'Contact'];
const asCaption = 'The starter&#8217;s new winter home. Oven light on, door closed, sticky note essential.';
const asRecent = [
  'Rye Crackers from Sourdough Discard',
  'My Everyday Country Loaf, Step by Step',
  'How I Store Flour in a Small Kitchen',
  'A Beginner&#8217;s Guide to Reading Crumb',
];
const asCats = ['Discard Recipes', 'Whole Grain'];
const asKit = 'One email a month with new recipes and the occasional kitchen disaster. No spam, unsubscribe any time.';
const asCookie =
  'We use cookies to improve your browsing experience, show you relevant ads and understand our traffic. ' +
  'By clicking &#8220;Accept All&#8221;, you agree to our use of cookies.';
const asC1 = 'The oven light trick saved my starter too! Mine lives by the back door and I never thought about how cold that corner gets at night.';
const asC2 = 'So glad it helped, Maggie. The back door corner is a classic starter killer.';
const asC3 = 'Do you worry about leaving the oven light on all night? I&#8217;m wondering what it adds to the electricity bill.';
const comment = (id: number, name: string, time: string, iso: string, text: string, author = false): string => `<article id="comment-${id}" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt='' src='https://secure.gravatar.com/avatar/${id}?s=50&#038;d=mm&#038;r=g'
 class='avatar avatar-50 photo' height='50' width='50' loading='lazy'
 decoding='async'/></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${name}</b>
${author ? '<span class="ast-highlight-text ast-cmt-post-author">Post author</span>' : ''}</cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${id}"><time
 datetime="${iso}">${time}</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${text}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}"
 data-commentid="${id}" data-postid="2287" data-belowelement="comment-${id}" data-respondelement="respond" data-replyto="Reply to ${name}"
 aria-label="Reply to ${name}">Reply</a></span></div></section></article>`;
const asHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${asTitle} - Rye &amp; Rise</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"@id":"https://ryeandrise.example/sourdough-starter-winter/#article","author":{"name":"Hallie Brandt"},"headline":"${asTitle}",
"datePublished":"2026-01-19T07:30:00+00:00","dateModified":"2026-01-24T16:02:11+00:00","wordCount":431,"commentCount":3},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,
"name":"Troubleshooting"}]}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://ryeandrise.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3'
 media='all' />
<style id='astra-theme-css-inline-css'>:root{--ast-post-nav-space:0;--ast-container-default-xlg-padding:6.67em;--ast-global-color-0:#7a4a1e;}
.ast-separate-container .ast-article-single{padding:3em}.site-title{font-size:28px}.ast-single-post .entry-meta .updated{display:none}</style>
<script src="https://ryeandrise.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-2287 single-format-standard
 wp-custom-logo wp-embed-responsive ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post
 ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon
 ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="https://ryeandrise.example/" class="custom-logo-link" rel="home"><img width="60" height="60"
 src="https://ryeandrise.example/wp-content/uploads/2023/02/logo.png" class="custom-logo" alt="Rye &amp; Rise" decoding="async" /></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://ryeandrise.example/" rel="home"
 itemprop="url">Rye &amp; Rise</a></span>
<p class="site-description" itemprop="description">Slow bread for busy kitchens</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
 data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
 site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Primary Site Navigation" itemtype="https://schema.org/SiteNavigationElement"
 itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex
 submenu-with-border stack-on-mobile">${links(asNav, 'menu-item menu-item-type-custom menu-item-object-custom')}</ul></div></nav></div></div></div>
</div></div></div></div></div></div>
<div id="ast-mobile-header" class="ast-mobile-header-wrap " data-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<button data-index="0" class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span><span class="mobile-menu-toggle-icon"><span aria-hidden="true"
 class="ahfb-svg-iconset ast-inline-flex svg-baseline">
<svg class='ast-mobile-svg ast-menu-svg' fill='currentColor' version='1.1' xmlns='http://www.w3.org/2000/svg' width='24' height='24' viewBox='0 0 24 24'>
<path d='M3 13h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1z'></path></svg></span></span></button></div>
<div class="ast-mobile-header-content content-align-flex-start "><nav class="site-navigation" id="ast-mobile-site-navigation" aria-label="Site Navigation">
<ul id="ast-hf-mobile-menu" class="main-navigation ast-nav-menu">${links(asNav, 'menu-item')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<div class="ast-breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="https://ryeandrise.example/"
 rel="home"><span>Home</span></a></li>
<li class="trail-item"><a href="https://ryeandrise.example/category/troubleshooting/"><span>Troubleshooting</span></a></li>
<li class="trail-item trail-end"><span><span>${asTitle}</span></span></li></ul></div></nav></div></div>
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2287 post type-post status-publish format-standard has-post-thumbnail hentry category-troubleshooting tag-starter tag-winter
 ast-article-single"
 id="post-2287" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order"><header class="entry-header ">
<h1 class="entry-title" itemprop="headline">${asTitle}</h1><div class="entry-meta">
<span class="ast-terms-link"><a href="https://ryeandrise.example/category/troubleshooting/">Troubleshooting</a></span> / By <span class="posted-by vcard author"
 itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Hallie Brandt"
 href="https://ryeandrise.example/author/hallie/"
 rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Hallie Brandt</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished"> January 19, 2026 </span><span class="updated" itemprop="dateModified">
 January 24, 2026</span></span> / <span class="comments-link"><a href="https://ryeandrise.example/sourdough-starter-winter/#comments">3 Comments</a></span>
</div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${asIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${asH1}</h2>
${asCause.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683"
 src="https://ryeandrise.example/wp-content/uploads/2026/01/starter-oven-1024x683.jpg" alt="A jar of starter on an oven rack with the oven light on"
 class="wp-image-2291" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">${asCaption}</figcaption></figure>
<h2 class="wp-block-heading">${asH2}</h2>
<ul class="wp-block-list">
${asList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<p>${asWarn}</p>
<h2 class="wp-block-heading">${asH3}</h2>
${asEnd.map((p) => `<p>${p}</p>`).join('\n')}
<form action="https://app.kit.com/forms/6120455/subscriptions" class="seva-form formkit-form" method="post" data-sv-form="6120455" data-uid="b81c2e44f0"
 data-format="inline" data-version="5"><div data-style="clean"><div class="formkit-header" data-element="header"><h2>Bake along with me</h2></div>
<div class="formkit-subheader" data-element="subheader"><p>${asKit}</p></div><ul class="formkit-alert formkit-alert-error" data-element="errors"
 data-group="alert"></ul>
<div data-element="fields" data-stacked="false" class="seva-fields formkit-fields"><div class="formkit-field"><input class="formkit-input" name="email_address"
 aria-label="Email Address" placeholder="Email Address" required="" type="email"></div><button data-element="submit" class="formkit-submit">
<div class="formkit-spinner"><div></div><div></div><div></div></div><span class="">Subscribe</span></button></div>
<div class="formkit-powered-by-convertkit-container"><a href="https://kit.com/features/forms?utm_campaign=poweredby&amp;utm_content=form"
 data-element="powered-by"
 class="formkit-powered-by-convertkit" data-variant="dark" target="_blank" rel="nofollow">Built with Kit</a></div></div></form>
</div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="${asRecent[2]}"
 href="https://ryeandrise.example/storing-flour/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a title="${asRecent[0]}" href="https://ryeandrise.example/rye-crackers/"
 rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div>
</div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">3 thoughts on &ldquo;<span>${asTitle}</span>&rdquo;</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1 parent" id="li-comment-5521">
${comment(5521, 'Maggie O.', 'January 20, 2026 at 7:41 am', '2026-01-20T07:41:12+00:00', asC1)}
<ol class="children"><li class="comment byuser comment-author-hallie bypostauthor odd alt depth-2" id="li-comment-5523">
${comment(5523, 'Hallie Brandt', 'January 20, 2026 at 9:15 am', '2026-01-20T09:15:40+00:00', asC2, true)}
</li></ol></li><li class="comment even thread-odd thread-alt depth-1" id="li-comment-5530">
${comment(5530, 'Devin Kowalczyk', 'January 21, 2026 at 10:02 pm', '2026-01-21T22:02:03+00:00', asC3)}
</li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
 id="cancel-comment-reply-link"
 href="#respond" style="display:none;">Cancel Reply</a></small></h3><form action="https://ryeandrise.example/wp-comments-post.php" method="post"
 id="ast-commentform"
 class="comment-form"><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class ="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment"
 placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row">
<p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">Name*</label>
<input id="author" name="author" type="text" value="" placeholder="Name*" size="30" aria-required='true' autocomplete="name" /></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">Email*</label>
<input id="email" name="email" type="text" value="" placeholder="Email*" size="30" aria-required='true' autocomplete="email" /></p>
<p class="comment-form-url ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="url" class="screen-reader-text">Website</label>
<input id="url" name="url" type="text" value="" placeholder="Website" size="30" autocomplete="url" /></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;" />
<input type='hidden' name='comment_post_ID' value='2287' id='comment_post_ID' /></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main" >
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://ryeandrise.example/">
<label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..."
 value="" name="s" tabindex="-1"><button class="search-submit ast-search-submit"
 aria-label="Search Submit"><span hidden>Search</span></button></label></form></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Hi, I&#8217;m Hallie</h2><div class="textwidget"><p>I bake two loaves a week in a
 drafty old kitchen in Vermont and write about what works, what doesn&#8217;t, and why.</p></div></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
${links(asRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>
${asCats.map((c, i) => `<li class="cat-item cat-item-${i + 7}"><a href="https://ryeandrise.example/category/c${i}/">${c}</a> (${9 - i * 4})</li>`).join('\n')}
</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-2-equal ast-builder-grid-row-tablet-2-equal
 ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item
 ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &#169; 2026 Rye &amp; Rise | Powered by
 <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div>
<div class="site-footer-below-section-2 site-footer-section site-footer-section-2"><nav class="site-navigation" aria-label="Footer Site Navigation">
<ul class="ast-nav-menu">${links(['Privacy Policy', 'Affiliate Disclosure'], 'menu-item')}</ul></nav></div></div></div></div></footer></div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right"
 data-on-devices="both"><span class="screen-reader-text">Scroll to Top</span></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>${asCookie}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1",
"is_header_footer_builder_active":"1"};
</script><script src="https://ryeandrise.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
<script src="https://ryeandrise.example/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async data-wp-strategy="async"></script>
</body></html>`;
export const astraPost: TestPage = {
  html: asHtml,
  name: 'heldout54-wordpress-astra-post',
  kind: 'blog',
  // the three h2 of the entry content are the headings; the intro, the four list items and the paragraphs are body, the "word
  // of warning" paragraph included (it is the writer's own advice, not a box); the author and both dates (the updated one is
  // hidden by the theme's CSS) are bylines ("By" in neither); the comments are reader comments on a blog: furniture, the
  // author's own reply included; each commenter's name and comment time are author lines and datelines: bylines; the Kit form
  // inside .entry-content is a newsletter box: furniture; the image caption, breadcrumbs (their last item repeats the title:
  // in neither), category link, comment count, post navigation, comment form labels, widgets, cookie banner and footer
  // are furniture; the menu's "About" is a body word ("about 25°C"): left out
  title: asTitle,
  headings: [asH1, asH2, asH3],
  body: texts([...asIntro, ...asCause, ...asList, asWarn, ...asEnd]),
  bylines: [
    'Hallie Brandt',
    'January 19, 2026',
    'January 24, 2026',
    'Maggie O.',
    'January 20, 2026 at 7:41 am',
    'January 20, 2026 at 9:15 am',
    'Devin Kowalczyk',
    'January 21, 2026 at 10:02 pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Rye & Rise', 'Slow bread for busy kitchens', ...asNav.filter((t) => t !== 'About'), 'Main Menu', '3 Comments', ...texts([asCaption]),
    'Bake along with me', asKit, 'Subscribe', 'Built with Kit', 'Previous Post', 'Next Post', '3 thoughts on', ...texts([asC1, asC2, asC3]),
    'Post author', 'Reply', 'Leave a Comment', 'Cancel Reply', 'Type here..', 'Name*', 'Email*', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Search', 'Hi, I’m Hallie',
    'I bake two loaves a week in a drafty old kitchen in Vermont and write about what works, what doesn’t, and why.', 'Recent Posts',
    ...texts(asRecent), 'Categories', ...asCats, 'Copyright © 2026 Rye & Rise | Powered by Astra WordPress Theme', 'Privacy Policy',
    'Affiliate Disclosure', 'Scroll to Top', 'We value your privacy', ...texts([asCookie]), 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT54_A: readonly TestPage[] = [astraPost, kadencePost];
