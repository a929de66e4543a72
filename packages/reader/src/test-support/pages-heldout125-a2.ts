import { type TestPage, texts } from './page-kit.js';
import { asCaption, asDisclosure, asH1, asH2, asH3, asH4, asH5, asL1, asP1, asP2, asP3, asP4, asP5, asP6, asTitle } from './pages-heldout125-a3.js';

/**
 * Held-out batch 125, file a2: a WordPress post on the Astra theme with the right sidebar (skip link, the header builder
 * with site title, tagline and primary menu, the hidden mobile header that repeats the menu, the entry header with the
 * featured image, title and meta row, an affiliate disclosure as the first block of the content, the Easy Table of Contents
 * box, an image caption, the previous/next post links, one comment and the Astra comment form, the sidebar with search,
 * recent posts, recent comments, archives and categories, the copyright footer, the scroll-to-top link and a CookieYes banner).
 */
const asNav = ['Home', 'Growing Guides', 'Plot Diary', 'Recipes', 'About', 'Contact'];
const asRecent = [
  'Dividing rhubarb crowns in autumn',
  'The leek trench experiment, one year on',
  'Ten seed catalogues, ranked by how much I spent',
  'Making a compost bay from old pallets',
  'Green manure: was it worth it?',
];
const asRecentComments = [
  ['Tom Arkwright', 'Dividing rhubarb crowns in autumn'],
  ['Lesley P', 'The leek trench experiment, one year on'],
];
const asArchives = ['November 2025', 'October 2025', 'September 2025', 'August 2025'];
const asCats = ['Growing Guides', 'Plot Diary', 'Recipes', 'Tools and Kit'];
const asComment = {
  name: 'Rhiannon Baxter',
  date: 'November 14, 2025 at 8:02 pm',
  text: 'I had never thought about draining the stems. That might explain why I lost all my Café au Lait last winter. Thank you!',
};
const asForm = [
  'Leave a Comment',
  'Cancel Reply',
  'Your email address will not be published.',
  'Required fields are marked *',
  'Type here..',
  'Name*',
  'Email*',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const asCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking ' +
    '"Accept All", you consent to our use of cookies.',
  'Customise',
  'Reject All',
  'Accept All',
];
const asPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const asId = (t: string): string => t.replace(/[^A-Za-z]+/g, '_');
const asH = (t: string): string => `<h2><span class="ez-toc-section" id="${asId(t)}" ez-toc-data-id="#${asId(t)}"></span>${t}<span
class="ez-toc-section-end"></span></h2>`;
const asMenu = (id: string): string => `<ul id="${id}" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${asNav
  .map(
    (
      t,
      i,
    ) => `<li id="menu-item-${20 + i}" class="menu-item menu-item-type-post_type menu-item-object-page${t === 'Growing Guides' ? ' current-post-ancestor' : ''}
