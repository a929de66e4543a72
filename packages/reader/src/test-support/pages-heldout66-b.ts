import { plain, type TestPage, texts } from './page-kit.js';
import { tumblrTextPost } from './pages-heldout66-b2.js';

/**
 * Held-out batch 66, file b: a WordPress travel post on the OceanWP theme (top bar with a tagline and social icons, the
 * minimal header with logo, menu and search dropdown, the page header repeating the title as the h1 with breadcrumbs, the
 * post's own title as an h2, the meta list with screen-reader labels, an Easy Table of Contents box, an image with a caption,
 * tags, Ocean Social Sharing, previous/next post, "You Might Also Like", the comment form, the right sidebar with an "About
 * Me" widget, search, categories with counts and recent posts, the footer widgets with a newsletter form, the copyright bar
 * and the mobile dropdown menu repeating the nav).
 */
const owSite = 'Slow Road North';
const owTitle = 'Three Days on the Causeway Coast Without a Car';
const owIntro = [
  'Most itineraries for the Causeway Coast assume you have a car, and most of the car parks along it are full by ten in the ' +
    'morning from May onwards. We wanted to see whether the coast works on foot and by bus, and after three days between Portrush ' +
    'and Ballycastle the answer is yes, with a little planning and a willingness to walk more than the guidebooks suggest.',
];
const owH = [
  'Getting there and getting around',
  'Day one: Portrush to the Giant&#8217;s Causeway',
  'Day two: the cliff path to Ballintoy',
  'Day three: Ballycastle and Rathlin',
];
const owS1 = [
  'The train from Belfast to Coleraine takes about an hour and a half, and a connecting service runs on to Portrush. From there ' +
    'the Causeway Rambler bus runs along the coast road roughly every hour in summer, and a day ticket covered every hop we made.',
  'The bus drivers were happy to stop at the smaller halts if asked, which matters, because several of the best walks start from ' +
    'a lay-by rather than a village.',
];
const owS2 = [
  'We walked the first stretch, from the East Strand at Portrush along the cliffs to Dunluce Castle, about six kilometres with a ' +
    'long climb out of White Rocks. The castle was busy, but the path beyond it was almost empty, and we ate our lunch on the grass ' +
    'above Portballintrae watching the tide go out.',
  'From Portballintrae an old tramway path runs inland to the Causeway visitor centre. We arrived late in the afternoon, when the ' +
    'coach parties had gone, and had the stones nearly to ourselves for an hour.',
];
const owS3 = [
  'This is the section to do if you do only one. The path follows the clifftop east from the Causeway for around sixteen ' +
    'kilometres, dropping to sea level at Dunseverick and again at White Park Bay, where cattle graze on the dunes and the beach ' +
    'is rarely crowded even in August.',
  'It is not a path for wet weather. Parts of it run close to a sheer edge with no fence, and after rain the stiles and ' +
    'boardwalks are slippery. We checked the forecast each morning and would have swapped days two and three if it had looked poor.',
];
const owCaption = 'White Park Bay from the cliff path, looking east towards Ballintoy.';
const owS4 = [
  'The ferry from Ballycastle to Rathlin Island takes about forty minutes. We hired bikes at the harbour and rode out to the ' +
    'seabird centre at the west end, where puffins nest on the stacks below the lighthouse from late April to July.',
  'A few things worth knowing before you go:',
];
const owTips = [
  'Buy a Causeway Rambler day ticket from the driver; it is cheaper than single fares after two journeys.',
  'Book the Rathlin ferry the day before in summer. The morning sailings fill up.',
  'Carry water. Between Dunseverick and Ballintoy there is nowhere to buy any.',
];
const owEnd = [
  'We spent nothing on fuel or parking, saw more of the coast than we would have from a windscreen, and came home with sore legs ' +
    'and a list of walks we still want to do.',
];
const owNav = ['Home', 'Destinations', 'Train Journeys', 'Walking', 'About'];
const owRelated = [
  { t: 'The Slow Train from Belfast to Derry', d: 'March 28, 2025' },
  { t: 'Walking the Mourne Wall in Two Days', d: 'February 14, 2025' },
  { t: 'A Weekend in Donegal by Bus', d: 'January 30, 2025' },
];
const owCats = ['Northern Ireland (14)', 'Scotland (9)', 'Train Journeys (21)', 'Walking (17)'];
const owRecent = ['Cycling the Lagan Towpath', 'The Slow Train from Belfast to Derry', 'Walking the Mourne Wall in Two Days'];
const anchor = (h: string): string =>
  plain(h)
    .replace(/[^A-Za-z]+/g, '_')
    .replace(/_$/, '');
