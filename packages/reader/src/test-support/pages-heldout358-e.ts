import { links, ps, type TestPage, texts } from './page-kit.js';
import { googleSitesSports } from './pages-heldout358-e2.js';
import { j } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file e: a class blog post on an Edublogs / CampusPress-style school blog network (the network admin
 * bar, the Twenty Twenty-One style header, the post with "Posted by" and date, a gallery with captions, student comments
 * awaiting moderation and approved, the class blog widgets (visitors map, class links, categories) and the network footer)
 * and, from file e2, a school sports report on a new Google Sites page.
 */
const cTitle = 'Our Rainforest Dioramas Are Finished!';
const cBody = [
  j(
    'After four weeks of planning, painting and a great deal of glue, Class 3B’s rainforest dioramas are finally finished and on',
    'display in the library. We think they look amazing, and Mrs Tully the librarian says she has never had so many visitors at',
    'lunchtime.',
  ),
  j(
    'Each group chose one layer of the rainforest to build: the forest floor, the understory, the canopy or the emergent layer. They',
    'had to research three animals and two plants that live in that layer, and explain how each one is adapted to its home.',
  ),
];
const cLearn = [
  j(
    'Some of the facts that surprised us most were that a sloth can take a month to digest one meal, that some frogs spend their',
    'whole lives in the pools of water caught inside bromeliad plants, and that only about two percent of sunlight reaches the',
    'forest floor.',
  ),
  j(
    'Ravi’s group made their canopy from egg boxes painted in five shades of green. Lottie’s group used real leaves from the school',
    'garden for their forest floor, but they went brown after two days, so they had to repaint them!',
  ),
];
const cNext = [
  j(
    'Next week we are moving on from the rainforest to rivers. We will be following the journey of a raindrop from the hills all',
    'the way to the sea, and on Thursday we are visiting the weir at Ashford Mill to measure how fast the water is flowing. Please',
    'make sure your child has wellies and a waterproof coat in school that day, and a packed lunch if they do not have school dinners.',
  ),
];
const cQ = [
  j(
    'Now it is your turn. Leave us a comment and tell us which layer of the rainforest you would most like to live in, and why.',
    'Remember to use your first name only, and check your spelling and punctuation before you press the button.',
  ),
];
const cComments: readonly (readonly [string, string, string])[] = [
  ['Noor', 'March 12, 2026 at 3:41 pm', 'I would live in the canopy because there is lots of fruit and you can see the sky.'],
  ['Mr Okafor (Year 4)', 'March 12, 2026 at 4:05 pm', 'These are brilliant, 3B. I especially like the jaguar hiding in the understory.'],
];
const cLinks = ['School Website', 'Reading Challenge', 'Times Tables Practice'];
const cCats = ['Art', 'Geography', 'Science', 'Trips'];
const cHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our Rainforest Dioramas Are Finished! – Class 3B at Ferncliffe</title><meta name="generator" content="WordPress 6.7.2">
<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="/wp-content/themes/twentytwentyone/style.css?ver=2.4">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Our Rainforest Dioramas Are Finished!"}</script>
<script>var edublogsNetwork = {"blog_id":"48812","privacy":"public","moderation":"teacher"};</script></head>
<body class="post-template-default single single-post postid-214 single-format-standard is-light-theme has-main-navigation">
<div id="wpadminbar" class="nojq"><ul id="wp-admin-bar-root-default" class="ab-top-menu"><li id="wp-admin-bar-edublogs">
<a class="ab-item" href="#">Edublogs</a></li>
<li><a class="ab-item" href="#">Create a blog</a></li><li><a class="ab-item" href="#">Log in</a></li></ul></div>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title">
<a href="/">Class 3B at Ferncliffe</a></p>
<p class="site-description">Learning, laughing and blogging in Year 3</p></div>
<nav id="site-navigation" class="primary-navigation"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
${links(['Home', 'About Our Class', 'Blogging Rules', 'Our Work'], 'menu-item')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-214" class="post-214 post type-post status-publish format-standard hentry category-art category-geography entry">
<header class="entry-header alignwide"><h1 class="entry-title">${cTitle}</h1></header>
<div class="entry-content">${ps(cBody)}
<figure class="wp-block-gallery has-nested-images columns-2"><figure class="wp-block-image"><img src="/files/2026/03/canopy.jpg" alt="">
<figcaption class="wp-element-caption">The canopy group’s egg-box trees</figcaption></figure><figure class="wp-block-image">
<img src="/files/2026/03/floor.jpg" alt="">
<figcaption class="wp-element-caption">Leaf litter on the forest floor</figcaption></figure></figure>
<h2 class="wp-block-heading">What we learned</h2>${ps(cLearn)}
<h2 class="wp-block-heading">Coming up next</h2>${ps(cNext)}
<h2 class="wp-block-heading">Over to you</h2>${ps(cQ)}</div>
<footer class="entry-footer default-max-width"><div class="posted-by">
<span class="posted-on">Published <time class="entry-date published">March 12, 2026</time></span>
<span class="byline">By <a href="/author/mrsbrook/" rel="author">Mrs Brook</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorised as <a href="#">Art</a>, <a href="#">Geography</a></span></div></footer></article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">2 comments</h2><ol class="comment-list">
${cComments
  .map(
    (m) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${m[0]}</b>
<span class="says">says:</span></div><div class="comment-metadata"><time>${m[1]}</time></div></footer><div class="comment-content"><p>${m[2]}</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2>
<p class="comment-notes">Comments are checked by the teacher before they appear.</p><form id="commentform"><label for="comment">Comment</label>
<textarea id="comment"></textarea>
<input name="submit" type="submit" value="Post Comment"></form></div></div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#"><p class="meta-nav">Previous post</p>
<p class="post-title">Our trip to the Botanic Garden</p></a></div></div></nav></main></div></div>
<aside class="widget-area"><section class="widget widget_text"><h2 class="widget-title">Our Visitors</h2><div class="textwidget">
<p>Visitors from 41 countries so far!</p></div></section>
<section class="widget widget_links"><h2 class="widget-title">Class Links</h2><ul>${links(cLinks)}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(cCats)}</ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">Class 3B at Ferncliffe</div>
<div class="powered-by">Powered by Edublogs and CampusPress</div></div></footer></div>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.7.2" defer></script></body></html>`;
const edublogsClass: TestPage = {
  name: 'heldout358-edublogs-class-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: ['What we learned', 'Coming up next', 'Over to you'],
  body: texts([...cBody, ...cLearn, ...cNext, ...cQ]),
  bylines: ['Published March 12, 2026', 'By Mrs Brook'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Edublogs', 'Create a blog', 'Log in', 'Skip to content', 'Class 3B at Ferncliffe', 'Learning, laughing and blogging in Year 3', 'Home', 'About Our Class',
    'Blogging Rules', 'Our Work', 'The canopy group’s egg-box trees', 'Leaf litter on the forest floor', 'Categorised as', '2 comments',
    ...cComments.flat(), 'says:', 'Reply', 'Leave a comment', 'Comments are checked by the teacher before they appear.', 'Previous post',
    'Our trip to the Botanic Garden', 'Our Visitors', 'Visitors from 41 countries so far!', 'Class Links', ...cLinks, 'Categories', ...cCats,
    'Powered by Edublogs and CampusPress',
  ],
};

export const HELDOUT358_E: readonly TestPage[] = [edublogsClass, googleSitesSports];
