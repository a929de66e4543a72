import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 63, file b2: a personal blog post on self-hosted WordPress with the Twenty Twenty-One theme and Jetpack
 * (emoji script and inline block-library CSS, skip link, site title and tagline, primary menu with its mobile button, the
 * post's featured image with a caption, block-editor content with `wp-block-heading` h2s, a list and an inline image, the
 * entry footer that holds the date, author, categories and tags, Jetpack "Share this:" and "Like this:" blocks, related
 * posts, post navigation, a threaded comment list with an author reply, the "Leave a comment" form with the Akismet notice,
 * the footer widget area and "Proudly powered by WordPress").
 */
const bgTitle = 'A year of mending everything I own (well, nearly)';
const bgBody1 = [
  'Last October I made a rule: for twelve months I would not buy any new clothes, and anything that tore, wore through or lost a ' +
    'button would be mended rather than replaced. I am not a natural sewer. Before this year my repairs ran to safety pins and ' +
    'the occasional iron-on patch that fell off in the wash.',
  'A year on, I have darned eleven pairs of socks, patched two pairs of jeans four times each, replaced a coat zip (badly, then ' +
    'properly) and taught myself to reknit the elbows of a jumper my grandmother made in 1986. Here is what I learned.',
];
const bgH1 = 'Start with the thing you love most';
const bgBody2 = [
  'The best advice I got came from Moira at the repair café in the church hall on Station Road: mend the thing you would be sad ' +
    'to lose, not the thing you could live without. A sock you don’t care about will teach you nothing, because you will give up ' +
    'on it. A jumper you love will keep you at it until the darn is right.',
];
const bgH2 = 'Visible mending is forgiving';
const bgBody3 = [
  'I spent the first two months trying to make invisible repairs and hating every one of them. Then I switched to contrasting ' +
    'thread and everything got easier. A slightly wobbly darn in mustard yellow on a navy sock looks deliberate. The same darn ' +
    'in navy looks like a mistake.',
];
const bgH3 = 'What I actually needed';
const bgBody4 = ['I bought far too much kit at the start. In the end almost all of my mending was done with a handful of things:'];
const bgList = [
  'a wooden darning mushroom (a smooth apple works nearly as well)',
  'two sizes of darning needle and a pack of sharps',
  'leftover wool from old knitting projects, which meant I never had to match a colour',
  'a small pair of embroidery scissors that I keep hidden from the rest of the household',
];
const bgBody5 = ['Everything else, including the expensive mending kit I was given for my birthday, mostly sat in a drawer.'];
const bgH4 = 'It takes less time than you think';
const bgBody6 = [
  'A sock heel takes me about twenty minutes now, a jeans patch perhaps an hour. I do most of it in front of the television on ' +
    'Sunday evenings, and it has quietly replaced scrolling on my phone as the thing my hands do while I watch. I can’t say that ' +
    'is a bad swap.',
  'Will I keep the rule for a second year? Probably not strictly. My walking boots are beyond saving, and I will need a new winter ' +
    'coat before long. But I doubt I will ever again throw out a jumper because of a hole in the elbow.',
];
const bgCap1 = 'The grandmother jumper, elbows reknitted in a slightly different green.';
const bgCap2 = 'Sock heels, before and after. Mustard was the right call.';
const bgMenu = ['Home', 'About', 'Mending', 'Making', 'Repair cafés', 'Contact'];
const bgShare = ['Mastodon', 'Facebook', 'Bluesky', 'Email', 'Print'];
const bgRelated = [
  ['Darning a sock heel, step by step', 'March 2, 2025', 'In "Mending"'],
  ['The button tin', 'January 14, 2025', 'In "Making"'],
  ['Repair café season starts again', 'September 7, 2025', 'In "Repair cafés"'],
];
const bgComments = [
  [
    'Moira',
    'October 19, 2025 at 2:02 pm',
    'So glad the mushroom is getting some use! Bring the boots down to the café next month, Dennis has resoled worse.',
    1,
  ],
  ['Harriet Quayle', 'October 19, 2025 at 6:40 pm', 'Ha, I may take you up on that. They have been through a lot.', 2],
  [
    'Tom Beresford',
    'October 21, 2025 at 9:15 am',
    'Great post. I started darning during lockdown and never stopped. The contrasting thread tip is spot on.',
    1,
  ],
] as const;
const bgRecent = ['Repair café season starts again', 'Ten things in my mending basket', 'The jacket that would not die', 'Darning a sock heel, step by step'];
const bgArchives = ['October 2025', 'September 2025', 'August 2025', 'July 2025'];
const comment = ([who, when, what, depth]: (typeof bgComments)[number], i: number): string =>
  `<li id="comment-${541 + i}" class="comment ${i % 2 === 0 ? 'even' : 'odd alt'} depth-${depth}${who === 'Harriet Quayle' ? ' bypostauthor' : ''}">
<article id="div-comment-${541 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.com/avatar/${i}a9f?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy">
<b class="fn">${who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${541 + i}">
<time datetime="2025-10-19T14:02:11+01:00">${when}</time></a></div></footer><div class="comment-content"><p>${what}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${541 + i}" aria-label="Reply to ${who}">Reply</a></div></article>`;
const bgHtml = `<!doctype html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><title>${bgTitle} &#8211; Small Repairs</title>
<script>window._wpemojiSettings =
{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{"concatemoji":""}};</script>
<style id='wp-block-library-inline-css'>:root{--wp-admin-theme-color:#007cba}.has-text-align-center{text-align:center}</style>
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='/wp-content/themes/twentytwentyone/style.css?ver=2.4' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${bgTitle}","author":{"name":"Harriet Quayle"},
"datePublished":"2025-10-19T09:12:44+01:00"}]}</script></head>
<body class="post-template-default single single-post postid-2231 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Small
Repairs</a></p>
<p class="site-description">Notes on mending, making do and slow craft</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="menu-button-container">
<button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu
<svg class="svg-icon" width="24" height="24" aria-hidden="true"></svg></span><span class="dropdown-icon close">Close</span></button></div>
<div class="primary-menu-container"><ul id="primary-menu-list"
class="menu-wrapper">${links(bgMenu, 'menu-item menu-item-type-custom')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2231" class="post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-mending tag-darning entry">
<header class="entry-header alignwide"><h1 class="entry-title">${bgTitle}</h1><figure class="post-thumbnail">
<img width="1568" height="1045" src="/wp-content/uploads/2025/10/jumper-elbows-1568x1045.jpg" class="attachment-post-thumbnail wp-post-image" alt=""
decoding="async">
<figcaption class="wp-caption-text">${bgCap1}</figcaption></figure></header>
<div class="entry-content">
${bgBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${bgH1}</h2>
${bgBody2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${bgH2}</h2>
${bgBody3.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/10/sock-heels-1024x683.jpg" alt="" class="wp-image-2240">
<figcaption class="wp-element-caption">${bgCap2}</figcaption></figure>
<h2 class="wp-block-heading">${bgH3}</h2>
${bgBody4.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="wp-block-list">${bgList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${bgBody5.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${bgH4}</h2>
${bgBody6.map((p) => `<p>${p}</p>`).join('\n')}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${bgShare
  .map(
    (t) => `<li class="share-${t.toLowerCase()}"><a class="share-${t.toLowerCase()} sd-button share-icon"
