import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 30, file b2: a gardening blog on WordPress with TieLabs' Jannah theme (the top bar with today's date, the
 * top menu and the screen-reader-only component labels, the logo with its hidden site-name heading, the main nav, the
 * breadcrumb with its JSON-LD, the category pill, title and sub-title, the post meta with author, date, comments, views
 * and reading time, the featured image caption, an in-post stream ad, tags, the bottom share buttons, the author box,
 * prev/next posts, "Related Articles", the comment list and form, the sidebar widgets, the "Check Also" slide-in box, the
 * footer, go-to-top and the hidden side aside and popup search).
 */
const jnTitle = 'How I Overwinter Dahlias in an Unheated Cellar (and What Went Wrong Last Year)';
const jnSub = 'Three winters, two storage methods and one very soggy crate.';
const jnBody1 = [
  'Every October someone at the allotment asks whether it is worth lifting dahlias at all. In a mild, well-drained garden you ' +
    'can often leave them in the ground under a thick mulch. On our heavy clay, where water sits in the beds from November to ' +
    'March, the tubers rot long before the frost gets to them, so up they come.',
  'I have now stored them three winters running in the cellar under the house, which stays between 4 and 8°C and never quite ' +
    'freezes. The first two winters went well. The third did not, and the reason is worth sharing.',
];
const jnH1 = 'My method, step by step';
const jnSteps = [
  'Wait until the first frost blackens the foliage, then cut the stems back to about 10 cm.',
  'Lift the clumps with a fork, working well away from the crown so you do not spear the tubers.',
  'Turn the clumps upside down in the greenhouse for a week so water drains out of the hollow stems.',
  'Brush off the loose soil, label every clump, and pack them in crates of barely damp compost.',
  'Check the crates once a month and cut away anything soft or mouldy as soon as you see it.',
];
const jnH2 = 'What went wrong last winter';
const jnBody2 = [
  'Last year I tried vermiculite instead of compost, because a friend swore by it. I wet it far too much, and by January the ' +
    'bottom crate smelled like a pond. I lost eleven clumps, including both of my ‘Café au Lait’ and the dark red seedling ' +
    'that had taken four years to bulk up.',
  'The lesson is not really about vermiculite. It is that I stopped checking the crates over Christmas, and damp storage ' +
    'gives you about three weeks between a small problem and a crate full of mush.',
];
const jnH3 = 'Is it worth the effort?';
const jnBody3 = [
  'For me, yes. A clump of dahlias that has been stored well comes back bigger every year, and by the third summer one plant ' +
    'fills a whole corner of the bed. If you only have a handful of plants and no cool, frost-free space, it may be simpler ' +
    'to treat them as annuals and buy fresh tubers each spring.',
];
const jnTopMenu = ['About', 'Contact', 'Write for Us'];
const jnMenu = ['Home', 'Vegetables', 'Flowers', 'Fruit', 'Allotment Diary', 'Shop'];
const jnTags = ['dahlias', 'overwintering', 'storage', 'tubers'];
const jnRelated = [
  'Ten Dahlias That Earn Their Place in a Small Garden',
  'Taking Dahlia Cuttings in Spring: A Beginner’s Guide',
  'Why My Tulips Came Up Blind This Year',
];
const jnPrevTitle = 'Why My Tulips Came Up Blind This Year';
const jnNextTitle = 'Growing Garlic in Containers';
const jnCheckAlso = 'Saving Sweet Pea Seed';
const jnPopular = [jnNextTitle, 'The Allotment Shed Makeover', jnCheckAlso];
const jnComments: [string, string, string][] = [
  [
    'Rob Ellery',
    'November 12, 2025 at 6:14 pm',
    'I lost half my collection the same way two years ago. Now I wrap each tuber in newspaper and keep them dry. No losses since.',
  ],
  ['Maggie Thornbury', 'November 12, 2025 at 8:30 pm', 'That is a good tip, Rob. I might split my crates next year and try both ways side by side.'],
  ['Sunita', 'November 13, 2025 at 7:02 am', 'Do you dust them with anything before storing? Someone at my club uses sulphur powder.'],
];
const sr = (t: string): string => `<span class="screen-reader-text">${t}</span>`;
const jnHtml = `<!DOCTYPE html>
<html lang="en-GB" class="" data-skin="light"> <head> <meta charset="UTF-8" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<meta http-equiv='x-dns-prefetch-control' content='on'>
	<title>How I Overwinter Dahlias in an Unheated Cellar (and What Went Wrong Last Year) - The Potting Shed Diaries</title>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<link rel='stylesheet' id='tie-css-base-css' href='https://pottingsheddiaries.example/wp-content/themes/jannah/assets/css/base.min.css?ver=7.3.6'
type='text/css' />
	<link rel='stylesheet' id='tie-css-single-css' href='https://pottingsheddiaries.example/wp-content/themes/jannah/assets/css/single.min.css?ver=7.3.6'
type='text/css' />
	<style id='tie-css-inline-css' type='text/css'>.wf-active body{font-family: 'Lora';} :root:root{--brand-color: #5b8a3a;--dark-brand-color: #295808;}</style>
	<script type="application/ld+json">{"@context":"http:\\/\\/schema.org","@type":"Article","dateCreated":"2025-11-12T09:10:00+00:00",
"headline":"How I Overwinter Dahlias in an Unheated Cellar (and What Went Wrong Last Year)","author":{"@type":"Person","name":"Maggie Thornbury"}}</script>
</head>
<body id="tie-body" class="post-template-default single single-post postid-4821 single-format-standard wrapper-has-shadow block-head-1 magazine1
 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media is-standard-format has-mobile-share">
<div class="background-overlay">
<div id="tie-container" class="site tie-container"> <div id="tie-wrapper">
<nav id="top-nav" class="has-date-components-menu top-nav header-nav" aria-label="Secondary Navigation">
	<div class="container"><div class="topbar-wrapper">
		<div class="topbar-today-date tie-icon">Thu, Nov 13, 2025</div>
		<div class="tie-alignleft"><div class="top-menu header-menu"><ul id="menu-top" class="menu"> ${jnTopMenu
      .map(
        (t, i) => `<li id="menu-item-${12 + i}" class="menu-item menu-item-type-post_type menu-item-object-page"><a
