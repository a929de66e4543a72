import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file a3: a quilting blog post on a self-hosted WordPress site (Kadence theme, Mediavine ads, Grow share bar). */
const title = 'Machine Binding That Looks Hand-Stitched: My Flange Binding Method';
const disclosure = 'This post may contain affiliate links. If you buy through them I may earn a small commission at no extra cost to you.';
const p1 = [
  'For years I hand-stitched every binding. I loved the quiet evenings with a quilt on my lap, but when I started making charity ' +
    'quilts for the hospice in town, twelve quilts a year at two evenings each added up fast. I needed a machine method that ' +
    'would survive a hot wash and still look tidy on the back.',
  'Flange binding, sometimes called faux piping, turned out to be the answer. It adds a thin strip of contrast colour along the ' +
    'edge, and because you stitch in the ditch of that strip from the front, the back comes out neat without any hand work at all.',
];
const h1 = 'What you need';
const needs = [
  'Binding fabric: 1 1/2 inch strips, enough to go around the quilt plus 12 inches.',
  'Flange fabric: 1 3/4 inch strips in a contrast colour, the same total length.',
  'Thread to match the flange, not the binding.',
  'An edgestitch or stitch-in-the-ditch foot, if your machine has one.',
];
const h2 = 'Piecing the strips';
const p2 = [
  'Join the binding strips end to end with diagonal seams and press the seams open. Do the same with the flange strips. Then sew ' +
    'one long binding strip to one long flange strip along a long edge with a quarter-inch seam and press the seam toward the binding.',
  'Fold the joined strip in half lengthwise, wrong sides together, so that about an eighth of an inch of flange shows along the ' +
    'front. Press the whole length. This is the step that makes or breaks the finish, so take your time and use plenty of steam.',
];
const h3 = 'Attaching the binding';
const p3 = [
  'Unlike a regular binding, this one is sewn to the back of the quilt first. Lay the raw edges of the binding along the raw edge ' +
    'of the quilt back, with the flange side facing up, and stitch all the way round with a quarter-inch seam, mitring the corners ' +
    'as you normally would.',
  'Turn the binding over to the front. The folded edge should just cover your first line of stitching. Clip it in place with ' +
    'binding clips rather than pins, which distort the edge.',
  'Now stitch in the ditch between the flange and the binding, from the front, with thread that matches the flange. The stitches ' +
    'disappear into the seam, and on the back they land neatly on the binding.',
];
const h4 = 'A few things I learned the hard way';
const tips = [
  'Test your strip widths on a small sample first. Thick batting may need binding strips a quarter inch wider.',
  'Slow down at the corners and hand-crank the last few stitches.',
  'Join the ends with a diagonal seam, not an overlap, or you will get a lump where the flange meets itself.',
];
const p4 = [
  'My hospice quilts have been through dozens of washes now and the bindings are holding up beautifully. I hope this method saves ' +
    'you a few evenings, too. If you try it, tag me on Instagram so I can see.',
];
const nav = ['Home', 'Free Patterns', 'Tutorials', 'Shop', 'About', 'Contact'];
const crumbs = ['Home', 'Tutorials', 'Binding'];
const share = ['Pinterest', 'Facebook', 'Email'];
const caption = 'The finished flange binding on a scrappy star quilt.';
const sidebar = [
  'Hi, I’m Deb!',
  'I’m a quilter, teacher and fabric hoarder in the hills of eastern Tennessee. Welcome to my sewing room.',
  'Popular Posts',
  'Free Table Runner Pattern: Mountain Laurel',
  'How to Square Up a Quilt Block',
  'My Favorite Quilting Rulers',
  'Categories',
];
const cats = ['Binding', 'Free Patterns', 'Quilt Alongs', 'Tools and Notions'];
const optin = ['Join the Sewing Room Letter', 'Free patterns and tutorials, every other Sunday.', 'First name', 'Email', 'Send me the letter'];
const adLabel = 'Advertisement';
const comments = [
  'Charlene Pruitt',
  'February 12, 2026 at 6:02 pm',
  'Trying this on my grandson’s quilt this weekend. Do you press the flange seam open or to one side?',
  'Deb Haskins',
  'February 12, 2026 at 8:40 pm',
  'Toward the binding, Charlene! That keeps the flange nice and flat.',
];
const respond = ['Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name *', 'Email *', 'Post Comment'];
const foot = ['Privacy Policy', 'Disclosure', 'Accessibility', '© 2026 Laurel Hollow Quilts', 'Exclusive Member of Mediavine Home'];
const mv = (id: string): string => `<div class="mv-ad-box" data-slotname="${id}"><div class="mv-ad-label">${adLabel}</div><div id="${id}"></div></div>`;
const html = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, minimum-scale=1"><title>${title} - Laurel Hollow Quilts</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2026-02-10T11:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"author":{"name":"Deb Haskins"},"datePublished":"2026-02-10T11:00:00+00:00","wordCount":812}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://laurelhollowquilts.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9">
<script type="text/javascript" async="async" data-noptimize="1" data-cfasync="false" src="//scripts.mediavine.com/tags/laurel-hollow-quilts.js"></script>
<script>window.growMe||(window.growMe=function(e){window.growMe._.push(e);},window.growMe._=[]);</script></head>
<body class="post-template-default single single-post postid-3127 wp-embed-responsive content-style-unboxed has-sidebar">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-header-inner-wrap"><div class="site-branding branding-layout-standard">
<a class="brand has-logo-image" href="https://laurelhollowquilts.example/"><p class="site-title">Laurel Hollow Quilts</p></a></div>
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub" role="navigation" aria-label="Primary Navigation">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu"
class="menu">${links(nav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
</div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-3127" class="entry content-bg single-entry post-3127 post type-post status-publish category-binding">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container">
${crumbs
  .map((c) => `<span><a href="/${c.toLowerCase()}/" itemprop="item"><span itemprop="name">${c}</span></a></span>`)
  .join('<span class="bc-delimiter">/</span>')}
</div></nav>
<h1 class="entry-title">${title}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="/author/deb/">Deb Haskins</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-02-10T11:00:00+00:00">February 10, 2026</time></span>
<span class="meta-comments"><a class="meta-comments-link anchor-scroll" href="#comments">2 Comments</a></span></div></header>
<div class="entry-content single-content">
<p class="disclosure"><em>${disclosure}</em></p>
${ps(p1)}
${mv('content_1_wrapper')}
<div class="wp-block-image"><figure class="aligncenter size-large"><img decoding="async" src="/wp-content/uploads/2026/02/flange-finished.jpg" alt="">
<figcaption class="wp-element-caption">${caption}</figcaption></figure></div>
<h2 class="wp-block-heading">${h1}</h2>
<ul class="wp-block-list">${needs.map((n) => `<li>${n}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${h2}</h2>
${ps(p2)}
${mv('content_2_wrapper')}
<h2 class="wp-block-heading">${h3}</h2>
${ps(p3)}
<h2 class="wp-block-heading">${h4}</h2>
<ul class="wp-block-list">${tips.map((n) => `<li>${n}</li>`).join('\n')}</ul>
${ps(p4)}
<div class="grow-me-content-end" data-grow-initializer=""></div>
</div>
<footer class="entry-footer"><div class="dpsp-share-buttons" data-location="content"><p class="dpsp-share-text">Share this:</p>
<ul class="dpsp-networks-btns-wrapper">${share
  .map(
    (s) => `<li><a class="dpsp-network-btn dpsp-${s.toLowerCase()}" href="#"><span
class="dpsp-network-label">${s}</span></a></li>`,
  )
  .join('')}</ul>
</div></footer></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${title}”</h2><ol class="comment-list">
<li id="comment-801" class="comment even thread-even depth-1 parent"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">${comments[0]}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2026-02-12T18:02:00+00:00">${comments[1]}</time></div></footer>
<div class="comment-content"><p>${comments[2]}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>
<ol class="children"><li id="comment-802" class="comment byuser bypostauthor odd alt depth-2"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">${comments[3]}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2026-02-12T20:40:00+00:00">${comments[4]}</time></div></footer>
<div class="comment-content"><p>${comments[5]}</p></div></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${respond[0]}</h3><form class="comment-form">
<p class="comment-notes">${respond[1]}</p><p class="comment-form-comment"><label for="comment">${respond[2]}</label><textarea id="comment"></textarea></p>
<p><label for="author">${respond[3]}</label><input id="author"></p><p><label for="email">${respond[4]}</label><input id="email"></p>
<p class="form-submit"><button type="submit" class="submit">${respond[5]}</button></p></form></div></div>
</div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area"><div class="sidebar-inner-wrap">
<section class="widget widget_block"><h2 class="widget-title">${sidebar[0]}</h2><p>${sidebar[1]}</p></section>
<section class="widget"><h2 class="widget-title">${sidebar[2]}</h2><ul>${links(sidebar.slice(3, 6))}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">${sidebar[6]}</h2><ul>${links(cats, 'cat-item')}</ul></section>
<section class="widget"><div class="convertkit-form"><h3>${optin[0]}</h3><p>${optin[1]}</p><label>${optin[2]}</label><input><label>${optin[3]}</label>
<input type="email"><button>${optin[4]}</button></div></section>${mv('sidebar_1')}</div></aside>
</div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><ul class="footer-menu">${links(foot.slice(0, 3))}</ul>
<div class="footer-html"><p>${foot[3]}</p><p>${foot[4]}</p></div></div></footer></div>
<div id="mv-adhesion" class="mv-adhesion-wrapper"><span class="mv-ad-label">${adLabel}</span><button class="mv-ad-close">Close</button></div>
<script src="https://laurelhollowquilts.example/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js" async></script>
</body></html>`;

export const quiltingPost: TestPage = {
  name: 'heldout218-wordpress-quilting-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...p1, ...needs, ...p2, ...p3, ...tips, ...p4]),
  bylines: ['Deb Haskins', 'February 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Laurel Hollow Quilts', 'Home', 'Tutorials', 'Binding', 'Free Patterns', 'Shop', 'About', 'Contact', disclosure, adLabel, caption,
    '2 Comments', 'Share this:',
    ...share, `2 thoughts on “${title}”`, ...comments, 'says:', 'Reply', ...respond, ...sidebar, 'Free Patterns', 'Quilt Alongs', 'Tools and Notions',
    ...optin, ...foot, 'Close',
  ],
};
