import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 77, file b2: a personal travel blog post on WordPress with the Astra theme (skip link, site title and
 * tagline, primary menu, the entry meta "By ... / date / categories", the featured image, an affiliate disclosure at the
 * top of the entry content, the Easy Table of Contents box with its toggle, Gutenberg headings, a gallery with captions,
 * a list, the Jetpack "Share this:", "Like this:" and "Related" blocks inside the entry content, tags, the post
 * navigation, the author box, three reader comments with a reply, the comment form, the sidebar widgets, the footer
 * and the CookieYes banner).
 */
const wpTitle = 'Four slow days on the Valmora coast: cliffs, fish soup and a ferry we nearly missed';
const wpDisclosure = 'This post may contain affiliate links. If you book through them we may earn a small commission at no extra cost to you.';
const wpIntro = [
  'We had planned to spend a week in the capital, but after three days of queues and traffic we took a regional train ' +
    'south and ended up in a place neither of us had heard of a month earlier. The Valmora coast is a forty-kilometre strip ' +
    'of cliffs and small fishing towns, and it turned out to be exactly the slow, quiet trip we needed.',
  'Here is how we spent four days there, what we ate, and the one mistake we would not make again.',
];
const wpH = ['Day one: Porto Casal and the cliff path', 'Day two: the island ferry', 'Days three and four: doing very little', 'Practical tips'];
const wpDay1 = [
  'Porto Casal is the biggest town on the coast, which still means only one main street, two bakeries and a harbour full of ' +
    'blue and yellow boats. We stayed in a guesthouse above a hardware shop, run by a retired teacher who insisted on ' +
    'drawing us a map of the cliff path on a paper napkin.',
  'The path runs north from the harbour for about eleven kilometres to the village of Aldeia Nova. It is well marked with ' +
    'red and white stripes but exposed in places, so go early and take more water than you think you need. We did it in ' +
    'a little under four hours, with a long stop at a tiny beach that you can only reach by a set of steps cut into the rock.',
];
const wpDay2 = [
  'The ferry to Ilha Pequena leaves twice a day from Aldeia Nova in summer and only once in the shoulder season, which is ' +
    'how we nearly missed it. The timetable on the ferry company’s website was last year’s, so check at the harbour office ' +
    'the day before.',
  'The island has no cars, one café and a lighthouse you can climb on weekday mornings. We walked the whole loop in three ' +
    'hours and spent the rest of the afternoon eating caldeirada, a fish soup with potatoes and peppers, at the café by the ' +
    'jetty. It was the best meal of the trip.',
];
const wpDay3 = [
  'For the last two days we rented bikes in Porto Casal and rode the old railway line inland through cork oak woods to the ' +
    'market town of Serrinha. The line closed in the 1980s and has been turned into a flat gravel cycle path with picnic ' +
    'tables at the old stations.',
  'On our final day we did nothing at all except swim, read and watch the fishing boats come in. We do not regret it.',
];
const wpTipsIntro = ['A few things we wish we had known before we went:'];
const wpTips = [
  'The regional train from the capital takes three hours and costs less than a coach; book a seat on the left for sea views.',
  'Most guesthouses only take cash or bank transfer.',
  'Restaurants close between 3 pm and 7 pm, and many shut completely on Mondays.',
  'Bring sturdy shoes for the cliff path; trainers are fine in dry weather but slippery after rain.',
];
const wpOutro = [
  'If you go, tell the lady at the bakery by the harbour that we sent you. She will not remember us, but she will give you ' + 'an extra custard tart anyway.',
];
const wpCaptions = ['The harbour at Porto Casal in the early morning', 'On the cliff path to Aldeia Nova', 'Caldeirada at the jetty café'];
const wpMenu = ['Home', 'Destinations', 'Travel Tips', 'Gear We Use', 'About Us', 'Contact'];
const wpRelated: [string, string, string][] = [
  ['A rainy weekend in the northern hill towns', 'November 3, 2024', 'In “Valmora”'],
  ['Our packing list for two weeks with carry-on only', 'September 14, 2024', 'In “Travel Tips”'],
  ['Night trains we loved (and one we did not)', 'July 28, 2024', 'In “Trains”'],
];
const wpComments: [string, string, string][] = [
  ['Helen Marsh', 'March 3, 2025 at 8:14 am', 'This looks lovely! Is the cliff path OK for someone with a fear of heights?'],
  [
    'Nina Alvarez',
    'March 3, 2025 at 11:02 am',
    'Hi Helen, there are two short sections with a drop on one side, but the path is wide there. You can also skip them by taking the road.',
  ],
  ['Pieter van Dam', 'March 5, 2025 at 6:47 pm', 'We went last year on your recommendation and the fish soup was every bit as good as promised.'],
];
const wpForm = [
  'Leave a Comment',
  'Cancel Reply',
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment',
  'Name*',
  'Email*',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const wpAbout = 'Hi, we’re Nina and Rafa. We quit our office jobs in 2021 and now travel slowly, mostly by train, and write about it here.';
const wpRecent = ['Four slow days on the Valmora coast', 'How we plan a month of train travel', 'Ten things we always pack for a train trip'];
const wpCats = ['Destinations', 'Trains', 'Travel Tips', 'Valmora'];
const wpCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. ' +
    'By clicking “Accept All”, you consent to our use of cookies.',
  'Customise',
  'Reject All',
  'Accept All',
];
const wpSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const wpH2 = (t: string): string =>
  `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${wpSlug(t)}"></span>${t}<span class="ez-toc-section-end"></span></h2>`;