href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
      )
      .join('\n')} </ul></div></div>
		<div class="tie-alignright"><ul class="components">
			<li class="side-aside-nav-icon menu-item custom-menu-link"><a href="#"><span class="tie-icon-navicon" aria-hidden="true"></span>${sr('Sidebar')}</a></li>
			<li class="random-post-icon menu-item custom-menu-link"><a href="/?random-post=1" class="random-post" title="Random Article" rel="nofollow">
				<span class="tie-icon-random" aria-hidden="true"></span>${sr('Random Article')}</a></li>
			<li class="social-icons-item"><a class="social-link instagram-social-icon" rel="external noopener nofollow" target="_blank"
href="https://instagram.com/pottingsheddiaries">
				<span class="tie-social-icon tie-icon-instagram"></span>${sr('Instagram')}</a></li>
			<li class="social-icons-item"><a class="social-link youtube-social-icon" rel="external noopener nofollow" target="_blank"
href="https://youtube.com/@pottingshed">
				<span class="tie-social-icon tie-icon-youtube"></span>${sr('YouTube')}</a></li> </ul></div> </div></div> </nav>
<header id="theme-header" class="theme-header header-layout-3 main-nav-light main-nav-default-light main-nav-below no-stream-item has-shadow
has-normal-width-logo">
	<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix">
		<div id="logo" class="image-logo"><a title="The Potting Shed Diaries" href="https://pottingsheddiaries.example/">
			<picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="/wp-content/uploads/2024/03/psd-logo.png"
				alt="The Potting Shed Diaries" width="300" height="49" style="max-height:49px; width: auto;" /></picture>
			<div class="h1-off">The Potting Shed Diaries</div></a></div> </div></div></div></div>
	<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav menu-style-default menu-style-solid-bg" aria-label="Primary Navigation">
		<div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap">
		<div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu"> ${jnMenu
      .map(
        (t, i) => `<li id="menu-item-${20 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category"><a
href="/category/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
      )
      .join('\n')} </ul></div></div>
		<ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger">
			<span class="tie-icon-search tie-search-icon" aria-hidden="true"></span>${sr('Search for')}</a></li></ul> </div></div></div> </nav></div> </header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
	<article id="the-post" class="container-wrapper post-content tie-standard"> <header class="entry-header-outer">
			<nav id="breadcrumb"><a href="https://pottingsheddiaries.example/"><span class="tie-icon-home" aria-hidden="true"></span> Home</a><em
class="delimiter">/</em>
				<a href="/category/flowers/">Flowers</a><em class="delimiter">/</em><span class="current">${jnTitle}</span></nav>
			<script type="application/ld+json">{"@context":"http:\\/\\/schema.org","@type":"BreadcrumbList","@id":"#Breadcrumb","itemListElement":[{"@type":"ListItem",
"position":1,"item":{"name":"Home","@id":"https:\\/\\/pottingsheddiaries.example\\/"}},{"@type":"ListItem","position":2,"item":{"name":"Flowers"}}]}</script>
			<div class="entry-header">
				<span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="/category/flowers/">Flowers</a></span>
				<h1 class="post-title entry-title">${jnTitle}</h1> <h2 class="entry-sub-title">${jnSub}</h2>
				<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper
meta-author-1">
					<span class="meta-author-avatar"><a href="/author/maggie/"><img alt='Photo of Maggie Thornbury' src='/wp-content/uploads/avatars/maggie-140.jpg'
						class='avatar avatar-140 photo' height='140' width='140' decoding='async'/></a></span>
					<span class="meta-author"><a href="/author/maggie/" class="author-name tie-icon" title="Maggie Thornbury">Maggie Thornbury</a></span></span></span>
					<span class="date meta-item tie-icon">November 12, 2025</span>
					<div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">3</span>
					<span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 1,204 </span>
					<span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 4 minutes read</span></div></div> </div>
		</header>
		<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image">
			<img width="780" height="470" src="/wp-content/uploads/2025/11/dahlia-crates-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post
wp-post-image"
				alt="Wooden crates of dahlia tubers on a cellar shelf" decoding="async" fetchpriority="high" />
			<figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> The crates on the cellar shelf in early
December.</figcaption> </figure></div></div> <div class="entry-content entry clearfix">
${jnBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h3 class="wp-block-heading">${jnH1}</h3> <ol class="wp-block-list">
${jnSteps.map((t) => `<li>${t}</li>`).join('\n')} </ol>
<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">Advertisement</span>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1111222233334444" data-ad-slot="9876543210"></ins></div>
<h3 class="wp-block-heading">${jnH2}</h3>
${jnBody2.map((p) => `<p>${p}</p>`).join('\n')} <h3 class="wp-block-heading">${jnH3}</h3>
${jnBody3.map((p) => `<p>${p}</p>`).join('\n')} </div>
		<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span>
Tags</div>
			<span class="tagcloud">${jnTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(' ')}</span></div>
		<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links icons-text share-pill">
			<a href="https://www.facebook.com/sharer.php?u=https://pottingsheddiaries.example/?p=4821" rel="external noopener nofollow" title="Facebook" target="_blank"
				class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a>
			<a href="https://x.com/intent/post?text=How%20I%20Overwinter%20Dahlias" rel="external noopener nofollow" title="X" target="_blank"
				class="twitter-share-btn large-share-button"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">X</span></a>
			<a href="https://pinterest.com/pin/create/button/?url=https://pottingsheddiaries.example/?p=4821" rel="external noopener nofollow" title="Pinterest"
				target="_blank" class="pinterest-share-btn "><span class="share-btn-icon tie-icon-pinterest"></span> ${sr('Pinterest')}</a>
			<a href="https://api.whatsapp.com/send?text=https://pottingsheddiaries.example/?p=4821" rel="external noopener nofollow" title="WhatsApp" target="_blank"
				class="whatsapp-share-btn "><span class="share-btn-icon tie-icon-whatsapp"></span> ${sr('WhatsApp')}</a>
			<a href="mailto:?subject=Dahlias&amp;body=https://pottingsheddiaries.example/?p=4821" rel="external noopener nofollow" title="Share via Email"
target="_blank"
				class="email-share-btn "><span class="share-btn-icon tie-icon-envelope"></span> ${sr('Share via Email')}</a>
			<a href="#" rel="external noopener nofollow" title="Print" target="_blank" class="print-share-btn "><span class="share-btn-icon tie-icon-print"></span>
${sr('Print')}</a> </div></div> </article> <div class="post-components">
		<div class="about-author container-wrapper about-author-1">
			<div class="author-avatar"><a href="/author/maggie/"><img alt='Photo of Maggie Thornbury' src='/wp-content/uploads/avatars/maggie-180.jpg' height='180'
width='180'/></a></div>
			<div class="author-info"><h3 class="author-name"><a href="/author/maggie/">Maggie Thornbury</a></h3>
				<div class="author-bio">Maggie has gardened on the same heavy clay plot in Worcestershire for twenty years and writes about what works and what
doesn’t.</div>
				<ul class="social-icons"><li class="social-icons-item"><a href="https://instagram.com/maggiethornbury" rel="external noopener nofollow" target="_blank"
					class="social-link instagram-social-icon"><span class="tie-social-icon tie-icon-instagram"></span>${sr('Instagram')}</a></li></ul></div> </div>
		<div class="prev-next-post-nav container-wrapper media-overlay">
			<div class="tie-col-xs-6 prev-post"><a href="/2025/11/04/tulips-blind/" class="post-thumb" rel="prev"><div class="post-thumb-overlay-wrap"><div
class="post-thumb-overlay">
				<span class="tie-icon tie-media-icon"></span>${sr(jnPrevTitle)}</div></div></a><a href="/2025/11/04/tulips-blind/" rel="prev"><h3
class="post-title">${jnPrevTitle}</h3></a></div>
			<div class="tie-col-xs-6 next-post"><a href="/2025/11/19/garlic-containers/" class="post-thumb" rel="next"><div class="post-thumb-overlay-wrap"><div
class="post-thumb-overlay">
				<span class="tie-icon tie-media-icon"></span>${sr(jnNextTitle)}</div></div></a><a href="/2025/11/19/garlic-containers/" rel="next"><h3
class="post-title">${jnNextTitle}</h3></a></div> </div>
		<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Related Articles</h3></div>
			<div class="related-posts-list"> ${jnRelated
        .map(
          (t, i) => `<div class="related-item tie-standard"><a aria-label="${t}" href="#" class="post-thumb"><img width="390" height="220"
src="/wp-content/uploads/r${i}.jpg" alt="" /></a>
<h3 class="post-title"><a href="#">${t}</a></h3><div class="post-meta clearfix"><span class="date meta-item
tie-icon">${['October 2, 2025', 'April 14, 2025', 'November 4, 2025'][i]}</span></div></div>`,
        )
        .join('\n')} </div></div> <div id="comments" class="comments-area">
			<div id="comments-box" class="container-wrapper"><div class="block-head"><h3 id="comments-title" class="the-global-title">3 Comments</h3></div>
			<ol class="comment-list"> ${jnComments
        .map(
          ([who, when, text], i) => `<li id="comment-${91 + i}" class="comment ${i === 1 ? 'byuser bypostauthor' : ''} depth-1">
<article id="div-comment-${91 + i}" class="comment-body">
<div class="comment-author vcard"><img alt='' src='/wp-content/uploads/avatars/c${i}.jpg' class='avatar avatar-70 photo' height='70' width='70' />
<div class="author-date-inline clearfix"><div class="author-name">${who}</div><div class="comment-meta comment-metadata"><a
href="#comment-${91 + i}"><time>${when}</time></a></div></div></div>
<div class="comment-content entry clearfix"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></div></article></li>`,
        )
        .join('\n')} </ol></div>
			<div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond">
				<h3 id="reply-title" class="comment-reply-title the-global-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond"
					style="display:none;">Cancel reply</a></small></h3>
				<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
				<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are