const owHead = (h: string): string =>
  `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${anchor(h)}" ez-toc-data-id="#${anchor(h)}"></span>${h}<span
 class="ez-toc-section-end"></span></h2>`;
const owMenu = owNav
  .map(
    (t, i) => `<li id="menu-item-${40 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${40 + i}">
<a href="https://slowroadnorth.example/${t.toLowerCase().replace(/ /g, '-')}/" class="menu-link"><span class="text-wrap">${t}</span></a></li>`,
  )
  .join('\n');
const owShare = ['X', 'Facebook', 'Pinterest', 'Email']
  .map(
    (t) => `<li class="${t.toLowerCase()}"><a href="https://slowroadnorth.example/share/${t.toLowerCase()}" aria-label="Share on ${t}"
 onclick="oss_onClick( this.href );return false;"><span class="screen-reader-text">Opens in a new window</span><span class="oss-icon-wrap">
<svg class="oss-icon" role="img" viewBox="0 0 512 512" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false"><path d="M0 0"/></svg>
</span></a></li>`,
  )
  .join('\n');
const owHtml = `<!DOCTYPE html>
<html class="html" lang="en-GB"> <head> <meta charset="UTF-8"> <link rel="profile" href="https://gmpg.org/xfn/11">
<title>${owTitle} &#8211; ${owSite}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" id="oceanwp-style-css" href="https://slowroadnorth.example/wp-content/themes/oceanwp/assets/css/style.min.css?ver=4.0.5" media="all">
<link rel="stylesheet" id="ez-toc-css" href="https://slowroadnorth.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.73"
 media="all">
<style id="ez-toc-inline-css">div#ez-toc-container .ez-toc-title {font-size: 120%;}div#ez-toc-container .ez-toc-title {font-weight: 500;}</style>
<!-- OceanWP CSS --><style type="text/css">#site-header.has-header-media .overlay-header-media{background-color:rgba(0,0,0,0.5)}
#top-bar-wrap,.oceanwp-top-bar-sticky{background-color:#21343f}#top-bar-wrap,#top-bar-content strong{color:#e6ecef}</style> </head>
<body class="post-template-default single single-post postid-3120 single-format-standard wp-custom-logo wp-embed-responsive oceanwp-theme dropdown-mobile
 default-breakpoint has-sidebar content-right-sidebar post-in-category-northern-ireland has-topbar has-breadcrumbs" itemscope="itemscope"
 itemtype="https://schema.org/Article"> <div id="outer-wrap" class="site clr"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="wrap" class="clr"><div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container"><div id="top-bar-inner" class="clr">
<div id="top-bar-content" class="clr has-content top-bar-left"><span class="topbar-content">Travelling slowly around Ireland and Scotland, mostly by
 train</span></div> <div id="top-bar-social" class="clr top-bar-right"><ul class="clr" aria-label="Social links"><li class="oceanwp-instagram"><a
 href="https://instagram.com/slowroadnorth"
 aria-label="Instagram (opens in a new tab)" target="_blank" rel="noopener noreferrer"><i class=" fab fa-instagram" aria-hidden="true" role="img"></i></a></li>
<li class="oceanwp-pinterest"><a href="https://pinterest.com/slowroadnorth" aria-label="Pinterest (opens in a new tab)" target="_blank"
 rel="noopener noreferrer"><i class=" fab fa-pinterest-p" aria-hidden="true" role="img"></i></a></li></ul></div></div></div></div>
<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner">
<div id="site-header-inner" class="clr container"><div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand"><div id="site-logo-inner"
 class="clr"> <a href="https://slowroadnorth.example/" class="custom-logo-link" rel="home"><img width="220" height="60"
 src="https://slowroadnorth.example/wp-content/uploads/logo.png"
 class="custom-logo" alt="${owSite}" decoding="async"></a></div></div>
<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" itemscope="itemscope"
 itemtype="https://schema.org/SiteNavigationElement" role="navigation"><ul id="menu-main-menu" class="main-menu dropdown-menu sf-menu">
${owMenu}
<li class="search-toggle-li"><a href="https://slowroadnorth.example/#" class="site-search-toggle search-dropdown-toggle"><span class="screen-reader-text">Toggle
 website search</span><i class=" icon-magnifier" aria-hidden="true" role="img"></i></a></li></ul>
<div id="searchform-dropdown" class="header-searchform-wrap clr"><form aria-label="Search this website" role="search" method="get" class="searchform"
 action="https://slowroadnorth.example/"><input aria-label="Insert search query" type="search" id="ocean-search-form-1" class="field" autocomplete="off"
 placeholder="Search" name="s"></form></div></nav></div>
<div class="oceanwp-mobile-menu-icon clr mobile-right"><a href="https://slowroadnorth.example/#mobile-menu-toggle" class="mobile-menu" aria-label="Mobile Menu">
<i class="fa fa-bars" aria-hidden="true"></i><span class="oceanwp-text">Menu</span><span class="oceanwp-close-text">Close</span></a></div></div></header>
<main id="main" class="site-main clr" role="main">
<header class="page-header"><div class="container clr page-header-inner"><h1 class="page-header-title clr" itemprop="headline">${owTitle}</h1>
<nav role="navigation" aria-label="Breadcrumbs" class="site-breadcrumbs clr position-under-title"><ol class="trail-items" itemscope
 itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="3"><meta name="itemListOrder" content="Ascending">
<li class="trail-item trail-begin" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="https://slowroadnorth.example"
 rel="home"
 aria-label="Home" itemprop="item"><span itemprop="name"><i class=" icon-home" aria-hidden="true" role="img"></i><span
 class="breadcrumb-home has-icon">Home</span>
</span></a><span class="breadcrumb-sep">&gt;</span><meta itemprop="position" content="1"></li><li class="trail-item" itemprop="itemListElement" itemscope
 itemtype="https://schema.org/ListItem"><a href="https://slowroadnorth.example/category/northern-ireland/" itemprop="item"><span itemprop="name">Northern
 Ireland</span></a><span class="breadcrumb-sep">&gt;</span><meta itemprop="position" content="2"></li><li class="trail-item trail-end"
 itemprop="itemListElement"
 itemscope itemtype="https://schema.org/ListItem"><span itemprop="name"><a
 href="https://slowroadnorth.example/causeway-coast-without-a-car/">${owTitle}</a></span>
<meta itemprop="position" content="3"></li></ol></nav></div></header>
<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">
<article id="post-3120" class="single-post-article clr">
<div class="thumbnail"><img width="1200" height="800" src="https://slowroadnorth.example/wp-content/uploads/2025/05/causeway.jpg"
 class="attachment-full size-full
 wp-post-image" alt="You are currently viewing ${owTitle}" itemprop="image" decoding="async" fetchpriority="high"></div>
<header class="entry-header clr"><h2 class="single-post-title entry-title" itemprop="headline">${owTitle}</h2></header>
<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name"><span class="screen-reader-text">Post author:</span><i class=" icon-user"
 aria-hidden="true"
 role="img"></i><a href="https://slowroadnorth.example/author/aoife/" title="Posts by Aoife Brennan" rel="author" itemprop="author" itemscope="itemscope"
 itemtype="https://schema.org/Person">Aoife Brennan</a></li><li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Post
 published:</span>
<i class=" icon-clock" aria-hidden="true" role="img"></i>May 2, 2025</li><li class="meta-cat"><span class="screen-reader-text">Post category:</span><i
 class=" icon-folder" aria-hidden="true" role="img"></i><a href="https://slowroadnorth.example/category/northern-ireland/" rel="category tag">Northern
 Ireland</a> </li><li class="meta-comments"><span class="screen-reader-text">Post comments:</span><i class=" icon-bubble" aria-hidden="true" role="img"></i><a
 href="https://slowroadnorth.example/causeway-coast-without-a-car/#respond" class="comments-link">0 Comments</a></li></ul>
<div class="entry-content clr" itemprop="text">
${owIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div id="ez-toc-container" class="ez-toc-v2_0_73 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container">
<p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#"
 class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs
 ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide"
 style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span"><svg style="fill: #999;color:#999" xmlns="http://www.w3.org/2000/svg"
 class="list-377408" width="20px" height="20px" viewBox="0 0 24 24" fill="none"><path d="M6 6H4v2h2V6z"></path></svg></span></span></span></a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1 ">${owH
  .map(
    (h, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#${anchor(h)}"
 title="${plain(h)}">${h}</a></li>`,
  )
  .join('')}</ul></nav></div>
