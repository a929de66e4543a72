import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file a2: a Spoonflower blog post (WordPress) on designing a half-drop repeat. */
const title = 'How to Design a Half-Drop Repeat That Doesn’t Look Like a Grid';
const note = 'Editor’s note: This post was originally published in April 2022 and has been updated with new screenshots.';
const p1 = [
  'If you have ever uploaded a pretty little motif, picked a basic repeat and then watched it turn into polka-dot wallpaper from ' +
    'across the room, you are not alone. The eye is very good at finding rows and columns. A half-drop repeat is one of the ' +
    'simplest ways to break them up, and once you understand how the tile fits together it takes about ten extra minutes.',
  'I design mostly botanical prints for quilting cotton, and almost all of them use a half-drop. Here is how I set one up from scratch.',
];
const h1 = 'What a half-drop actually does';
const p2 = [
  'In a basic repeat, every copy of your tile sits directly beside the last one, so the motifs line up across the fabric in ' +
    'neat rows. In a half-drop, each column of tiles is shifted down by half the height of the tile. Motifs that used to ' +
    'sit side by side now sit on a diagonal, and that diagonal is much harder for the eye to lock onto.',
  'The result reads as scattered even when the motifs are evenly spaced, which is exactly what you want for a tossed floral or a conversational print.',
];
const h2 = 'Setting up your tile';
const p3 = ['Start with a square canvas. I use 3000 by 3000 pixels at 150 DPI, which prints as a 20-inch tile. Then work through these steps:'];
const steps = [
  'Place your largest motifs first, keeping them well inside the edges of the canvas.',
  'Duplicate the layer and move the copy right by the full width of the tile and down by half its height.',
  'Duplicate the original again and move that copy right by the full width and up by half the height.',
  'Fill the gaps near the right edge with smaller motifs, letting them overlap the edge where they want to.',
  'Copy anything that crosses the right edge back to the left side, shifted by the same half-drop, then crop to the canvas.',
];
const h3 = 'Checking the repeat before you upload';
const p4 = [
  'Before I go anywhere near the upload button, I tile the design nine times in a new document and squint at it. Squinting ' +
    'blurs the detail and shows you where the weight of the print falls. If a stripe of empty background runs diagonally ' +
    'through the tiles, add a leaf or a bud there and check again.',
  'It also helps to zoom out until the tile is the size of a postage stamp. Any motif you can still pick out at that size is ' +
    'the one that will catch the eye on the finished fabric, so make sure it does not land in the same place every time.',
];
const h4 = 'Choosing the repeat style on upload';
const p5 = [
  'When you upload your file, the design page shows a preview with a row of repeat options underneath. Choose Half-Drop rather ' +
    'than Basic, and the preview will shift the columns for you. If your file already contains the offset, as mine does, stay on ' +
    'Basic instead, or the design will be dropped twice.',
  'Order a swatch before you list the design for sale. Colours on cotton poplin print slightly darker than they look on screen, and ' +
    'an eight-inch swatch costs far less than a yard of disappointment.',
];
const nav = ['Fabric', 'Wallpaper', 'Home Decor', 'Design & Sell', 'Blog'];
const cats = ['Tutorials', 'Design Challenges', 'Sewing Projects', 'Artist Spotlights', 'Inside Spoonflower'];
const share = ['Share on Facebook', 'Share on Pinterest', 'Share by Email', 'Copy Link'];
const caption = 'A tossed floral in a half-drop repeat, shown as three columns of tiles.';
const caption2 = 'Squint test: the same tile repeated nine times.';
const tags = ['half-drop', 'repeat patterns', 'surface design', 'beginner tips'];
const bio = 'Tamsin Okafor is a surface designer in Durham, North Carolina, and a member of the Spoonflower Marketplace since 2017.';
const related = [
  '5 Ways to Recolor a Design Without Starting Over',
  'The Beginner’s Guide to DPI and Print Size',
  'Meet the Winner of the Lemon Grove Challenge',
];
const news = ['Get creative inspiration delivered', 'Sign up for tutorials, design challenges and special offers.', 'Email address', 'Subscribe'];
const comment = [
  'Marguerite L.',
  'March 9, 2026 at 8:14 am',
  'Thank you! I never knew I was dropping my designs twice. That explains a lot.',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Post Comment',
];
const foot = ['About Us', 'Careers', 'Help Center', 'Shipping', 'Returns', 'Privacy Policy', 'Terms of Service', 'Accessibility'];
const cookie = 'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic.';
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to Design a Half-Drop Repeat That Doesn’t Look Like a Grid | Spoonflower Blog</title>
<meta name="description" content="A step-by-step guide to setting up a half-drop repeat tile for fabric and wallpaper.">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="Spoonflower Blog">
<meta property="article:published_time" content="2026-03-04T14:00:00+00:00"><meta property="article:modified_time" content="2026-03-05T09:12:40+00:00">
<link rel="canonical" href="https://blog.spoonflower.com/2026/03/04/how-to-design-a-half-drop-repeat/">
<link rel="stylesheet" id="sf-theme-css" href="https://blog.spoonflower.com/wp-content/themes/spoonflower/dist/main.css?ver=3.8.2" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Tamsin Okafor"},"datePublished":"2026-03-04T14:00:00+00:00","articleSection":["Tutorials"],"inLanguage":"en-US"}]}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0f3e1a2b-sf" async></script></head>
<body class="post-template-default single single-post postid-48211 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="sf-global-header"><a class="sf-logo" href="https://www.spoonflower.com/">
<span class="screen-reader-text">Spoonflower</span><svg class="sf-logo__svg" viewBox="0 0 200 40"></svg></a>
<nav class="sf-global-nav" aria-label="Shop"><ul class="sf-global-nav__list">${links(nav, 'sf-global-nav__item')}</ul></nav>
<form class="sf-search" role="search" action="https://www.spoonflower.com/en/shop"><label class="screen-reader-text" for="sf-q">Search</label>
<input id="sf-q" type="search" placeholder="Search designs"></form></div>
<nav id="site-navigation" class="blog-nav" aria-label="Blog categories"><ul id="menu-blog-categories"
class="menu">${links(cats, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail category-tutorials">
<header class="entry-header"><span class="cat-links"><a href="https://blog.spoonflower.com/category/tutorials/" rel="category tag">Tutorials</a></span>
<h1 class="entry-title">${title}</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/tamsin-okafor/">Tamsin Okafor</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-03-04T14:00:00+00:00">March 4, 2026</time></span>
<span class="reading-time">6 min read</span></div></header>
<div class="post-thumbnail"><img width="1200" height="800" src="https://blog.spoonflower.com/wp-content/uploads/2026/03/half-drop-hero.jpg"
class="attachment-post-thumbnail wp-post-image" alt="Half-drop floral fabric" loading="eager" decoding="async"></div>
<div class="entry-content">
<p class="has-background has-pale-pink-background-color"><em>${note}</em></p>
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<figure class="wp-block-image size-large"><div class="pin-it-wrapper"><img src="https://blog.spoonflower.com/wp-content/uploads/2026/03/columns.jpg"
alt="" class="wp-image-48215"><a class="pin-it-button" href="https://www.pinterest.com/pin/create/button/" data-pin-do="buttonPin">Save</a></div>
<figcaption class="wp-element-caption">${caption}</figcaption></figure>
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<ol class="wp-block-list">${steps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h2 class="wp-block-heading">${h3}</h2>
${ps(p4)}
<figure class="wp-block-image size-large"><img src="https://blog.spoonflower.com/wp-content/uploads/2026/03/squint.jpg" alt="" class="wp-image-48216">
<figcaption class="wp-element-caption">${caption2}</figcaption></figure>
<h2 class="wp-block-heading">${h4}</h2>
${ps(p5)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://www.spoonflower.com/designs/new">Upload a Design</a></div></div>
</div>
<footer class="entry-footer"><div class="sf-share" aria-label="Share this post"><span class="sf-share__label">Share this post</span>
${share.map((s) => `<a class="sf-share__link" href="#" rel="nofollow noopener"><span class="screen-reader-text">${s}</span></a>`).join('\n')}</div>
<span class="tags-links">Tagged: ${tags.map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-box"><img alt="" src="https://secure.gravatar.com/avatar/9a1?s=96" class="avatar avatar-96 photo" height="96" width="96">
<div class="author-box__text"><h3 class="author-box__name">About Tamsin Okafor</h3><p>${bio}</p>
<a class="author-box__link" href="/author/tamsin-okafor/">View all posts</a></div></div>
</article>
<section class="related-posts"><h2 class="related-posts__title">You Might Also Like</h2><div class="related-posts__grid">
${related
  .map(
    (r) => `<article class="related-post"><a href="/${r.length}/"><h3
class="related-post__title">${r}</h3></a></article>`,
  )
  .join('\n')}</div></section>
<section class="sf-newsletter"><h2>${news[0]}</h2><p>${news[1]}</p><form class="klaviyo-form"><label for="nl-email">${news[2]}</label>
<input id="nl-email" type="email"><button type="submit">${news[3]}</button></form></section>
<div id="comments" class="comments-area"><h2 class="comments-title">One comment</h2><ol class="comment-list"><li id="comment-90112"
class="comment even thread-even">
<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${comment[0]}</b></div>
<div class="comment-metadata"><a href="#comment-90112"><time datetime="2026-03-09T08:14:00+00:00">${comment[1]}</time></a></div></footer>
<div class="comment-content"><p>${comment[2]}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${comment[3]}</h3><form id="commentform" class="comment-form">
<p class="comment-notes">${comment[4]}</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><span
class="screen-reader-text">${comment[5]}</span></p>
</form></div></div>
</main></div>
<footer id="colophon" class="site-footer"><nav class="footer-nav" aria-label="Footer"><ul>${links(foot)}</ul></nav>
<p class="site-info">© 2026 Spoonflower, Inc. All rights reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<p id="onetrust-policy-text">${cookie}</p><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="https://blog.spoonflower.com/wp-content/themes/spoonflower/dist/main.js?ver=3.8.2" id="sf-main-js"></script>
<script async defer src="https://assets.pinterest.com/js/pinit.js"></script></body></html>`;

export const spoonflowerPost: TestPage = {
  name: 'heldout218-spoonflower-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...p1, ...p2, ...p3, ...steps, ...p4, ...p5]),
  bylines: ['Tamsin Okafor', 'March 4, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nav, 'Search', ...cats, note, caption, caption2, 'Save', 'Upload a Design', 'Share this post', ...share, ...tags,
    'About Tamsin Okafor', bio, 'View all posts', 'You Might Also Like', ...related, ...news, 'One comment', ...comment, 'Comment *',
    'Reply', ...foot, '© 2026 Spoonflower, Inc. All rights reserved.', cookie, 'Cookie Settings', 'Accept All Cookies',
  ],
};