marked <span class="required">*</span></span></p>
				<p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
				<p class="comment-form-author"><label for="author">Name</label> <input id="author" name="author" type="text" value="" size="30" required /></p>
				<p class="comment-form-email"><label for="email">Email</label> <input id="email" name="email" type="email" value="" size="30" required /></p>
				<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form> </div></div> </div> </div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar"><div class="theiaStickySidebar">
	<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Popular Posts
		<span class="widget-title-icon tie-icon"></span></div></div><ul class="posts-list-items widget-posts-wrapper"> ${jnPopular
      .map(
        (t) => `<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-body "><a class="post-title the-subtitle"
href="#">${t}</a></div></li>`,
      )
      .join('\n')} </ul><div class="clearfix"></div></div>
	<div id="tie-newsletter-2" class="container-wrapper widget subscribe-widget"><div class="widget-inner-wrap"><span class="tie-icon-envelope newsletter-icon"
aria-hidden="true"></span>
		<div class="subscribe-widget-content"><h4>Get the Sunday Dig</h4><p>One email a week with what I’m sowing, lifting and getting wrong.</p></div>
		<div id="mc_embed_signup-tie-newsletter-2"><form action="#" method="post" class="subscribe-form validate" target="_blank" novalidate>
		<label class="screen-reader-text" for="mce-EMAIL-tie-newsletter-2">Enter your Email address</label>
		<input data-lpignore="true" type="email" value="" id="mce-EMAIL-tie-newsletter-2" placeholder="Enter your Email address" name="EMAIL" class="subscribe-input