const wpP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const wpComment = ([n, d, t]: [string, string, string], i: number): string => `<li class="comment ${i === 1 ? 'byuser bypostauthor' : ''} depth-${
  i === 1 ? 2 : 1
}" id="li-comment-${51 + i}"><article id="comment-${51 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap">
<img alt="" src="https://secure.gravatar.com/avatar/${i}?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap ast-col-lg-12"><cite><b
class="fn">${n}</b>${i === 1 ? ' <span class="ast-highlight-text ast-cmt-post-author"></span>' : ''}</cite></div>
<div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="#comment-${51 + i}"><time
datetime="2025-03-03T08:14:00+00:00">${d}</time></a></span>
</div></header></div></div></div><section class="ast-comment-content comment"><p>${t}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link"
href="?replytocom=${51 + i}#respond">Reply</a>
</span></div></section></article>`;
const wpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wpTitle} - Two Backpacks and a Kettle</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${wpTitle}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wpTitle}",
"author":{"name":"Nina Alvarez"},"datePublished":"2025-03-02T09:00:00+00:00","articleSection":["Destinations","Valmora"]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.10" media="all">
<link rel="stylesheet" id="ez-toc-css" href="/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.71" media="all">
<link rel="stylesheet" id="jetpack-sharing-css" href="/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=14.2" media="all"></head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-2318 single-format-standard wp-custom-logo
ast-desktop ast-separate-container ast-right-sidebar astra-4.8.10 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope><span class="site-logo-img">
<a href="/" class="custom-logo-link" rel="home"><img width="60" height="60" src="/wp-content/uploads/2023/01/kettle-logo.png" class="custom-logo" alt="Two
Backpacks and a Kettle"></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">Two
Backpacks and a Kettle</a></span><p class="site-description" itemprop="description">Slow travel by train, ferry and foot</p></div></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation
ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu"
itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu
ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">${links(wpMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>
</div></nav></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2318 post type-post status-publish format-standard has-post-thumbnail hentry category-destinations category-valmora ast-article-single"
id="post-2318" itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- single-layout-1 ast-no-date-box">
<div class="ast-single-post-order"><header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="683"
src="/wp-content/uploads/2025/03/valmora-cliffs-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${wpTitle}</h1><div class="entry-meta">By <span class="posted-by vcard author"
itemtype="https://schema.org/Person" itemscope itemprop="author"><a title="View all posts by Nina Alvarez" href="/author/nina/" rel="author" class="url fn n"
itemprop="url"><span class="author-name" itemprop="name">Nina Alvarez</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">March 2, 2025</span></span> / <span class="ast-terms-link"><a href="/category/destinations/">Destinations</a>,
<a href="/category/destinations/valmora/">Valmora</a></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<p class="has-small-font-size"><em>${wpDisclosure}</em></p>
${wpP(wpIntro)}
<div id="ez-toc-container" class="ez-toc-v2_0_71 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle">
<a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span
class="ez-toc-js-icon-con">Toggle</span></a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">${wpH
  .map(
    (h, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#${wpSlug(h)}"
title="${h}">${h}</a></li>`,
  )
  .join('')}</ul></nav></div>
${wpH2(wpH[0]!)}
${wpP(wpDay1)}
<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">
${wpCaptions
  .map(
    (c, i) => `<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="683" height="1024" data-id="${2320 + i}"
src="/wp-content/uploads/2025/03/valmora-${i + 1}-683x1024.jpg" alt="" class="wp-image-${2320 + i}"><figcaption class="wp-element-caption">${c}</figcaption>
</figure>`,
  )
  .join('\n')}
</figure>
${wpH2(wpH[1]!)}
${wpP(wpDay2)}
${wpH2(wpH[2]!)}
${wpP(wpDay3)}
${wpH2(wpH[3]!)}
${wpP(wpTipsIntro)}
<ul class="wp-block-list">${wpTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${wpP(wpOutro)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${['Facebook', 'Pinterest', 'Email']
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${s.toLowerCase()} sd-button share-icon" href="#"
target="_blank" title="Click to share on ${s}"><span>${s}</span></a></li>`,
  )
  .join('')}<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-2318"
