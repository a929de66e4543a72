import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file e2: a wildlife photographer's blog post on WordPress with the Astra theme (masthead menu, entry
 * meta with author, date and category, Gutenberg image and gallery blocks with captions, a pull quote block, an inline
 * "Read more" link paragraph, Jetpack's "Share this:" and "Like this:" and related posts, post navigation, two comments with
 * a reply and the comment form, the right sidebar with search, about-me, recent posts and archives, and the footer bar).
 */
const aTitle = 'Five mornings with the mountain hares of Carn Ruadh';
const aHeads = ['Finding them', 'The shoot', 'Kit and settings', 'A note on fieldcraft'];
const aIntro = [
  j(
    'Every February I promise myself I will not spend another week lying in the snow at a thousand metres, and every February',
    'I go back. This year the mountain hares of Carn Ruadh gave me the best sessions I have had in eight winters of trying.',
  ),
];
const aFind = [
  j(
    'Mountain hares turn white in winter, and in a year of poor snow that makes them easy to spot against brown heather. This year',
    'the snow came early and stayed, which is much better for photography but means you can walk right past a hare sitting',
    'in its form ten metres away.',
  ),
  j(
    'I look for tracks first thing, then scan the lee of boulders and peat hags with binoculars. A hare in its form is usually',
    'just a pair of black ear tips and a dark eye. Once I have found one, I never walk straight at it.',
  ),
];
const aShoot = [
  j(
    'On the third morning a hare let me approach to within about fifteen metres by crawling in a long zig-zag over forty minutes.',
    'It dozed, groomed, and then sat up and stretched just as a band of sun broke through the cloud and lit the spindrift behind it.',
  ),
];
const aQuote = 'If the animal changes what it is doing because of you, you are too close, and the photograph is no longer worth having.';
const aShoot2 = [
  j(
    'I took about four hundred frames that morning and kept eleven. The one at the top of this post is my favourite of the winter:',
    'the hare mid-stretch, ears flat, the light almost sideways. On the fifth day the weather closed in and I came home.',
  ),
];
const aKit = [
  j(
    'I shot everything on a 500mm f/5.6 lens on a full-frame body, mostly handheld or resting on a bean bag, because a tripod',
    'is too tall when you are lying down. Exposure in snow is the main challenge: I dial in about one and two-thirds stops of',
    'positive compensation and check the histogram after every burst.',
  ),
  j('Cold kills batteries, so I carry four and keep the spares inside my jacket. Gloves with fold-back fingertips are worth every', 'penny.'),
];
const aCraft = [
  j(
    'Mountain hares are not protected from disturbance in the way that nesting birds are, but they spend winter on a knife edge,',
    'and every time one runs it burns energy it cannot replace. Approach slowly and low, never follow a hare that has moved off,',
    'and leave the hill well before dusk so they can feed.',
  ),
];
const aMenu = ['Home', 'Portfolio', 'Blog', 'Workshops', 'Prints', 'Contact'];
const aRecent = ['Otters at first light on the Sound of Lorne', 'A winter of waxwings', 'Five tips for photographing birds in flight'];
const aArch = ['February 2026', 'January 2026', 'December 2025'];
const aRelated = ['Ptarmigan in the whiteout', 'Stalking with a long lens: ethics first', 'Red deer rut at Glen Dallach'];
const aCmts = [
  'Stunning images, Kit. The stretching hare is incredible. How do you keep the lens from fogging when you come in from the cold?',
  'Thanks Jo! I put the whole camera in a zip bag before going indoors and leave it for an hour. Works every time.',
];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile" href="https://gmpg.org/xfn/11">
<title>${aTitle} – Kit Farrant Wildlife Photography</title><meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Kit Farrant Wildlife Photography » Feed" href="https://kitfarrant.example/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' 
href='https://kitfarrant.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='https://kitfarrant.example/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Kit Farrant"},"datePublished":"2026-02-24T18:12:05+00:00"}]}</script>
<meta name="generator" content="WordPress 6.7.1" /><script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};</script>
</head>
<body class="post-template-default single single-post postid-2041 single-format-standard wp-custom-logo ast-desktop ast-separate-container
ast-right-sidebar astra-4.8.3">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-title">
<a href="https://kitfarrant.example/" rel="home">Kit Farrant Wildlife Photography</a>
</span></div></div><div class="ast-main-header-bar-alignment"><nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility"
aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(aMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2041 post type-post status-publish format-standard has-post-thumbnail hentry category-mammals ast-article-single" id="post-2041">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta">By <span class="posted-by vcard author"><a class="url fn n" href="https://kitfarrant.example/author/kit/" rel="author">
<span class="author-name">Kit Farrant</span></a></span> / <span class="posted-on"><span class="published">24 February 2026</span></span> / <span
class="cat-links"><a href="https://kitfarrant.example/category/mammals/" rel="category tag">Mammals</a></span></div></header>
<div class="entry-content clear" itemprop="text">
<figure class="wp-block-image size-large"><img decoding="async" src="https://kitfarrant.example/wp-content/uploads/2026/02/hare-stretch-1024x683.jpg"
alt="A white mountain hare stretching in the snow" class="wp-image-2043"/><figcaption class="wp-element-caption">The stretch. 500mm, 1/2000s,
f/5.6, ISO 400.</figcaption></figure>
${ps(aIntro)}
<h2 class="wp-block-heading">${aHeads[0]}</h2>
${ps(aFind)}
<p><strong>Read more:</strong> <a href="https://kitfarrant.example/ptarmigan-whiteout/">Ptarmigan in the whiteout</a></p>
<h2 class="wp-block-heading">${aHeads[1]}</h2>
${ps(aShoot)}
<figure class="wp-block-pullquote"><blockquote><p>${aQuote}</p></blockquote></figure>
${ps(aShoot2)}
<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 is-layout-flex">
<figure class="wp-block-image size-large"><img src="https://kitfarrant.example/wp-content/uploads/2026/02/hare-form.jpg" alt=""/><figcaption
class="wp-element-caption">Ear tips above the form</figcaption></figure>
<figure class="wp-block-image size-large"><img src="https://kitfarrant.example/wp-content/uploads/2026/02/hare-run.jpg" alt=""/><figcaption
class="wp-element-caption">Tracks across the plateau</figcaption></figure></figure>
<h2 class="wp-block-heading">${aHeads[2]}</h2>
${ps(aKit)}
<h2 class="wp-block-heading">${aHeads[3]}</h2>
${ps(aCraft)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>
<li class="share-jetpack-whatsapp"><a class="share-jetpack-whatsapp sd-button" href="#"><span>WhatsApp</span></a></li>
<li class="share-email"><a class="share-email sd-button" href="#"><span>Email</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder">
<span class="loading">Loading...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">
${aRelated.map((t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${t}</a></h4></div>`).join('\n')}</div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="#" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="#" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“${aTitle}”</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-311"><article id="comment-311" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap">
<cite><b class="fn">Jo Lennie</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-311">
<time>25 February 2026 at 8:41 am</time>
</a></span></div></header></div><section class="ast-comment-content comment">${ps([aCmts[0] ?? ''])}
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></span></div></section>
</article><ol class="children"><li class="comment byuser bypostauthor odd alt depth-2" id="li-comment-312"><article id="comment-312" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta"><cite><b class="fn">Kit Farrant</b></cite> <span class="ast-highlight-text ast-cmt-post-author">
Post author</span><time>25 February 2026 at 10:03 am</time></header></div><section class="ast-comment-content comment">${ps([aCmts[1] ?? ''])}</section>
</article>
</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><textarea id="comment" name="comment" placeholder="Type here.."></textarea>
</fieldset>
</div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »" /></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"><label>
<span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s" /></label><button type="submit" class="search-submit">Search</button></form></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">About me</h2><div class="textwidget"><p>I photograph wildlife in the Highlands and
run small-group workshops from my base in Strathcarra.</p></div></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(aRecent)}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(aArch)}</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container">
<div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">Copyright © 2026 Kit Farrant Wildlife Photography |
Powered by Astra WordPress Theme</div></div></div></div></div></footer></div>
<script src="https://kitfarrant.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
</body></html>`;
export const astraPhoto: TestPage = {
  name: 'heldout331-wordpress-astra-photographer-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([...aIntro, ...aFind, ...aShoot, aQuote, ...aShoot2, ...aKit, ...aCraft]),
  bylines: ['Kit Farrant', '24 February 2026', 'Jo Lennie', '25 February 2026 at 8:41 am', '25 February 2026 at 10:03 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kit Farrant Wildlife Photography', ...aMenu, 'Mammals', 'The stretch. 500mm, 1/2000s, f/5.6, ISO 400.', 'Read more:',
    'Ptarmigan in the whiteout', 'Ear tips above the form', 'Tracks across the plateau', 'Share this:', 'Facebook', 'WhatsApp', 'Email', 'Like this:',
    'Loading...', 'Related', ...aRelated, 'Previous Post', 'Next Post', `2 thoughts on “${aTitle}”`, ...aCmts, 'Reply', 'Post author', 'Leave a Reply',
    'Cancel reply', 'Your email address will not be published.', 'Required fields are marked *', 'Search', 'About me',
    'I photograph wildlife in the Highlands and run small-group workshops from my base in Strathcarra.', 'Recent Posts', ...aRecent, 'Archives', ...aArch,
    'Copyright © 2026 Kit Farrant Wildlife Photography | Powered by Astra WordPress Theme',
  ],
};
