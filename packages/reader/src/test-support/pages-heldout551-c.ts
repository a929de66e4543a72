import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout551-kit.js';

/**
 * Held-out batch 551, file c: a curtain maker's blog post on lining choices on WordPress with WooCommerce (Storefront theme),
 * with comments and a shop sidebar, and a roller blind measuring page of a blind maker on Webflow.
 */
const wTitle = 'Blackout, thermal or interlined? Choosing a curtain lining';
const wIntro = [
  j(
    'The lining is the part of a curtain nobody looks at and everybody notices. It decides how a curtain hangs, how much light',
    'gets round it and how warm the room feels on a January evening. These are the three we make most, and what each is good for.',
  ),
];
const wBlackH = 'Blackout lining';
const wBlack = [
  j(
    'Our blackout lining is a three-pass coated cotton that stops all light coming through the cloth. It is the right choice for',
    'bedrooms, nurseries and anyone who works nights. It is a little stiffer than other linings, so folds are crisper and less soft.',
  ),
  j(
    'Remember that light will still come round the edges. For a truly dark room, pair blackout curtains with a blind in the',
    'recess, or ask us for a returned pole so the curtain wraps back to the wall.',
  ),
];
const wThermH = 'Thermal lining';
const wTherm = [
  j(
    'Thermal lining has a brushed back that traps a layer of air. It keeps noticeably more heat in than standard lining, weighs',
    'less than blackout and keeps the curtain soft. We suggest it for living rooms and north-facing windows.',
  ),
];
const wInterH = 'Interlining';
const wInter = [
  'Interlining is a soft layer of bump or domette sewn between the face fabric and the lining. It gives:',
  'the fullest, most luxurious drape',
  'the best insulation of the three',
  'protection for delicate silks and linens',
  j(
    'It also makes curtains much heavier, so it needs a strong pole or track, and it adds about a week to our making time.',
    'You can combine interlining with a blackout lining if you want both.',
  ),
];
const wBody = [...wIntro, ...wBlack, ...wTherm, ...wInter];
const wNav = ['Shop', 'Fabrics', 'Linings', 'Journal', 'Contact', 'My account'];
const wCats = ['Guides', 'Workroom', 'New fabrics'];
const wRecent = ['How to dress a bay window', 'Our new velvet range has arrived', 'Why we still hand-sew headings'];
const wComments = [
  ['Harriet Pemberton', 'March 12, 2026 at 8:14 pm', 'Really useful, thank you. Can you add interlining to curtains I already have, or do they need remaking?'],
  [
    'Alder Street Curtains',
    'March 13, 2026 at 9:02 am',
    'Hi Harriet, yes we can, it means unpicking the lining, so send us a photo of the headings and we’ll quote.',
  ],
];
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Alder Street Curtains</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="storefront-style-css" href="https://alderstreetcurtains.com/wp-content/themes/storefront/style.css?ver=4.6.0" media="all">
<link rel="stylesheet" id="storefront-woocommerce-style-css"
href="https://alderstreetcurtains.com/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2026-03-10T09:00:00+00:00"}</script>
<script>document.documentElement.className = document.documentElement.className.replace('no-js','js');</script></head>
<body class="post-template-default single single-post postid-318 single-format-standard wp-custom-logo theme-storefront woocommerce-js
storefront-align-wide right-sidebar woocommerce-active"><div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="col-full"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home">
<img width="300" height="80" src="/wp-content/uploads/2024/01/alder-logo.png" class="custom-logo" alt="Alder Street Curtains"></a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" id="woocommerce-product-search-field-0"
class="search-field" placeholder="Search products&hellip;" name="s"><button type="submit" value="Search">Search</button></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button><div class="primary-navigation"><ul id="menu-main"
class="menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></nav><ul id="site-header-cart" class="site-header-cart menu"><li class="">
<a class="cart-contents" href="/basket/" title="View your shopping basket"><span class="woocommerce-Price-amount amount">&pound;0.00</span>
<span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a>
<span class="breadcrumb-separator"> / </span><a href="/category/guides/">Guides</a><span class="breadcrumb-separator"> / </span>${wTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-318" class="post-318 post type-post status-publish format-standard has-post-thumbnail hentry category-guides">
<header class="entry-header"><div class="posted-on">Posted on <a href="/2026/03/10/linings/" rel="bookmark"><time class="entry-date published"
datetime="2026-03-10T09:00:00+00:00">March 10, 2026</time></a> by <a class="url fn n" href="/author/nell/">Nell Ashgrove</a></div>
<h1 class="entry-title">${wTitle}</h1></header>
<div class="entry-content"><img width="980" height="600" src="/wp-content/uploads/2026/03/linings.jpg" class="attachment- size- wp-post-image" alt="">
${ps(wIntro)}<h2 class="wp-block-heading">${wBlackH}</h2>${ps(wBlack)}<h2 class="wp-block-heading">${wThermH}</h2>${ps(wTherm)}
<h2 class="wp-block-heading">${wInterH}</h2>${ps(wInter.slice(0, 1))}<ul class="wp-block-list">${lis(wInter.slice(1, 4))}</ul>${ps(wInter.slice(4))}
</div><aside class="entry-taxonomy"><div class="cat-links"><div class="label">Category</div><a href="/category/guides/" rel="category tag">Guides</a></div>
</aside></article>
<nav id="post-navigation" class="navigation post-navigation" role="navigation" aria-label="Post Navigation"><h2 class="screen-reader-text">Post navigation</h2>
<div class="nav-links"><div class="nav-previous"><a href="/bay-windows/" rel="prev">
<span class="screen-reader-text">Previous post: </span>How to dress a bay window</a>
</div></div></nav>
<section id="comments" class="comments-area" aria-label="Post Comments"><div class="comments-title-wrap">
<h2 class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h2>
</div><ol class="comment-list">${wComments
  .map(
    ([
      n,
      d,
      c,
    ]) => `<li class="comment even thread-even depth-1"><div class="comment-body"><div class="comment-meta commentmetadata"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.com/avatar/0?s=128&amp;d=mm" class="avatar avatar-128 photo" height="128" width="128">
<cite class="fn">${n}</cite></div>
<a href="#comment-1" class="comment-date"><time datetime="2026-03-12">${d}</time></a></div><div class="comment-content comment-text"><p>${c}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></div></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post"
id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span></p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit">
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></section></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="categories-2" class="widget widget_categories">
<span class="gamma widget-title">Categories</span>
<ul>${links(wCats, 'cat-item')}</ul></div><div id="recent-posts-2" class="widget widget_recent_entries"><span class="gamma widget-title">Recent Posts</span>
<ul>${links(wRecent)}</ul></div></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">&copy; Alder Street Curtains 2026<br>
<a href="https://woocommerce.com" target="_blank" title="WooCommerce" rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li><li class="search">
<a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart <span class="count">0</span></a></li></ul></div></div>
<script src="https://alderstreetcurtains.com/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.6.0" id="storefront-navigation-js"></script>
</body></html>`;
const storefront: TestPage = {
  name: 'heldout551-storefront-linings',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBlackH, wThermH, wInterH],
  body: wBody,
  bylines: ['Posted on March 10, 2026 by Nell Ashgrove'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Search for:', 'Search', 'Menu', ...wNav, '£0.00', '0 items', 'Home',
    'Guides', 'Category', 'Post navigation', 'Previous post:', ...wRecent, `2 thoughts on “${wTitle}”`, ...wComments.flat(), 'Reply', 'Leave a Reply',
    'Your email address will not be published.', 'Comment', 'Categories', 'Workroom', 'New fabrics', 'Recent Posts', '© Alder Street Curtains 2026',
    'Built with WooCommerce', 'Cart',
  ],
};

const fTitle = 'Measuring for roller blinds';
const fDek = 'Two measurements, one decision. Here is how to get them right first time.';
const fSteps = [
  [
    'Inside or outside the recess?',
    j(
      'A blind inside the recess looks neat and leaves the sill free. A blind outside the recess blocks more light and makes a small',
      'window look larger. You need at least 5 cm of flat recess depth for an inside fit.',
    ),
  ],
  [
    'Measuring the width',
    j(
      'For an inside fit, measure the width of the recess at the top, middle and bottom and give us the narrowest. Do not take',
      'anything off: we make the deduction for the brackets ourselves. For an outside fit, add at least 8 cm to each side.',
    ),
  ],
  [
    'Measuring the drop',
    j(
      'For an inside fit, measure the height of the recess on the left, in the middle and on the right and give us the longest.',
      'For an outside fit, measure from where the brackets will go to 5 cm below the sill.',
    ),
  ],
] as const;
const fNote = 'Tip: write “W” and “D” next to your figures. Swapping width and drop is the most common mistake we see.';
const fNav = ['Blinds', 'Fabrics', 'Measure', 'Fitting', 'Trade'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 11:02:41 GMT+0000 -->
<html data-wf-domain="www.pellbrookblinds.com" data-wf-page="65a1c0f2e4" data-wf-site="65a1c0f2d1" lang="en"><head><meta charset="utf-8">
<title>Measuring for roller blinds | Pellbrook Blinds</title><meta content="How to measure a window for a made-to-measure roller blind." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1c0f2d1/css/pellbrook.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-measure"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a1c0f2d1/logo.svg"
loading="lazy" alt="Pellbrook Blinds" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/samples" class="button nav-button w-button">Free samples</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<section class="section hero-small"><div class="container w-container"><h1 class="heading-xl">${fTitle}</h1><p class="paragraph-lead">${fDek}</p></div>
</section>
<section class="section"><div class="container w-container"><div class="w-layout-grid steps-grid">${fSteps
  .map(
    ([h, p], i) => `<div class="step-card"><div class="step-number">0${i + 1}</div><h2 class="heading-m">${h}</h2><p class="paragraph">${p}</p>
<img src="https://assets-global.website-files.com/65a1c0f2d1/step-${i + 1}.svg" loading="lazy" alt="" class="step-illustration"></div>`,
  )
  .join('\n')}</div>
<div class="tip-box"><div class="rich-text w-richtext"><p>${fNote}</p></div></div></div></section>
<section class="section cta-section"><div class="container w-container"><h2 class="heading-l white">Would you rather we measured?</h2>
<p class="paragraph white">Our fitters cover Pellbrook and 30 miles around. A measuring visit costs £25, refunded when you order.</p>
<a href="/book" class="button w-button">Book a visit</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div class="footer-heading">Visit</div>
<p class="footer-text">4 Rope Walk, Pellbrook</p></div><div class="footer-col"><div class="footer-heading">Shop</div>${fNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
  .join('')}</div></div><div class="footer-bottom"><div class="copyright">© 2026 Pellbrook Blinds Ltd</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1c0f2d1" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1c0f2d1/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout551-webflow-roller-measure',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fSteps.map(([h]) => h),
  body: texts([fDek, ...fSteps.map(([, p]) => p), fNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fabrics', 'Fitting', 'Trade', 'Free samples', '01', '02', '03', 'Would you rather we measured?',
    'Our fitters cover Pellbrook and 30 miles around. A measuring visit costs £25, refunded when you order.', 'Book a visit', 'Visit',
    '4 Rope Walk, Pellbrook', 'Shop', '© 2026 Pellbrook Blinds Ltd',
  ],
};

export const HELDOUT551_C: readonly TestPage[] = [storefront, webflow];