data-name="like-post-frame-2318">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button">
<span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">${wpRelated
  .map(
    ([t, d, c], i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i} jp-relatedposts-post-thumbs" data-post-id="${2100 + i}">
<a class="jp-relatedposts-post-a" href="/${wpSlug(t)}/"><img class="jp-relatedposts-post-img" loading="lazy" src="/wp-content/uploads/r${i}.jpg" alt=""></a>
<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/${wpSlug(t)}/">${t}</a></h4>
<p class="jp-relatedposts-post-date" style="display: block;">${d}</p><p class="jp-relatedposts-post-context">${c}</p></div>`,
  )
  .join('\n')}</div></div>
</div><footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/ferries/" rel="tag">ferries</a>, <a href="/tag/hiking/" rel="tag">hiking</a>,
<a href="/tag/seafood/" rel="tag">seafood</a></span></footer></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="How we plan a month of train travel"
href="/plan-train-travel/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a
title="A week of rain in the lake district" href="/week-of-rain/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div class="ast-single-author-box" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="ast-author-meta"><div
class="about-author-title-wrapper">
<h3 class="about-author">About The Author</h3></div><div class="ast-author-details"><div class="post-author-avatar"><img alt="" src="/avatar-nina.jpg"
class="avatar avatar-100 photo" height="100" width="100"></div><div class="post-author-bio"><a class="url fn n" href="/author/nina/" itemprop="url"
rel="author"><h4 class="author-title" itemprop="name">Nina Alvarez</h4></a><div class="post-author-desc">${wpAbout}</div></div></div></div></div>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
“${wpTitle}”</h3></div><ol class="ast-comment-list">
${wpComment(wpComments[0]!, 0)}<ol class="children">${wpComment(wpComments[1]!, 1)}</li></ol></li>
${wpComment(wpComments[2]!, 2)}</li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${wpForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">${wpForm[1]}</a></small></h3><form action="/wp-comments-post.php" method="post" id="ast-commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">${wpForm[2]}</span> <span class="required-field-message">${wpForm[3]}</span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea
ast-grid-common-col"><label for="comment" class="screen-reader-text">${wpForm[4]}</label><textarea id="comment" name="comment" placeholder="Type here.."
cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row"><p class="comment-form-author
ast-grid-common-col
ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">${wpForm[5]}</label><input id="author" name="author" type="text"
placeholder="Name*" size="30" aria-required="true"></p><p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="email" class="screen-reader-text">${wpForm[6]}</label><input id="email" name="email" type="text" placeholder="Email*" size="30"></p>
<p class="comment-form-url ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="url">${wpForm[7]}</label><input id="url" name="url"
type="text" placeholder="Website" size="30"></p></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">${wpForm[8]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope><div class="sidebar-main" role="complementary">
<aside id="block-2" class="widget widget_block widget_search"><form role="search" method="get" action="/" class="wp-block-search__button-outside
wp-block-search__text-button wp-block-search"><label class="wp-block-search__label" for="wp-block-search__input-1">Search</label><div
class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s"
required><button aria-label="Search" class="wp-block-search__button wp-element-button" type="submit">Search</button></div></form></aside>
<aside id="block-7" class="widget widget_block"><h2 class="wp-block-heading">About us</h2><p>${wpAbout}</p></aside>
<aside id="block-3" class="widget widget_block"><h2 class="wp-block-heading">Recent Posts</h2><ul class="wp-block-latest-posts__list
wp-block-latest-posts">${links(wpRecent)}</ul></aside>
<aside id="block-4" class="widget widget_block"><h2 class="wp-block-heading">Categories</h2><ul class="wp-block-categories-list
wp-block-categories">${links(wpCats, 'cat-item')}</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack"><div
class="ast-footer-copyright"><p>Copyright © 2025 Two Backpacks and a Kettle | Powered by <a href="https://wpastra.com" rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a></p></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">${wpCookie[0]}</p>
<div class="cky-notice-group"><div class="cky-notice-des"><p>${wpCookie[1]}</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn
cky-btn-customize">${wpCookie[2]}</button><button class="cky-btn cky-btn-reject">${wpCookie[3]}</button><button class="cky-btn cky-btn-accept">${wpCookie[4]}
</button></div></div></div></div></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.10" id="astra-theme-js-js"></script></body></html>`;
export const astraPost: TestPage = {
  html: wpHtml,
  name: 'heldout77-wordpress-astra-travel-blog',
  kind: 'blog',
  // the affiliate disclosure at the top of the entry content, the table-of-contents box (its entries are the headings:
  // left out), Jetpack's share, like and related blocks, tags and the reader comments are furniture; "By" and the "/"
  // separators are in neither list; the author's own reply in the comments repeats her byline name; the first "Recent Posts"
  // entry is a piece of the title: left out
  title: wpTitle,
  headings: wpH,
  body: [...texts(wpIntro), ...texts(wpDay1), ...texts(wpDay2), ...texts(wpDay3), ...wpTipsIntro, ...wpTips, ...wpOutro],
  bylines: ['Nina Alvarez', 'March 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Two Backpacks and a Kettle', 'Slow travel by train, ferry and foot', ...wpMenu, 'Valmora', wpDisclosure,
    'Table of Contents', 'Toggle', ...wpCaptions, 'Share this:', 'Facebook', 'Pinterest', 'Email', 'Like this:', 'Like', 'Loading...', 'Related',
    ...wpRelated.flat(), 'Tags:', 'ferries', 'hiking', 'seafood', 'Previous Post', 'Next Post', 'About The Author', wpAbout,
    `3 thoughts on “${wpTitle}”`, 'Helen Marsh', 'Pieter van Dam', ...wpComments.map((c) => c[1]), ...wpComments.map((c) => c[2]), 'Reply', ...wpForm,
    'Search', 'About us', 'Recent Posts', ...wpRecent.slice(1), 'Categories', 'Trains',
    'Copyright © 2025 Two Backpacks and a Kettle | Powered by Astra WordPress Theme', ...wpCookie,
  ],
};