menu-item-${20 + i}"><a href="https://allotmentledger.example/${t.toLowerCase().replace(' ', '-')}/" class="menu-link">${t}</a></li>`,
  )
  .join('\n')}</ul>`;
const asWidget = (id: string, cls: string, title: string, inner: string): string => `<aside id="${id}" class="widget ${cls}">
<h2 class="widget-title">${title}</h2><nav aria-label="${title}"><ul>\n${inner}\n</ul></nav></aside>`;
const asToc = [asH1, asH2, asH3, asH4, asH5];
const asHtml = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>How to overwinter dahlias in a cold garage (without losing half of them) - The Allotment Ledger</title>
<meta name="description" content="How I store forty dahlia tubers in an unheated garage and lost only two last winter." />
<link rel="canonical" href="https://allotmentledger.example/overwinter-dahlias-cold-garage/" />
<meta property="og:type" content="article" /><meta property="og:title" content="${asTitle}" />
<meta property="article:published_time" content="2025-11-12T07:30:00+00:00" /><meta property="article:modified_time" content="2025-11-20T18:04:11+00:00" />
<meta name="author" content="Gwen Marlowe" /><meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="Gwen Marlowe" />
<meta name="twitter:label2" content="Est. reading time" /><meta name="twitter:data2" content="4 minutes" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":
"https://allotmentledger.example/overwinter-dahlias-cold-garage/#article","author":{"name":"Gwen Marlowe"},"headline":"How to overwinter dahlias in a cold
garage","datePublished":"2025-11-12T07:30:00+00:00","dateModified":"2025-11-20T18:04:11+00:00","wordCount":612,"commentCount":1,
"articleSection":["Growing Guides"],"inLanguage":"en-GB"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://allotmentledger.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3'
media='all' />
<link rel='stylesheet' id='ez-toc-css' href='https://allotmentledger.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.69'
media='all' />
<script src="https://allotmentledger.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.example/client_data/4f0c8e/script.js"></script>
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-1187 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent
ast-hfb-header ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization" itemscope="itemscope"><div class="ast-site-title-wrap">
<span class="site-title" itemprop="name"><a href="https://allotmentledger.example/" rel="home" itemprop="url">The Allotment Ledger</a></span>
<p class="site-description" itemprop="description">Growing food on half a plot in the Welsh Marches</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement"
itemscope="itemscope"><div class="main-navigation ast-inline-flex">${asMenu('ast-hf-menu-1')}</div></nav></div></div></div></div></div></div></div></div></div>
<div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-primary-header-wrap site-header-focus-item ast-builder-grid-row-layout-default">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="section-header-mobile-trigger"><div class="ast-button-wrap"><button type="button" class="menu-toggle
main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false"><span class="screen-reader-text">Main Menu</span>
<span class="mobile-menu-toggle-icon"><span aria-hidden="true" class="ahfb-svg-iconset ast-inline-flex svg-baseline"></span></span></button></div></div>
</div></div></div><div class="ast-mobile-header-content content-align-flex-start"><div class="ast-builder-menu-mobile ast-builder-menu
ast-builder-menu-mobile-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-header-mobile-menu">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="ast-mobile-site-navigation" aria-label="Site Navigation: Main Menu">
<div class="main-navigation">${asMenu('ast-hf-mobile-menu')}</div></nav></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1187 post type-post status-publish format-standard has-post-thumbnail hentry category-growing-guides tag-dahlias tag-winter
ast-article-single" id="post-1187" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order">
<div class="post-thumb-img-content post-thumb"><img width="1200" height="800" src="https://allotmentledger.example/wp-content/uploads/2025/11/dahlias.jpg"
class="attachment-large size-large wp-post-image" alt="Dahlia tubers in a crate" itemprop="image" decoding="async" fetchpriority="high" /></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${asTitle}</h1>
<div class="entry-meta"><span class="ast-terms-link"><a href="https://allotmentledger.example/category/growing-guides/">Growing Guides</a></span> /
By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Gwen Marlowe"
href="https://allotmentledger.example/author/gwen/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Gwen Marlowe</span>
</a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> November 12, 2025 </span><span class="updated" itemprop="dateModified">
November 20, 2025</span></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<p class="affiliate-disclosure has-small-font-size"><em>${asDisclosure}</em></p>
${asPs(asP1)}
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#"
class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">
<span class=""><span class="eztoc-hide" style="display:none;">Toggle</span></span></span></a></span></div>
<nav><ul class='ez-toc-list ez-toc-list-level-1'>
${asToc
  .map(
    (t, i) => `<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class="ez-toc-link ez-toc-heading-${i + 1}"