href="#"><span>${t}</span></a></li>`,
  )
  .join('')}
<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-20931-2231"
data-title="Like or Reblog">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span
class="button"><span>Like</span></span>
<span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${bgRelated
  .map(
    ([t, d, c]) =>
      `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${t}</a></h4>
<p class="jp-relatedposts-post-date">${d}</p><p class="jp-relatedposts-post-context">${c}</p></div>`,
  )
  .join('')}</div></div></div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2025-10-19T09:12:44+01:00">October 19, 2025</time></span><span class="byline">By <a href="/author/harriet/" rel="author">Harriet
Quayle</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/mending/" rel="category tag">Mending</a> </span>
<span class="tags-links">Tagged <a href="/tag/darning/" rel="tag">darning</a>, <a href="/tag/visible-mending/" rel="tag">visible mending</a>,
<a href="/tag/wool/" rel="tag">wool</a></span></div></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2025/10/05/ten-things-basket/" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">Ten things in my
mending basket</p></a></div>
<div class="nav-next"><a href="/2025/10/30/jacket/" rel="next"><p class="meta-nav">Next post</p><p class="post-title">The jacket that would not
die</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">3 comments on “${bgTitle}”</h2>
<ol class="comment-list">
${comment(bgComments[0], 0)}<ol class="children">${comment(bgComments[1], 1)}</li></ol></li>
${comment(bgComments[2], 2)}</li>
</ol><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h2>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"
rows="5"></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email"></p>
<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form>
<p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. <a href="https://akismet.com/privacy/" target="_blank"
rel="nofollow noopener">Learn
how your comment data is processed.</a></p></div></div></main></div></div>
<aside class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label for="search-form-1">Search…</label><input type="search" id="search-form-1" class="search-field" name="s"><input type="submit" class="search-submit"
value="Search"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav
aria-label="Recent Posts"><ul>${links(bgRecent)}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav
aria-label="Archives"><ul>${links(bgArchives)}</ul></nav></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name"><a href="/">Small Repairs</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<script src="/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=14.9" id="sharing-js-js"></script></body></html>`;
/** Furniture texts that are words of the body (menu "About", category "Mending", "Like", the tags, the commenter "Moira") or the byline. */
const bgOut = ['About', 'Mending', 'Like', 'darning', 'visible mending', 'wool', 'Moira', 'Harriet Quayle'];
export const mendingBlog: TestPage = {
  html: bgHtml,
  name: 'heldout63-wordpress-personal-blog',
  kind: 'blog',
  // the four wp-block-heading h2s are the headings and the list is body; the theme puts the date and author at the end, in
  // the entry footer: "October 19, 2025" and "Harriet Quayle" are the bylines ("Published" and "By" in neither); the reader
  // comments are furniture, with their names, times, "says:" and "Reply" (on a blog, comments are not the article); the
  // author's own reply in the thread is a comment too (furniture), its name is the byline's and is listed there only; both
  // captions, share and like blocks, "Related" with its dates and "In" lines, post navigation, categories, tags, the comment
  // form, Akismet notice, menu, widgets and footer are furniture, each text listed once; words of the body left out (bgOut)
  title: bgTitle,
  headings: [bgH1, bgH2, bgH3, bgH4],
  body: [...texts(bgBody1), ...texts(bgBody2), ...texts(bgBody3), ...texts(bgBody4), ...bgList, ...texts(bgBody5), ...texts(bgBody6)],
  bylines: ['October 19, 2025', 'Harriet Quayle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Small Repairs', 'Notes on mending, making do and slow craft', 'Menu', 'Close', ...bgMenu, bgCap1, bgCap2,
    'Share this:', ...bgShare, 'Like this:', 'Like', 'Loading...', 'Related', ...bgRelated.flat(), 'Categorized as', 'Tagged', 'darning',
    'visible mending', 'wool', 'Post navigation', 'Previous post', 'Next post', '3 comments on', ...bgComments.flatMap(([who, when, what]) => [who, when,
what]),
    'says:', 'Reply', 'Leave a comment', 'Cancel reply', 'Your email address will not be published.', 'Required fields are marked', 'Comment', 'Name',
    'Website', 'Save my name, email, and website in this browser for the next time I comment.', 'This site uses Akismet to reduce spam.',
    'Learn how your comment data is processed.', 'Search…', 'Recent Posts', ...bgRecent, 'Archives', ...bgArchives, 'Proudly powered by WordPress.',
  ].filter((t, i, all) => all.indexOf(t) === i && !bgOut.includes(t)),
};