${owHead(owH[0]!)}
${owS1.map((p) => `<p>${p}</p>`).join('\n')}
${owHead(owH[1]!)}
${owS2.map((p) => `<p>${p}</p>`).join('\n')}
${owHead(owH[2]!)}
${owS3.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683"
 src="https://slowroadnorth.example/wp-content/uploads/2025/05/white-park-bay-1024x683.jpg" alt="" class="wp-image-3131"><figcaption
 class="wp-element-caption">${owCaption}</figcaption></figure>
${owHead(owH[3]!)}
${owS4.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="wp-block-list">
${owTips.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${owEnd.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="post-tags clr"><span class="owp-tag-text">Tags: </span><a href="https://slowroadnorth.example/tag/antrim/" rel="tag">Antrim</a><span
 class="owp-sep">,</span> <a href="https://slowroadnorth.example/tag/car-free-travel/" rel="tag">car-free travel</a><span class="owp-sep">,</span>
 <a href="https://slowroadnorth.example/tag/coastal-walks/" rel="tag">coastal walks</a></div>
<div class="entry-share clr minimal side"><h3 class="theme-heading social-share-title"><span class="text" aria-hidden="true">Share This Post</span><span
 class="screen-reader-text">Share this content</span></h3><ul class="oss-social-share clr" aria-label="Available sharing options">
${owShare}
</ul></div>
<nav class="navigation post-navigation" aria-label="Read more articles"><h2 class="screen-reader-text">Read more articles</h2><div class="nav-links">
<div class="nav-previous"><a href="https://slowroadnorth.example/slow-train-belfast-derry/" rel="prev"><span class="title"><i
 class=" fas fa-long-arrow-alt-left"
 aria-hidden="true" role="img"></i> Previous Post</span><span class="post-title">${owRelated[0]!.t}</span></a></div>
<div class="nav-next"><a href="https://slowroadnorth.example/cycling-lagan-towpath/" rel="next"><span class="title"><i class=" fas fa-long-arrow-alt-right"
 aria-hidden="true" role="img"></i> Next Post</span><span class="post-title">${owRecent[0]}</span></a></div></div></nav>
<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">You Might Also Like</span></h3>
<div class="oceanwp-row clr">${owRelated
  .map(
    (r, i) => `<article class="related-post clr col span_1_of_3 col-${i + 1} post-${3000 + i} post type-post status-publish
 format-standard has-post-thumbnail hentry">
<figure class="related-post-media clr"><a href="https://slowroadnorth.example/?p=${3000 + i}" class="related-thumb"><img width="300" height="200"
 src="https://slowroadnorth.example/wp-content/uploads/r${i}.jpg" class="attachment-medium size-medium wp-post-image" alt="${r.t}"
 decoding="async"></a></figure>
<h3 class="related-post-title"><a href="https://slowroadnorth.example/?p=${3000 + i}" rel="bookmark">${r.t}</a></h3><time class="published"
 datetime="2025"><i class=" icon-clock" aria-hidden="true" role="img"></i>${r.d}</time></article>`,
  )
  .join('\n')}</div></section>
<section id="comments" class="comments-area clr"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply
 <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form
 action="https://slowroadnorth.example/wp-comments-post.php"
 method="post" id="commentform" class="comment-form" novalidate><div class="comment-textarea"><label for="comment" class="screen-reader-text">Comment</label>
<textarea name="comment" id="comment" cols="39" rows="4" tabindex="0" class="textarea-comment" placeholder="Your comment here..."></textarea></div>
<div class="comment-form-author"><label for="author" class="screen-reader-text">Enter your name or username to comment</label><input type="text" name="author"
 id="author" value="" placeholder="Name (required)" size="22" tabindex="0" aria-required="true" class="input-name"></div>
<div class="comment-form-email"><label for="email" class="screen-reader-text">Enter your email address to comment</label><input type="text" name="email"
 id="email" value="" placeholder="Email (required)" size="22" tabindex="0" aria-required="true" class="input-email"></div>
<div class="comment-form-url"><label for="url" class="screen-reader-text">Enter your website URL (optional)</label><input type="text" name="url" id="url"
 value="" placeholder="Website" size="22" tabindex="0" class="input-website"></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label
 for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Post Comment"></p></form></div></section>
</article></div></div>
<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar"
 role="complementary"
 aria-label="Primary Sidebar"><div id="right-sidebar-inner" class="clr">
<div id="ocean_about_me-2" class="sidebar-box widget oceanwp-about-me clr"><h4 class="widget-title">About Me</h4><div class="oceanwp-about-me"><div
 class="oceanwp-about-me-avatar clr"><img src="https://slowroadnorth.example/wp-content/uploads/aoife.jpg" alt="About Me"></div><h3
 class="oceanwp-about-me-name">Aoife
 Brennan</h3><div class="oceanwp-about-me-text clr">Former rail timetabler from Newry. I plan trips that start at a station and end at a pub.</div></div></div>
<div id="search-3" class="sidebar-box widget_search clr"><form aria-label="Search this website" role="search" method="get" class="searchform"
 action="https://slowroadnorth.example/"><label for="ocean-search-form-2"><span class="screen-reader-text">Search this website</span><input type="search"
 id="ocean-search-form-2" class="field" autocomplete="off" placeholder="Search" name="s"></label></form></div>
<div id="categories-2" class="sidebar-box widget_categories clr"><h4 class="widget-title">Categories</h4><ul>
${owCats
  .map(
    (c) => `<li class="cat-item"><a
 href="https://slowroadnorth.example/category/${c.split(' (')[0]!.toLowerCase().replace(/ /g, '-')}/">${c.split(' (')[0]}</a>
 (${c.split(' (')[1]}</li>`,
  )
  .join('\n')}
</ul></div>
<div id="recent-posts-3" class="sidebar-box widget_recent_entries clr"><h4 class="widget-title">Recent Posts</h4><ul>
${owRecent.map((t, i) => `<li><a href="https://slowroadnorth.example/?p=${3140 - i}">${t}</a></li>`).join('\n')}
</ul></div></div></aside>
</div></main>
<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo"><div id="footer-inner" class="clr">
<div id="footer-widgets" class="oceanwp-row clr"><div class="footer-widgets-inner container"><div class="footer-box span_1_of_3 col col-1"><div id="text-3"
 class="footer-widget widget_text clr"><h4 class="widget-title">About This Blog</h4><div class="textwidget"><p>${owSite} is written by one person and
 paid for by nobody. There are no affiliate links.</p></div></div></div><div class="footer-box span_1_of_3 col col-2"><div id="mailpoet_form-2"
 class="footer-widget widget_mailpoet_form clr"><h4 class="widget-title">The Monthly Letter</h4><div class="mailpoet_form"><form class="mailpoet_form
 mailpoet_form_widget" novalidate><div class="mailpoet_paragraph">One email a month with new routes and timetable changes.</div><div class="mailpoet_paragraph">
<input type="email" class="mailpoet_text" name="data[form_field_email]" placeholder="Email Address *" aria-label="Email Address *"></div>
<div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Subscribe"></div></form></div></div></div></div></div>
<div id="footer-bottom" class="clr no-footer-nav"><div id="footer-bottom-inner" class="container clr"><div id="copyright" class="clr"
 role="contentinfo">Copyright
 © 2025 ${owSite}. All rights reserved.</div></div></div></div></footer></div></div>
<a aria-label="Scroll to the top of the page" href="#" id="scroll-top" class="scroll-top-right"><i class=" fa fa-angle-up" aria-hidden="true"
 role="img"></i></a>
<div id="mobile-dropdown" class="clr"><nav class="clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><ul id="menu-main-menu-1"
 class="menu">
${owMenu}
</ul></nav></div>
<script id="oceanwp-main-js-extra">var oceanwpLocalize = {"nonce":"5d1e8c0b2f","isRTL":"","menuSearchStyle":"drop_down","mobileMenuSearchStyle":"disabled",
"sidrSource":null,"sidrDisplace":"1","sidrSide":"left","sidrDropdownTarget":"link","verticalHeaderTarget":"link","customScrollOffset":"0"};</script>
</body>
</html>`;
const oceanWp: TestPage = {
  html: owHtml,
  name: 'heldout66-wordpress-oceanwp',
  kind: 'blog',
  // the title is in the page header's h1, the breadcrumb's last item and the post's own h2 (all the title: in neither other
  // list); the paragraphs, the tips line and list are body, the four h2s the headings; the Easy TOC box's entries repeat the
  // headings (in neither), its "Table of Contents" label is furniture; the caption is furniture; "Aoife Brennan" (meta and
  // the About Me widget) and "May 2, 2025" are bylines, the meta's screen-reader labels ("Post author:" …) furniture; the
  // related posts' dates are part of that list: furniture; "Northern Ireland" is the breadcrumb and the category (once); the
  // categories widget is written "Northern Ireland (14)" and so on in plain text, kept whole; the menu's "Home" and "About"
  // are words of the body ("came home", "about six kilometres"): left out; the mobile menu repeats the nav (once)
  title: owTitle,
  headings: texts(owH),
  body: [...texts(owIntro), ...texts(owS1), ...texts(owS2), ...texts(owS3), ...texts(owS4), ...owTips, ...owEnd],
  bylines: ['Aoife Brennan', 'May 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Travelling slowly around Ireland and Scotland, mostly by train', ...owNav.slice(1, 4), 'Toggle website search', 'Menu',
    'Northern Ireland', 'Post author:', 'Post published:', 'Post category:', 'Post comments:', '0 Comments', 'Table of Contents', 'Toggle', owCaption,
    'Tags:', 'Antrim', 'car-free travel', 'coastal walks', 'Share This Post', 'Share this content', 'Opens in a new window', 'Read more articles',
    'Previous Post', 'Next Post', 'You Might Also Like', ...owRelated.flatMap((r) => [r.t, r.d]), 'Leave a Reply', 'Cancel reply', 'Comment',
    'Enter your name or username to comment', 'Enter your email address to comment', 'Enter your website URL (optional)',
    'Save my name, email, and website in this browser for the next time I comment.', 'About Me',
    'Former rail timetabler from Newry. I plan trips that start at a station and end at a pub.', 'Search this website', 'Categories', ...owCats,
    'Recent Posts', owRecent[0]!, 'About This Blog', `${owSite} is written by one person and paid for by nobody. There are no affiliate links.`,
    'The Monthly Letter', 'One email a month with new routes and timetable changes.', `Copyright © 2025 ${owSite}. All rights reserved.`,
  ],
};

export const HELDOUT66_B: readonly TestPage[] = [oceanWp, tumblrTextPost];
