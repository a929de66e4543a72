import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 227, file e2: a climbing gym's route-setting blog post on WordPress with GeneratePress (the top notice
 * bar, the header nav with the "Book a session" button, "Posted on ... by ..." meta, images with captions, the circuit
 * colour list, the entry footer's categories and tags, post navigation, one reader comment and the "Leave a Comment" form,
 * the sidebar with the opening-hours widget and "Recent Posts", and the footer).
 */
const cgTitle = 'Inside a reset: how we strip and set the bouldering wall every fortnight';
const cgP = [
  'If you climb with us on a Tuesday you will probably have seen half the bouldering wall taped off, a pile of holds on the ' +
    'mats and a couple of people on ladders with impact drivers. Every two weeks we strip one of our four sections and set it ' +
    'again from scratch. A few members have asked what actually goes on, so here is a look behind the tape.',
];
const cgH1 = 'Planning the set';
const cgP2 = [
  'Every reset starts a week earlier with a spreadsheet. Our head setter, Priya, looks at the grade spread across the whole ' +
    'wall and works out which grades are thin. If there are only two purple problems left on the overhang, the new section ' +
    'will get more purples.',
  'We also look at styles. It is easy for a wall to drift towards one kind of climbing, usually whatever the setters enjoy. ' +
    'So each set has a brief: this week, for example, we asked for at least three slabs, two compression problems and one ' +
    'coordination move that is not a dyno.',
];
const cgH2 = 'Strip, wash, set';
const cgP3 = [
  'Stripping the section takes about two hours. Every hold goes into a tub of warm water and a mild detergent, gets scrubbed, ' +
    'and is left to dry overnight. Volumes are wiped down on the wall. While the holds dry we check the T-nuts for any that have ' +
    'spun, and replace them before they become a problem.',
  'Setting is a full day for a team of three. Each setter puts up a problem, climbs it, then watches someone else try it. ' +
    'Problems get changed, sometimes many times, until the moves feel right and the grade makes sense. It is common for a ' +
    'problem to be rebuilt three or four times before it opens.',
];
const cgH3 = 'Our circuit colours';
const cgList = ['Yellow: beginner, around V0', 'Green: V0 to V2', 'Blue: V2 to V4', 'Purple: V4 to V6', 'Black: V6 and harder'];
const cgP4 = [
  'We use a circuit system rather than individual grades because grading is always a bit of a guess, and we would rather you ' +
    'tried a problem because it looks fun than because it has a number on it.',
  'If you think something is in the wrong circuit, tell us. There is a feedback sheet at the front desk and we read every one ' +
    'before the next set. Around one problem in ten gets tweaked in its first week because of your comments.',
];
const cgNotice = 'Bank holiday Monday: we are open 10am to 6pm. Youth sessions are cancelled.';
const cgNav = ['Climb', 'Learn', 'Youth', 'Memberships', 'Blog', 'Visit'];
const cgCaps = ['Holds drying overnight after the wash.', 'Priya forerunning a new blue on the slab.'];
const cgTags = ['bouldering', 'behind the scenes', 'setting'];
const cgComment = {
  name: 'Hamish R',
  when: 'March 5, 2025 at 8:31 pm',
  text: 'Love this. Would be great to have a monthly setters’ Q&A evening, I have so many questions about the orange volume.',
};
const cgForm = [
  'Leave a Comment',
  'Your email address will not be published. Required fields are marked *',
  'Comment',
  'Name',
  'Email',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const cgHours = ['Opening hours', 'Mon to Fri: 10am to 10pm', 'Sat and Sun: 9am to 8pm'];
const cgRecent = ['New youth squad trials in April', 'Route setting course for members: dates announced', 'Why we are switching to liquid chalk only'];
const cgFoot = ['Unit 4, Canal Works, Kelham Road', 'Privacy policy', 'Terms of entry', 'Careers'];
const cgHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cgTitle} – Cragside Climbing</title>
<meta name="robots" content="max-image-preview:large"><link rel="alternate" type="application/rss+xml" title="Cragside Climbing » Feed" href="/feed/">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222222;}.inside-header{padding:20px 40px;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${cgTitle}","datePublished":"2025-03-04T09:00:00+00:00",
"author":{"@type":"Person","name":"Priya Nair"}}</script></head>
<body class="post-template-default single single-post postid-612 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div class="top-bar top-bar-align-center"><div class="inside-top-bar grid-container"><aside id="block-7" class="widget inner-padding widget_block">
<p>${cgNotice}</p></aside></div></div>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-logo"><a href="/" rel="home"><img class="header-image is-logo-image" alt="Cragside Climbing"
src="/wp-content/uploads/2023/01/cragside-logo.png"></a></div><nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary">
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="mobile-menu">Menu</span>
</button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(cgNav, 'menu-item')}
<li class="menu-item menu-button"><a href="/book/">Book a session</a></li></ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main
class="site-main" id="main">
<article id="post-612" class="post-612 post type-post status-publish format-standard has-post-thumbnail hentry category-route-setting"
itemtype="https://schema.org/CreativeWork"
itemscope><div class="inside-article"><div class="featured-image page-header-image-single grid-container grid-parent">
<img width="1200" height="800" src="/wp-content/uploads/2025/03/reset-wall.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${cgTitle}</h1><div class="entry-meta"><span class="posted-on">Posted on
<time class="entry-date published" datetime="2025-03-04T09:00:00+00:00" itemprop="datePublished">March 4, 2025</time></span> <span class="byline">by
<span class="author vcard" itemprop="author"><a class="url fn n" href="/author/priya/" rel="author"><span class="author-name" itemprop="name">Priya
Nair</span></a></span>
</span></div></header>
<div class="entry-content" itemprop="text">
${ps(cgP)}
<h2 class="wp-block-heading">${cgH1}</h2>
${ps(cgP2)}
<h2 class="wp-block-heading">${cgH2}</h2>
${ps(cgP3.slice(0, 1))}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/03/holds-drying.jpg" alt=""><figcaption
class="wp-element-caption">${cgCaps[0]}</figcaption></figure>
${ps(cgP3.slice(1))}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/03/forerun.jpg" alt=""><figcaption
class="wp-element-caption">${cgCaps[1]}</figcaption></figure>
<h2 class="wp-block-heading">${cgH3}</h2>
<ul class="wp-block-list">${cgList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(cgP4)}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/route-setting/"
rel="category tag">Route setting</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span>${cgTags
  .map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`)
  .join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/youth-squad-trials/"
rel="prev">${cgRecent[0]}</a>
</span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">One thought on “${cgTitle}”</h3><ol class="comment-list">
<li id="comment-88" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-88"><footer class="comment-meta">
<div class="comment-author-info"><cite itemprop="name" class="fn">${cgComment.name}</cite><div class="entry-meta comment-metadata"><a href="#comment-88">
<time datetime="2025-03-05T20:31:00+00:00">${cgComment.when}</time></a></div></div></footer><div class="comment-content"
itemprop="text"><p>${cgComment.text}</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${cgForm[0]}</h3><form id="commentform" class="comment-form">
<p class="comment-notes">${cgForm[1]}</p><p class="comment-form-comment"><label for="comment" class="screen-reader-text">${cgForm[2]}</label><textarea
id="comment">
</textarea></p><label for="author" class="screen-reader-text">${cgForm[3]}</label><input id="author"><label for="email" class="screen-reader-text">${cgForm[4]}
</label><input id="email"><label for="url" class="screen-reader-text">${cgForm[5]}</label><input id="url"><p class="comment-form-cookies-consent">
<input id="wp-comment-cookies-consent" type="checkbox"> <label for="wp-comment-cookies-consent">${cgForm[6]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="block-3"
class="widget inner-padding widget_block">
<h2 class="widget-title">${cgHours[0]}</h2><p>${cgHours[1]}<br>${cgHours[2]}</p></aside><aside id="recent-posts-2"
class="widget inner-padding widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>${links(cgRecent)}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="footer-widgets">
<p>${cgFoot[0]}</p><ul>${links(cgFoot.slice(1))}</ul></div><div class="copyright-bar">© 2025 Cragside Climbing • Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
export const climbingBlog: TestPage = {
  html: cgHtml,
  name: 'heldout227-climbing-gym-route-setting-blog',
  kind: 'blog',
  // the circuit colours are list items (body); captions, categories and tags, the post navigation, the reader comment and
  // the comment form are furniture
  title: cgTitle,
  headings: [cgH1, cgH2, cgH3],
  body: [...texts(cgP), ...texts(cgP2), ...texts(cgP3), ...cgList, ...texts(cgP4)],
  bylines: ['Posted on March 4, 2025', 'by Priya Nair', cgComment.name, cgComment.when],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', cgNotice, 'Menu', ...cgNav, 'Book a session', ...cgCaps, 'Categories', 'Route setting', 'Tags', ...cgTags,
    `One thought on “${cgTitle}”`, cgComment.text, 'Reply', ...cgForm, ...cgHours, 'Recent Posts', ...cgRecent, ...cgFoot,
'© 2025 Cragside Climbing • Built with',
    'GeneratePress',
  ],
};