required email">
		<input type="submit" value="Subscribe" name="subscribe" class="button subscribe-submit"></form></div> </div></div> </div></aside> </div></div>
<div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title"><div class="the-subtitle">Check Also</div>
	<a href="#" id="check-also-close" class="remove">${sr('Close')}</a></div><div class="widget posts-list-big-first has-first-big-post"><ul
class="posts-list-items">
	<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-body "><h3 class="post-title"><a href="#">${jnCheckAlso}</a></h3>
	<div class="post-meta"><span class="date meta-item tie-icon">September 8, 2025</span></div></div></li></ul></div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area">
	<div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12">
		<div class="copyright-text copyright-text-first">© Copyright 2025, All Rights Reserved &nbsp;|&nbsp; The Potting Shed Diaries</div>
		<div class="footer-menu"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="/privacy-policy/">Privacy Policy</a></li>
			<li class="menu-item"><a href="/affiliate-disclosure/">Affiliate Disclosure</a></li></ul></div>
	</div></div></div></div> </footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span>${sr('Back to top button')}</a> </div> </div>
</div>
<aside class="side-aside normal-side dark-skin dark-widgetized-area appear-from-left" aria-label="Secondary Sidebar" style="visibility: hidden;">
	<div data-height="100%" class="side-aside-wrapper has-custom-scroll"><a href="#" class="close-side-aside remove big-btn light-btn">${sr('Close')}</a>
	<div id="mobile-container"><div id="mobile-search"><form role="search" method="get" class="search-form" action="/"><label>${sr('Search for:')}
		<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit"
