import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file d: an assistive-technology review on WordPress with the GeneratePress theme (masthead and
 * primary navigation, entry-header with posted-on date and author, an affiliate disclosure, Gutenberg image, table and list
 * blocks, a review score box, category and tag links, post navigation, two comments with the reply form, a right sidebar
 * with search, recent posts and categories, the Complianz cookie banner and the copyright bar).
 */
const title = 'Vela 7 Portable Video Magnifier Review: Big Screen, Light Bag';
const intro = [
  j(
    'The Vela 7 is a handheld video magnifier with a seven-inch screen, aimed at people with macular degeneration and other low-vision',
    'conditions who want to read post, menus and medicine labels away from home. I used it for three weeks alongside my desktop',
    'magnifier, and asked two members of our local low-vision group to try it too.',
  ),
];
const h1 = 'Design and build';
const s1 = [
  j(
    'At 390 grams the Vela 7 is light enough to carry all day in a coat pocket or handbag. A fold-out handle doubles as a stand, so',
    'you can slide it over a page like a mouse. The three large buttons on the right edge are easy to find by touch, and each one',
    'has a different shape, which our testers with reduced sensitivity in their fingers appreciated.',
  ),
];
const h2 = 'Image quality and reading';
const s2 = [
  j(
    'Magnification runs from 2x to 24x. Text stays sharp up to about 16x; beyond that the autofocus hunts a little on glossy paper.',
    'There are fourteen colour modes, including yellow on blue, which one tester found far less tiring than white on black.',
  ),
  j(
    'The reading line and masking features work well for longer letters, and the camera can freeze an image so you can pull a',
    'label off a high supermarket shelf and read it at arm\u2019s length.',
  ),
];
const h3 = 'Specifications';
const spec = [
  ['Screen', '7-inch HD, anti-glare'],
  ['Magnification', '2x to 24x'],
  ['Battery life', 'About 4 hours'],
  ['Weight', '390 g'],
  ['Price', '\u00A3649'],
];
const cells = spec.flat();
const h4 = 'What we liked and what we did not';
const pros = ['Light and easy to hold for long periods', 'Tactile buttons with distinct shapes', 'Freeze-frame with zoom'];
const cons = ['Four-hour battery is short for a full day out', 'No speech output for text', 'Autofocus struggles above 16x'];
const h5 = 'Verdict';
const s5 = [
  j(
    'The Vela 7 is the most comfortable handheld magnifier I have tested in this price range. If you need text read aloud you will',
    'want a model with speech, but for reading on the move it is an easy recommendation. Ask your local sight-loss charity whether',
    'you can borrow one before you buy: many keep demonstration units.',
  ),
];
const comments = [
  'Thank you for mentioning the button shapes. My mum has neuropathy and that is exactly what rules most of these out for her.',
  'Does it work with the magnifier stand from the older Vela 5? I still have one in the drawer.',
];
const nav = ['Reviews', 'Guides', 'Low Vision', 'Hearing', 'Mobility', 'About Us'];
const recent = ['Best talking clocks for 2026', 'Reizen 3 hearing loop review', 'How to set up magnification on your phone'];
const cats = ['Low Vision', 'Reviews', 'Mobility Aids'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Able Gadgets</title><meta name="description" content="Hands-on review of the Vela 7 handheld video magnifier for low vision.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://ablegadgets.example/vela-7-review/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-09T07:45:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Callum Reyes"},"datePublished":"2026-02-09T07:45:00+00:00"},{"@type":"Review","reviewRating":{"@type":"Rating",
"ratingValue":"4.2"}}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://ablegadgets.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","version":"7.0.4","region":"uk"};</script></head>
<body class="post-template-default single single-post postid-2281 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://ablegadgets.example/" rel="home">Able Gadgets</a></p>
<p class="site-description" itemprop="description">Honest reviews of assistive technology</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">${links(nav, 'menu-item menu-item-type-taxonomy')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-2281" class="post-2281 post type-post status-publish format-standard has-post-thumbnail hentry
category-low-vision" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${title}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2026-02-09T07:45:00+00:00" itemprop="datePublished">9 February 2026</time></span> <span class="byline">by <span class="author vcard"
itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/callum/" rel="author"><span class="author-name"
itemprop="name">Callum Reyes</span></a></span></span></div></header>
<div class="entry-content" itemprop="text"><p class="affiliate-disclosure has-small-font-size"><em>Able Gadgets is reader-supported. We may earn a
commission when you buy through links on this page.</em></p>${ps(intro)}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2026/02/vela7.jpg" alt="Vela 7 magnifier over a letter"
class="wp-image-2290"><figcaption class="wp-element-caption">The fold-out handle turns the Vela 7 into a reading stand.</figcaption></figure>
<h2 class="wp-block-heading">${h1}</h2>${ps(s1)}<h2 class="wp-block-heading">${h2}</h2>${ps(s2)}
<h2 class="wp-block-heading">${h3}</h2><figure class="wp-block-table is-style-stripes"><table><tbody>
${spec.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table></figure>
<h2 class="wp-block-heading">${h4}</h2><ul class="wp-block-list pros">${lis(pros)}</ul><ul class="wp-block-list cons">${lis(cons)}</ul>
<h2 class="wp-block-heading">${h5}</h2>${ps(s5)}
<div class="review-box"><div class="review-box__score">4.2<span>/5</span></div><p class="review-box__label">Able Gadgets rating</p>
<a class="review-box__button" href="https://shop.example/vela-7?ref=ablegadgets" rel="sponsored nofollow">Check price</a></div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/low-vision/"
rel="category tag">Low Vision</a>, <a href="/category/reviews/" rel="category tag">Reviews</a></span> <span class="tags-links"><span
class="screen-reader-text">Tags </span><a href="/tag/magnifiers/" rel="tag">magnifiers</a>, <a href="/tag/sight-loss/" rel="tag">sight loss aids</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/reizen-3/" rel="prev">Reizen 3 hearing
loop review</a></span></div><div class="nav-next"><span class="next"><a href="/talking-clocks/" rel="next">Best talking clocks for 2026</a></span></div></nav>
</footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “Vela 7 Portable Video Magnifier Review”</h3>
<ol class="comment-list">${comments
  .map(
    (c, i) => `<li id="comment-${41 + i}" class="comment even thread-even depth-1"><article class="comment-body"
id="div-comment-${41 + i}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta"><div
class="comment-author-info"><div class="comment-author vcard"><cite itemprop="name" class="fn">${['Sheila Doyle', 'Marek P.'][i]}</cite></div><div
class="entry-meta comment-metadata"><a href="#comment-${41 + i}">
<time datetime="2026-02-1${i}">${['11 February 2026 at 9:02 am', '12 February 2026 at 6:48 pm'][i]}
</time></a></div></div></footer><div class="comment-content" itemprop="text"><p>${c}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></span></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="commentform" class="comment-form">
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2" class="widget inner-padding
widget_search"><form method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search"
class="search-field" placeholder="Search …" name="s"></label><button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(recent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(cats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">© 2026 Able Gadgets</span> • Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a></div></div></footer></div>
<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-live="polite"><div class="cmplz-header">
<div class="cmplz-title" id="cmplz-message-title-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div><div class="cmplz-buttons"><button
class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View
preferences</button></div></div>
<script src="https://ablegadgets.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script></body></html>`;
export const ableGadgets: TestPage = {
  name: 'heldout253-wordpress-generatepress-at-review',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4, h5],
  body: texts([...intro, ...s1, ...s2, ...cells, ...pros, ...cons, ...s5]),
  bylines: ['9 February 2026', 'Callum Reyes', 'Sheila Doyle', '11 February 2026 at 9:02 am', 'Marek P.', '12 February 2026 at 6:48 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Able Gadgets', 'Honest reviews of assistive technology', ...nav,
    'Able Gadgets is reader-supported. We may earn a commission when you buy through links on this page.',
    'The fold-out handle turns the Vela 7 into a reading stand.', 'Able Gadgets rating', 'Check price', 'Categories', 'magnifiers', 'sight loss aids',
    'Reizen 3 hearing loop review', 'Best talking clocks for 2026', '2 thoughts on “Vela 7 Portable Video Magnifier Review”', ...comments, 'Reply',
    'Leave a Comment', 'Comment', 'Recent Posts', ...recent.slice(2), 'Mobility Aids', '© 2026 Able Gadgets', 'GeneratePress', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};