href="#${asId(t)}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div>
${asH(asH1)}
${asPs(asP2)}
${asH(asH2)}
${asPs(asP3)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768"
src="https://allotmentledger.example/wp-content/uploads/2025/11/drying.jpg"
alt="" class="wp-image-1190" /><figcaption class="wp-element-caption">${asCaption}</figcaption></figure>
${asH(asH3)}
${asPs(asP4)}
<ul class="wp-block-list">\n${asL1.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>
${asH(asH4)}
${asPs(asP5)}
${asH(asH5)}
${asPs(asP6)}
</div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">
<div class="nav-previous"><a title="Dividing rhubarb crowns in autumn" href="https://allotmentledger.example/dividing-rhubarb-crowns/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a title="The leek trench experiment, one year on" href="https://allotmentledger.example/leek-trench/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below">
<div class="comments-count-wrapper"><h3 class="comments-title">1 thought on “${asTitle}”</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-5307"><article id="comment-5307" class="ast-comment">
<div class='ast-comment-info'><div class='ast-comment-avatar-wrap'><img alt='' src='https://secure.gravatar.com/avatar/5307?s=50&#038;d=mm&#038;r=g'
class='avatar avatar-50 photo' height='50' width='50' /></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-user-wrap"><cite><b class="fn">${asComment.name}</b>
</cite></div><div class="ast-comment-time ast-row"><div class="timendate"><a href="#comment-5307"><time
datetime="2025-11-14T20:02:17+00:00">${asComment.date}</time>
</a></div></div></header></div><section class="ast-comment-content comment"><p>${asComment.text}</p><div class="ast-comment-edit-reply-wrap">
<span class="ast-reply-link"><a rel='nofollow' class='comment-reply-link' href='#comment-5307' data-commentid="5307" data-postid="1187"
aria-label='Reply to ${asComment.name}'>Reply</a></span></div></section></div></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${asForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">${asForm[1]}</a></small></h3>
<form action="https://allotmentledger.example/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">${asForm[2]}</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span>
</span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">${asForm[4]}</label><textarea id="comment" name="comment"
placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="author" class="screen-reader-text">${asForm[5]}</label><input id="author" name="author" type="text" value="" placeholder="Name*" size="30"
aria-required='true' autocomplete="name" /></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">${asForm[6]}</label>
<input id="email" name="email" type="text" value="" placeholder="Email*" size="30" aria-required='true' autocomplete="email" /></p>
<p class="comment-form-url ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="url"><label for="url" class="screen-reader-text">
${asForm[7]}</label></label><input id="url" name="url" type="text" value="" placeholder="Website" size="30" autocomplete="url" /></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />
<label for="wp-comment-cookies-consent">${asForm[8]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »" /></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://allotmentledger.example/">
<label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..."
value="" name="s" tabindex="-1"><button class="search-submit ast-search-submit" aria-label="Search Submit"><span hidden>Search</span><i><span
class="ast-icon icon-search"></span></i></button></label><input type="submit" class="search-submit" value="Search"></form></aside>
${asWidget(
  'recent-posts-2',
  'widget_recent_entries',
  'Recent Posts',
  asRecent
    .map(
      (t) => `<li><a
href="https://allotmentledger.example/p/">${t}</a></li>`,
    )
    .join('\n'),
)}
${asWidget(
  'recent-comments-2',
  'widget_recent_comments',
  'Recent Comments',
  asRecentComments
    .map(([n, t]) => `<li class="recentcomments"><span class="comment-author-link">${n}</span> on <a href="https://allotmentledger.example/c/">${t}</a></li>`)
    .join('\n'),
)}
${asWidget('archives-2', 'widget_archive', 'Archives', asArchives.map((t) => `<li><a href="https://allotmentledger.example/2025/">${t}</a></li>`).join('\n'))}
${asWidget(
  'categories-2',
  'widget_categories',
  'Categories',
  asCats
    .map(
      (t) => `<li class="cat-item"><a
href="https://allotmentledger.example/c/">${t}</a></li>`,
    )
    .join('\n'),
)}
</div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full
ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item
ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright © 2025 The Allotment Ledger | Powered by
<a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div></footer>
</div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span
class="screen-reader-text">Scroll to Top</span>
</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">${asCookie[0]}</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>${asCookie[1]}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">${asCookie[2]}</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">${asCookie[3]}</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">${asCookie[4]}</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1"};</script>
<script src="https://allotmentledger.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
<script src="https://allotmentledger.example/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver=2.0.69" id="ez-toc-js-js"></script>
</body>
</html>`;
export const astraPost: TestPage = {
  html: asHtml,
  name: 'heldout125-wordpress-astra-blog',
  kind: 'blog',
  // the affiliate disclosure at the top of the content is furniture; the Easy Table of Contents repeats the headings and is
  // left out (its "Table of Contents" and "Toggle" are furniture); the category, the author and both dates (the updated date
  // is hidden by the theme's CSS) are in the meta row: category furniture, author and dates bylines
  title: asTitle,
  headings: [asH1, asH2, asH3, asH4, asH5],
  body: texts([...asP1, ...asP2, ...asP3, ...asP4, ...asL1, ...asP5, ...asP6]),
  bylines: ['By Gwen Marlowe', 'November 12, 2025', 'November 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Allotment Ledger', 'Growing food on half a plot in the Welsh Marches', ...asNav, 'Main Menu', asDisclosure,
    'Table of Contents', 'Toggle', asCaption, 'Previous Post', 'Next Post', `1 thought on “${asTitle}”`, asComment.name, asComment.date,
    asComment.text, 'Reply', ...asForm, 'Search for:', 'Search', 'Recent Posts', ...asRecent.slice(2), 'Recent Comments', ...asRecentComments.flat(),
    'Archives', ...asArchives, 'Categories', ...asCats.slice(3), 'Copyright © 2025 The Allotment Ledger | Powered by Astra WordPress Theme',
    'Scroll to Top', ...asCookie,
  ],
};
