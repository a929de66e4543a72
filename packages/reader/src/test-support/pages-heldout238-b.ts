import { links, ps, type TestPage, texts } from './page-kit.js';
import { lookbook } from './pages-heldout238-b2.js';

/**
 * Held-out batch 238, file b: a beauty blog on WordPress (GeneratePress theme) with the entry meta, a Jetpack share bar and
 * related posts, an affiliate disclosure, a pinned image caption, comments with replies and the reply form, a sidebar with
 * an about widget, recent posts and categories; and, from file b2, a fashion brand's lookbook journal page on Shopify.
 */
const wTitle = 'I Tried the Five-Minute Brow Routine for a Month: Here Is What Stuck';
const wIntro = [
  `If you have followed this blog for a while, you know my brows and I have a complicated relationship. They are sparse at the tails, stubborn
in the middle and, since a very enthusiastic threading appointment in 2019, never quite even. So when a reader emailed asking whether a
five-minute brow routine could really work, I decided to find out the slow way: by doing it every morning for thirty days.`,
];
const wDisc = 'This post contains affiliate links, which means I may earn a small commission if you buy through them, at no extra cost to you.';
const wH = ['The routine', 'Week one: too much product', 'Weeks two to four: finding the balance', 'My verdict'];
const wSteps = [
  'Brush the hairs up and out with a clean spoolie, so you can see the real shape.',
  'Fill only the gaps with a fine pencil, using short strokes in the direction of growth.',
  'Run the spoolie through again to soften every line you just drew.',
  'Set with a clear or tinted gel, brushing the front hairs straight up.',
];
const wS2 = [
  `My first mistake was pressing too hard. The pencil I started with, a waxy one from my drawer, left a solid block of colour that looked
drawn on from across the room. By day four I had switched to a finer, drier pencil, and the difference was immediate.`,
  `I also learned that the first step matters more than I thought. When I skipped brushing the hairs up, I filled in spaces that were not really
gaps at all, and the brows ended up heavier than they needed to be.`,
];
const wS3 = [
  `By the second week the routine really did take five minutes, sometimes less. The tinted gel ended up doing most of the work: it grips the
fine hairs at the front and adds just enough colour to make the tails look fuller without any pencil.`,
  `A few friends asked whether I had had them laminated, which I will take as a win. On lazy days I skipped the pencil entirely and only used
the gel, and honestly, nobody noticed.`,
];
const wS4 = [
  `Would I recommend it? Yes, with one change: treat the pencil as optional and the gel as essential. If your brows are naturally full, you
might not need the pencil at all.`,
  `Next month I am testing a brow serum for sixty days, so follow along if you want to see whether anything actually grows back.`,
];
const wRelated = ['The Only Three Mascaras I Rebuy', 'My Honest Review of Lash Lift at Home', 'Why I Stopped Using Setting Spray'];
const wRecent = ['Ten Drugstore Lip Oils, Ranked', 'How I Store My Makeup in a Tiny Bathroom', 'A Gentle Cleanser Round-Up for Winter'];
const wCats = ['Brows & Lashes', 'Makeup', 'Skincare', 'Hair', 'Reviews'];
const wNav = ['Home', 'Makeup', 'Skincare', 'Reviews', 'About', 'Contact'];
const wComments = [
  ['Harriet L.', 'March 6, 2026 at 8:14 am', 'Skipping the pencil on lazy days is such good advice. I always overdo it in the middle.'],
  ['Jo Mbeki', 'March 6, 2026 at 11:52 am', 'Which tinted gel did you end up using? Mine goes flaky by lunchtime.'],
  ['Tessa Moorcroft', 'March 6, 2026 at 1:20 pm', 'Jo, it is the Fernleaf one linked in the post, it does not flake on me at all!'],
];
const comment = (
  i: number,
  c: string[],
  reply = false,
): string => `<li id="comment-${i}" class="comment ${reply ? 'byuser bypostauthor depth-2' : 'even thread-even depth-1'}">
<article class="comment-body" id="div-comment-${i}"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name"
class="fn">${c[0]}</cite>
<div class="entry-meta comment-metadata"><a href="#comment-${i}"><time datetime="2026-03-06">${c[1]}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${c[2]}</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></article></li>`;
const wHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${wTitle} - Powder &amp; Pigment</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel='stylesheet' id='generate-style-css' href='https://powderandpigment.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all' />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2026-03-05T07:30:00+00:00","author":{"name":"Maisie Dunmore"}},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<script id="jetpack-stats-js-before">_stq = window._stq || []; _stq.push([ "view", {"v":"ext","blog":"201884761","post":"4412"} ]);</script></head>
<body class="post-template-default single single-post postid-4412 single-format-standard wp-embed-responsive right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"><div class="inside-header grid-container"><div class="site-branding">
<p class="main-title"><a href="https://powderandpigment.example/" rel="home">Powder &amp; Pigment</a></p>
<p class="site-description">Honest makeup reviews from a very small bathroom</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wNav, 'menu-item menu-item-type-custom')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main
class="site-main" id="main">
<article id="post-4412" class="post-4412 post type-post status-publish format-standard has-post-thumbnail hentry category-brows-lashes"
itemtype="https://schema.org/CreativeWork"
itemscope><div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-03-05T07:30:00+00:00" itemprop="datePublished">March 5,
2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/maisie/" title="View all posts by Maisie Dunmore"
rel="author">
<span class="author-name" itemprop="name">Maisie Dunmore</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<p class="affiliate-disclosure"><em>${wDisc}</em></p>
${ps(wIntro)}
<figure class="wp-block-image size-large"><img decoding="async" src="https://powderandpigment.example/wp-content/uploads/2026/03/brows-day-30.jpg" alt=""
class="wp-image-4420"/><figcaption class="wp-element-caption">Day 30, gel only, natural light by the window.</figcaption></figure>
<h2 class="wp-block-heading">${wH[0]}</h2>
<ol class="wp-block-list">${wSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2 class="wp-block-heading">${wH[1]}</h2>
${ps(wS2)}
<h2 class="wp-block-heading">${wH[2]}</h2>
${ps(wS3)}
<h2 class="wp-block-heading">${wH[3]}</h2>
${ps(wS4)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-pinterest"><a class="share-pinterest sd-button" href="?share=pinterest"><span>Pinterest</span></a></li>
<li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook"><span>Facebook</span></a></li>
<li class="share-x"><a class="share-x sd-button" href="?share=x"><span>X</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div
class="likes-widget-placeholder post-likes-widget-placeholder">
<span class="loading">Loading...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div
class="jp-relatedposts-items jp-relatedposts-items-visual">
${wRelated
  .map(
    (t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">
<a class="jp-relatedposts-post-a" href="#">${t}</a></h4></div>`,
  )
  .join('\n')}
</div></div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/brows-lashes/"
rel="category tag">Brows &amp; Lashes</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/lip-oils-ranked/" rel="prev">Ten
Drugstore Lip Oils,
Ranked</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 thoughts on “${wTitle}”</h3>
<ol class="comment-list">${comment(801, wComments[0] ?? [])}
<li class="comment even thread-odd depth-1 parent"><ol class="children">${comment(802, wComments[1] ?? [])}${comment(803, wComments[2] ?? [], true)}</ol>
</li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment"
name="comment" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p>
</form></div>
</div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Hi, I am Maisie</h2><div class="textwidget"><p>Former make-up counter
girl, now a nurse who reviews beauty on her days off.</p></div></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="copyright-bar">© 2026 Powder &amp; Pigment • Built with <a href="https://generatepress.example" itemprop="url">GeneratePress</a></div></div>
</footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. You can opt out if you wish.
<a role='button' class="cli_settings_button">Cookie settings</a><a role='button' id="cookie_action_close_header" class="cli-plugin-button">ACCEPT</a></span>
</div>
<script id="generate-menu-js" src="https://powderandpigment.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout238-wordpress-generatepress-beauty-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wSteps, ...wS2, ...wS3, ...wS4]),
  bylines: ['March 5, 2026', 'Maisie Dunmore', ...wComments.flatMap((c) => [c[0] ?? '', c[1] ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Powder & Pigment', 'Honest makeup reviews from a very small bathroom', 'Menu', ...wNav, wDisc,
    'Day 30, gel only, natural light by the window.',
    'Share this:', 'Pinterest', 'Facebook', 'Like this:', 'Loading...', 'Related', ...wRelated, 'Categories', 'Ten Drugstore Lip Oils, Ranked',
    `3 thoughts on “${wTitle}”`, ...wComments.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment', 'Comment', 'Hi, I am Maisie',
    'Former make-up counter girl, now a nurse who reviews beauty on her days off.', 'Recent Posts', ...wRecent, ...wCats,
    '© 2026 Powder & Pigment • Built with GeneratePress', 'This website uses cookies to improve your experience. You can opt out if you wish.',
    'Cookie settings', 'ACCEPT',
  ],
};

export const HELDOUT238_B: readonly TestPage[] = [wordpress, lookbook];
