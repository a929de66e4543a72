import { links, ps, type TestPage, texts } from './page-kit.js';
import { rtdTutorial } from './pages-heldout100-c2.js';

/**
 * Held-out batch 100, file c: a personal WordPress blog post on the Twenty Twenty-One theme (skip link, site title and
 * tagline, the primary menu with its hidden mobile "Menu" / "Close" buttons, the entry header, an image block with caption, a
 * pullquote, the entry footer with "Published", author, categories and tags, the author bio, post navigation, three reader
 * comments with "says:", dates and "Reply", the comment form with its labels and notes, the footer widgets and "Proudly
 * powered by WordPress") and, from file c2, a Read the Docs (Sphinx) tutorial page.
 */
const wpTitle = 'Rebuilding the dry stone wall at the bottom of the garden';
const wpP1 = [
  'When we bought the cottage four years ago, the estate agent described the wall at the bottom of the garden as “characterful”. ' +
    'What she meant was that about six metres of it had fallen into the lane, and the rest was leaning like a tired drunk.',
  'This summer I finally did something about it. I am not a builder, and I had never laid a stone in my life, so this post is ' +
    'mostly a record of what I learned, in case it helps anyone else staring at a heap of rubble and wondering where to start.',
];
const wpH1 = 'Taking it down';
const wpP2 = [
  'The first lesson is that you have to take down more than you think. Every course above a bulge is unstable, so I ended up ' +
    'dismantling nearly nine metres, sorting the stone into piles as I went: big flat foundation stones, through stones long enough ' +
    'to span the wall, ordinary building stone, and the small hearting used to pack the middle.',
  'Sorting took two full weekends. It felt like a waste of time, and it was the most useful thing I did.',
];
const wpQuote = 'Two stones on one, one stone on two. That is the whole rule, and it took me a month to stop breaking it.';
const wpH2 = 'Building it back up';
const wpP3 = [
  'A dry stone wall is really two walls leaning on each other, tied together with through stones and filled with hearting. I ' +
    'put up a pair of timber frames, called batters, at each end and ran string lines between them so the faces would taper ' +
    'evenly as they rose.',
  'I laid about a metre a day on a good day, and much less on a bad one. The hardest part was resisting the urge to use a ' +
    'stone just because it was in my hand. The second hardest was my back.',
];
const wpList = [
  'Lay every stone with its length into the wall, not along it.',
  'Pack the middle as you go, tightly, with no gaps.',
  'Put in a through stone roughly every metre, halfway up.',
  'Finish with a row of cope stones set on edge.',
];
const wpP4 = [
  'The finished stretch is not beautiful. A proper waller would spot my mistakes from the lane. But it is straight, it is solid, ' +
    'and the neighbour’s sheep have stopped visiting the vegetable beds, which was the whole point.',
  'Next spring I will tackle the other end, where the ash tree has pushed the wall over. I suspect that will need its own post.',
];
const wpCaption = 'The finished stretch in late August, with the cope stones on.';
const wpNav = ['Home', 'About', 'Garden', 'Kitchen', 'Archive'];
const wpComments = [
  { n: 'Gwen Pritchard', d: 'September 3, 2025 at 8:14 pm', t: 'Lovely job. My grandfather used to say the hearting is what makes the wall, not the faces.' },
  {
    n: 'Rob Ashdown',
    d: 'September 4, 2025 at 7:02 am',
    t: 'Did you need permission from the council? Ours is on a conservation lane and I am nervous to touch it.',
  },
  { n: 'Hannah Lowe', d: 'September 4, 2025 at 9:47 am', t: 'Not in our case, because it was a like-for-like repair, but it is worth a phone call first.' },
];
const wpForm = [
  'Leave a comment',
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
];
const wpRecent = ['Rebuilding the dry stone wall at the bottom of the garden', 'Green tomato chutney, again', 'A year of the allotment in numbers'];
const wpArchives = ['September 2025', 'August 2025', 'July 2025', 'June 2025'];
const wpCats = ['Garden', 'House', 'Kitchen'];
const wpBio = 'Hannah writes about an old cottage, a stubborn garden and whatever is on the stove. She lives in the Yorkshire Dales.';
const wpComment = (
  c: (typeof wpComments)[number],
  i: number,
  child = '',
): string => `<li id="comment-${41 + i}" class="comment ${i === 2 ? 'byuser comment-author-hannah bypostauthor ' : ''}even depth-${i === 2 ? 2 : 1}">
<article id="div-comment-${41 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.example/avatar/${i}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy">
<b class="fn">${c.n}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${41 + i}"><time
datetime="2025-09-0${3 + i}">${c.d}</time></a>
</div></footer><div class="comment-content"><p>${c.t}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link"
href="?replytocom=${41 + i}#respond"
aria-label="Reply to ${c.n}">Reply</a></div></article>${child}</li>`;
const wpWidget = (title: string, items: readonly string[]): string => `<section class="widget widget_block"><div class="wp-block-group">
<h2 class="wp-block-heading">${title}</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(items)}</ul></div></section>`;
const wpHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="max-image-preview:large"><title>Rebuilding the dry stone wall at the bottom of the garden &#8211; Thornber Lane</title>
<link rel="alternate" type="application/rss+xml" title="Thornber Lane &raquo; Feed" href="https://thornberlane.example/feed/">
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="https://thornberlane.example/wp-content/themes/twentytwentyone/style.css?ver=2.4" media="all">
<script src="https://thornberlane.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="canonical" href="https://thornberlane.example/2025/09/02/rebuilding-the-dry-stone-wall/"><meta name="generator" content="WordPress 6.8.3">
<style id="wp-custom-css">.site-title{letter-spacing:.02em}</style></head>
<body class="post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title"><a
href="https://thornberlane.example/"
rel="home">Thornber Lane</a></p><p class="site-description">Notes from an old house in the Dales</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="menu-button-container">
<button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu
<svg class="svg-icon" width="24" height="24" aria-hidden="true"></svg></span><span class="dropdown-icon close">Close
<svg class="svg-icon" width="24" height="24" aria-hidden="true"></svg></span></button></div><div class="primary-menu-container">
<ul id="primary-menu-list" class="menu-wrapper">${links(wpNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1187" class="post-1187 post type-post status-publish format-standard hentry category-garden tag-dry-stone tag-walls entry">
<header class="entry-header alignwide"><h1 class="entry-title">${wpTitle}</h1></header><div class="entry-content">
${ps(wpP1)}
<h2 class="wp-block-heading">${wpH1}</h2>
${ps(wpP2)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://thornberlane.example/wp-content/uploads/2025/09/wall-1024x683.jpg"
alt="A dry stone wall beside a lane" class="wp-image-1192"><figcaption class="wp-element-caption">${wpCaption}</figcaption></figure>
<figure class="wp-block-pullquote"><blockquote><p>${wpQuote}</p></blockquote></figure>
<h2 class="wp-block-heading">${wpH2}</h2>
${ps(wpP3)}
<ul class="wp-block-list">${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(wpP4)}
</div><footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2025-09-02T18:30:11+01:00">September 2, 2025</time></span><span class="byline">By <a href="https://thornberlane.example/author/hannah/"
rel="author">Hannah Lowe</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/garden/" rel="category
tag">Garden</a>
</span><span class="tags-links">Tagged <a href="/tag/dry-stone/" rel="tag">dry stone</a>, <a href="/tag/walls/" rel="tag">walls</a></span></div></footer>
<div class="author-bio show-avatars"><img alt="" src="https://secure.gravatar.example/avatar/h?s=85" class="avatar avatar-85 photo" height="85" width="85">
<div class="author-bio-content"><h2 class="author-title">By Hannah Lowe</h2><p class="author-description">${wpBio}</p>
<a class="author-link" href="/author/hannah/" rel="author">View all of Hannah Lowe’s posts.</a></div></div></article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">3 comments on “${wpTitle}”</h2>
<ol class="comment-list">${wpComment(wpComments[0]!, 0)}${wpComment(wpComments[1]!, 1, `<ol class="children">${wpComment(wpComments[2]!, 2)}</ol>`)}</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">${wpForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h2><form action="https://thornberlane.example/wp-comments-post.php" method="post"
id="commentform"
class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">${wpForm[1]}</span> <span class="required-field-message">${wpForm[2]}</span></p>
<p class="comment-form-comment"><label for="comment">${wpForm[3]}</label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525"
required></textarea></p>
<p class="comment-form-author"><label for="author">${wpForm[4]}</label> <input id="author" name="author" type="text" size="30" maxlength="245" required></p>
<p class="comment-form-email"><label for="email">${wpForm[5]}</label> <input id="email" name="email" type="email" size="30" maxlength="100" required></p>
<p class="comment-form-url"><label for="url">${wpForm[6]}</label> <input id="url" name="url" type="url" size="30" maxlength="200"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${wpForm[7]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"><span class="screen-reader-text">${wpForm[8]}</span></p></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="/2025/08/19/green-tomato-chutney/" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">Green tomato chutney,
again</p></a></div></div></nav>
</main></div></div>
<aside class="widget-area">${wpWidget('Recent Posts', wpRecent.slice(1))}${wpWidget('Archives', wpArchives)}${wpWidget('Categories', wpCats)}
<section class="widget widget_search"><form role="search" method="get" class="search-form"><label for="search-form-1">Search…</label>
<input type="search" id="search-form-1" class="search-field" name="s"><input type="submit" class="search-submit" value="Search"></form></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">Thornber Lane</div><div class="privacy-policy">
<a class="privacy-policy-link" href="/privacy-policy/">Privacy Policy</a></div><div class="powered-by">Proudly powered by <a
href="https://wordpress.org/">WordPress</a>.</div>
</div></footer></div>
<script id="twenty-twenty-one-ie11-polyfills-js-after">( Element.prototype.matches && Element.prototype.closest && window.NodeList &&
NodeList.prototype.forEach ) || (
document.write( '<script src="https://thornberlane.example/wp-content/themes/twentytwentyone/assets/js/polyfills.js?ver=2.4"></scr' + 'ipt>' ) );</script>
<script src="https://thornberlane.example/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.4"
id="twenty-twenty-one-primary-navigation-script-js"></script>
<script src="https://thornberlane.example/wp-includes/js/comment-reply.min.js?ver=6.8.3" id="comment-reply-js" async
data-wp-strategy="async"></script></body></html>`;
const wordpressPost: TestPage = {
  html: wpHtml,
  name: 'heldout100-wordpress-personal-blog',
  kind: 'blog',
  // the pullquote is part of the post (body); the reader comments are furniture (a blog post, not a discussion), and so
  // are the entry footer's category and tags, the author bio, the comment form, post navigation and widgets
  title: wpTitle,
  headings: [wpH1, wpH2],
  body: texts([...wpP1, ...wpP2, wpQuote, ...wpP3, ...wpList, ...wpP4]),
  bylines: ['Published September 2, 2025', 'Hannah Lowe', 'By Hannah Lowe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Thornber Lane', 'Notes from an old house in the Dales', 'Menu', 'Close', ...wpNav.filter((t) => t !== 'Garden'), wpCaption,
    'Categorized as Garden', 'Tagged dry stone, walls', wpBio, 'View all of Hannah Lowe’s posts.', `3 comments on “${wpTitle}”`,
    ...wpComments.flatMap((c) => [c.t, c.d]), 'Gwen Pritchard', 'Rob Ashdown', 'says:', 'Reply', ...wpForm, 'Cancel reply', 'Post navigation',
    'Previous post', 'Green tomato chutney, again', 'Recent Posts', 'A year of the allotment in numbers', 'Archives', ...wpArchives, 'Categories', 'Garden',
    'House', 'Search…', 'Privacy Policy', 'Proudly powered by WordPress.',
  ],
};

export const HELDOUT100_C: readonly TestPage[] = [wordpressPost, rtdTutorial];
