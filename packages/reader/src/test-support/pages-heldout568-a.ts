import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout568-kit.js';

/**
 * Held-out batch 568, file a: a tattoo aftercare guide on WordPress (Astra with Elementor) with a Complianz cookie banner and
 * comments, and an artist's portfolio page on Squarespace 7.1 with a gallery and a booking button.
 */
const aTitle = 'Tattoo Aftercare: The First Four Weeks';
const aIntro = [
  j(
    'A new tattoo is an open wound, and how you treat it over the next month decides how crisp it looks for the next thirty years.',
    'These are the instructions we give every client at Black Heron Tattoo, written down so you can come back to them.',
  ),
];
const aH = ['The first 24 hours', 'Days two to fourteen', 'Weeks three and four', 'When to call us'];
const aDay1 = [
  j(
    'Leave the wrap on for as long as your artist told you: two to four hours for plastic film, three to five days for a clear',
    'adhesive bandage such as the one we use. Fluid under the film is normal and is not a sign of infection.',
  ),
  'Wash your hands before you touch the tattoo, and every time after.',
  'Remove the film under warm running water, then wash gently with unscented liquid soap.',
  'Pat dry with a clean paper towel. Bath towels carry bacteria and lint.',
];
const aDay2 = [
  j(
    'Wash the tattoo twice a day and apply a very thin layer of the balm we gave you, rubbed in until the skin no longer shines.',
    'Too much ointment suffocates the skin and can lift ink.',
  ),
  j(
    'Around day four the tattoo will start to peel and itch. Do not pick, scratch or slap it. Flakes of coloured skin are normal',
    'and will come away on their own in the shower.',
  ),
  '<strong>Avoid:</strong> swimming pools, the sea, baths, saunas and sunbeds until the skin has stopped peeling.',
];
const aWeek3 = [
  j(
    'Once the peeling is done the tattoo may look cloudy or milky for a week or two. This is a new layer of skin settling and',
    'it clears by itself. Keep moisturising once a day with any fragrance-free lotion.',
  ),
  j(
    'From week four, protect the tattoo from the sun with SPF 50 every time it is exposed. Sun is the main reason tattoos fade',
    'and blow out over the years.',
  ),
];
const aCall = [
  j(
    'Redness that spreads after day three, heat, swelling that gets worse, yellow or green discharge, or a fever are signs of',
    'infection. See a doctor first, then let us know. Free touch-ups are offered within three months of the session.',
  ),
];
const aNav = ['Home', 'Artists', 'Piercing', 'Aftercare', 'Booking', 'Contact'];
const aCats = ['Aftercare', 'Studio News', 'Guest Spots', 'Flash Days'];
const aRecent = ['Flash Friday returns in March', 'Meet our guest artist from Lisbon', 'What to eat before a long session'];
const aFoot = ['Privacy Policy', 'Cookie Policy', 'Terms'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Black Heron Tattoo</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://blackherontattoo.co.uk/tattoo-aftercare/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Marnie Calloway"},"datePublished":"2025-05-12T09:14:00+00:00"},{"@type":"WebSite","name":"Black Heron Tattoo"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1" media="all">
<style id="astra-theme-css-inline-css">.ast-single-post .entry-title{font-size:2.4em}.site-title{display:none}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-412 single-format-standard ast-desktop ast-separate-container ast-right-sidebar elementor-default">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2023/02/heron-logo.png" class="custom-logo" alt="Black Heron Tattoo"></a></span>
<p class="site-title"><a href="/" rel="home">Black Heron Tattoo</a></p></div></div>
<div class="ast-main-header-bar-alignment"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">${links(aNav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
<button class="menu-toggle main-header-menu-toggle ast-mobile-menu-buttons-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span></button></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-aftercare ast-article-single" id="post-412">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb">
<img src="/wp-content/uploads/2025/05/fresh-forearm.jpg" alt="Fresh blackwork forearm tattoo under film"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/marnie/">Marnie Calloway</a></span> /
<span class="posted-on"><span class="published">12 May 2025</span></span> / <span class="cat-links">
<a href="/category/aftercare/" rel="category tag">Aftercare</a></span>
</div></header>
<div class="entry-content clear" itemprop="text"><div data-elementor-type="wp-post" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(aIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(aH, 0)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(aDay1.slice(0, 1))}
<ol>${lis(aDay1.slice(1))}</ol></div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="/wp-content/uploads/2025/05/second-skin.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">Adhesive film on day two.
Plasma under the film is expected.</figcaption></figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(aH, 1)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(aDay2)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(aH, 2)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(aWeek3)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(aH, 3)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(aCall)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/booking/"><span class="elementor-button-text">Book a touch-up</span></a>
</div></div></div></div></div></div></section></div></div>
<footer class="entry-footer"><div class="ast-share-buttons"><span class="share-title">Share this guide:</span>
<a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="https://pinterest.com/pin/create/button/?url=x">Pinterest</a>
<a href="mailto:?subject=Aftercare">Email</a></div></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous">
<a href="/flash-friday-returns/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/what-to-eat/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “${aTitle}”</h3><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-88"><article id="comment-88" class="ast-comment"><div class="ast-comment-meta">
<div class="ast-comment-cite-wrap"><cite><b class="fn">Priyanka D.</b></cite></div><div class="ast-comment-time">
<time datetime="2025-05-20">20 May 2025 at 6:41 pm</time></div></div>
<section class="ast-comment-content comment"><p>Is it fine to go to the gym on day three if I keep it covered?</p></section>
<div class="ast-comment-edit-reply-wrap"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li class="comment byuser bypostauthor odd alt depth-1" id="li-comment-89"><article id="comment-89" class="ast-comment"><div class="ast-comment-meta">
<div class="ast-comment-cite-wrap"><cite><b class="fn">Marnie Calloway</b></cite></div><div class="ast-comment-time">
<time datetime="2025-05-21">21 May 2025 at 9:02 am</time></div></div>
<section class="ast-comment-content comment"><p>Light cardio is fine. Skip anything where the tattoo rubs on a bench or mat for the first week.</p></section>
</article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
Your email address will not be published. Required fields are marked *</p><textarea id="comment" name="comment" placeholder="Type here.."></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(aRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(aCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container"><div class="ast-footer-copyright">
<p>Copyright © 2025 Black Heron Tattoo · 14 Quarry Lane, Ashcombe</p></div><ul class="footer-nav">${links(aFoot)}</ul></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to optimise our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.1" id="elementor-frontend-js"></script></body></html>`;
const wpAftercare: TestPage = {
  name: 'heldout568-astra-elementor-aftercare',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, ...aDay1, ...aDay2, ...aWeek3, ...aCall]),
  bylines: ['Marnie Calloway', '12 May 2025', 'Priyanka D.', '20 May 2025 at 6:41 pm', '21 May 2025 at 9:02 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Black Heron Tattoo', 'Home', 'Artists', 'Piercing', 'Booking', 'Contact', 'Main Menu',
    'Adhesive film on day two. Plasma under the film is expected.',
    'Book a touch-up', 'Share this guide:', 'Facebook', 'Pinterest', 'Email', '← Previous Post', 'Next Post →', `2 thoughts on “${aTitle}”`,
    'Is it fine to go to the gym on day three if I keep it covered?',
    'Light cardio is fine. Skip anything where the tattoo rubs on a bench or mat for the first week.', 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search for:', 'Recent Posts', ...aRecent, 'Categories',
    'Studio News', 'Guest Spots', 'Flash Days', 'Copyright © 2025 Black Heron Tattoo · 14 Quarry Lane, Ashcombe', ...aFoot, 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

const sName = 'Oona Faraday';
const sIntro = [
  j(
    'Oona has tattooed at Larkspur Studio since 2019 and works almost entirely in fine-line botanical and natural history',
    'pieces: pressed flowers, moths, seed heads and the odd beetle, drawn from specimens she collects on walks along the Tamsin estuary.',
  ),
  j(
    'She works single-needle and small groupings, usually in black and grey with a restrained wash of colour. Pieces start at',
    'around the size of a palm; she does not tattoo hands, fingers, necks or faces.',
  ),
];
const sH = ['Style', 'Availability'];
const sStyle = [
  j(
    'Every design is drawn from scratch for the client. Oona does not copy other artists\u2019 work or tattoo straight from',
    'reference photographs; bring ideas, placement and a rough size and she will do the rest.',
  ),
];
const sAvail = [
  j(
    'Books open on the first Monday of each quarter and usually fill within a week. Outside those windows, her flash sheets are',
    'available on walk-in Saturdays.',
  ),
];
const sGallery = ['Foxglove and moth, upper arm', 'Sea holly, calf', 'Oak marble gall, forearm', 'Pressed violets, ribs'];
const sNav = ['Artists', 'Flash', 'Aftercare', 'FAQ', 'Book'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>${sName} &mdash; Larkspur Studio</title><link rel="canonical" href="https://www.larkspurstudio.com/artists/oona-faraday">
<meta property="og:site_name" content="Larkspur Studio"><meta property="og:title" content="${sName} &mdash; Larkspur Studio">
<meta property="og:type" content="website">
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-5f3e2d.js" crossorigin="anonymous"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61a0f2c5","siteTitle":"Larkspur Studio"},"collection":{"title":"Artists"}};</script>
<script type="application/ld+json">{"url":"https://www.larkspurstudio.com","name":"Larkspur Studio","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61a0f2c5/18/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61a0f3d1" class="tweak-global-animations-enabled header-width-full primary-button-style-outline view-item collection-type-page">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Spring books open 3 March — join the mailing list to hear first.</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Larkspur Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--social">
<a class="icon icon--fill header-icon header-icon-border-shape-none" href="https://instagram.com/larkspurstudio" target="_blank" aria-label="Instagram">
<svg viewBox="23 23 64 64"><use xlink:href="#instagram-unauth-icon"></use></svg></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a0f3d2">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-61a0f3d3">
<div class="fe-block fe-block-yui_3_17_2_1_1672"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sName}</h1>
<p style="white-space:pre-wrap;"><em>Fine-line botanical · Tuesday to Saturday</em></p>
${sIntro.map((p) => `<p style="white-space:pre-wrap;">${p}</p>`).join('\n')}
<h3 style="white-space:pre-wrap;">${at(sH, 0)}</h3><p style="white-space:pre-wrap;">${at(sStyle, 0)}</p>
<h3 style="white-space:pre-wrap;">${at(sH, 1)}</h3><p style="white-space:pre-wrap;">${at(sAvail, 0)}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1673"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left">
<a href="/book?artist=oona" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Request a booking</a>
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section gallery-section background-width--full-bleed section-height--medium white">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="gallery-grid gallery-grid--layout-grid">
<div class="gallery-grid-wrapper">${sGallery
  .map(
    (c, i) =>
      `<figure class="gallery-grid-item"><div class="gallery-grid-image-wrapper">
<img data-src="https://images.squarespace-cdn.com/content/v1/61a0f2c5/oona-${i}.jpg" alt="${c}"></div>
<figcaption class="gallery-caption gallery-caption-grid-simple"><p class="gallery-caption-content preFade fadeIn">${c}</p></figcaption></figure>`,
  )
  .join('\n')}</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section section-height--small"><div class="content-wrapper">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">Larkspur Studio · 2 Cooper’s Yard, Penmarrow</p><p style="white-space:pre-wrap;">By appointment only. Over 18s.</p>
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Books open alerts</h2><form class="newsletter-form">
<label class="newsletter-form-field-label" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" id="email-yui" name="email" type="email">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button>
</form><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sqsPortfolio: TestPage = {
  name: 'heldout568-squarespace-artist-portfolio',
  kind: 'blog',
  html: sHtml,
  title: sName,
  headings: sH,
  body: texts(['Fine-line botanical · Tuesday to Saturday', ...sIntro, ...sStyle, ...sAvail]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring books open 3 March — join the mailing list to hear first.', 'Larkspur Studio', ...sNav, 'Request a booking', ...sGallery,
    'Larkspur Studio · 2 Cooper’s Yard, Penmarrow', 'By appointment only. Over 18s.', 'Books open alerts', 'Email Address', 'Sign Up',
    'We respect your privacy.',
  ],
};

export const HELDOUT568_A: readonly TestPage[] = [wpAftercare, sqsPortfolio];