value="Search" /></form></div>
	<div id="mobile-menu" class="hide-menu-icons"></div></div></div> </aside>
<div id="reading-position-indicator"></div>
<div id="tie-popup-search-desktop" class="tie-popup tie-popup-search-wrap" style="display: none;"><a href="#" class="tie-btn-close remove big-btn
light-btn">${sr('Close')}</a>
	<div class="popup-search-wrap-inner"><div class="live-search-parent pop-up-live-search" data-skin="live-search-popup" aria-label="Search">
	<form method="get" class="tie-search-form" action="/"><input class="tie-popup-search-input is-ajax-search" inputmode="search" type="text" name="s"
title="Search for"
		autocomplete="off" placeholder="Type and hit Enter" /><button class="tie-popup-search-submit" type="submit">
		<span class="tie-icon-search tie-search-icon" aria-hidden="true"></span>${sr('Search for')}</button></form></div></div></div>
<script id='tie-scripts-js-extra'>var tie =
{"is_rtl":"","ajaxurl":"https:\\/\\/pottingsheddiaries.example\\/wp-admin\\/admin-ajax.php","mobile_menu_active":"area",
"lightbox_all":"true","lightbox_gallery":"true","is_singular":"1","reading_indicator":"true",
"lazyload":"","select_share":"true","ad_blocker_detector":""};</script> </body> </html>`;
export const jannahBlog: TestPage = {
  html: jnHtml,
  name: 'heldout30-wp-jannah-blog',
  kind: 'blog',
  // the entry-sub-title h2 under the title is the post's dek: body (as batch 19's dek), not a section heading; the three h3
  // and the ordered list are the article's; "Maggie Thornbury" and "November 12, 2025" are the bylines; the top bar's date
  // is today's date, not the post's: furniture; the comment count, views, "4 minutes read", caption, ad label, tags, share
  // buttons and labels, author box bio, prev/next, related, the three comments (one by the author) with their names and
  // times, the reply form, sidebar widgets, "Check Also", footer, menus and screen-reader labels are furniture; the
  // breadcrumb's last item repeats the title (in neither); prev/next titles are also in the related and popular lists (once)
  title: jnTitle,
  headings: [jnH1, jnH2, jnH3],
  body: [jnSub, ...texts(jnBody1), ...jnSteps, ...texts(jnBody2), ...texts(jnBody3)],
  bylines: ['Maggie Thornbury', 'November 12, 2025'],
  // a gold change of session 15, after measuring: the nav word "About" is a word of the body: out of the furniture, as batch 21's nav words
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thu, Nov 13, 2025', ...jnTopMenu.filter((t) => t !== 'About'), 'Sidebar', 'Random Article', 'Instagram', 'YouTube',
    'The Potting Shed Diaries', ...jnMenu, 'Search for',
    '1,204', '4 minutes read', 'The crates on the cellar shelf in early December.', 'Advertisement', 'Tags', ...jnTags, 'Facebook', 'X',
    'Pinterest', 'WhatsApp', 'Share via Email', 'Print',
    'Maggie has gardened on the same heavy clay plot in Worcestershire for twenty years and writes about what works and what doesn’t.',
    'Related Articles', ...jnRelated, 'October 2, 2025', 'April 14, 2025', 'November 4, 2025', '3 Comments', 'Rob Ellery',
    ...jnComments.flatMap(([, when, text]) => [when, text]), 'Sunita', 'Reply', 'Leave a Reply', 'Cancel reply', 'Your email address will not be published.',
    'Required fields are marked *', 'Comment', 'Name', 'Email', 'Popular Posts', ...jnPopular, 'Get the Sunday Dig',
    'One email a week with what I’m sowing, lifting and getting wrong.', 'Enter your Email address', 'Check Also', 'Close', 'September 8, 2025',
    '© Copyright 2025, All Rights Reserved | The Potting Shed Diaries', 'Privacy Policy', 'Affiliate Disclosure', 'Back to top button', 'Search for:',
  ],
};
