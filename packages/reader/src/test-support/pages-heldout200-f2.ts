import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 200, file f2: a teacher's classroom blog post on an Edublogs (WordPress, Twenty Twenty-One theme) site
 * (skip link, site title and tagline, the primary menu with its mobile Menu / Close button, the post with an image block
 * and caption and a quote block, the entry footer with date, author, category and tags, the post navigation, two
 * parents' comments with "says:" and Reply, the comment form, the footer widgets and the "Proudly powered by" line).
 */
const tbTitle = 'Book clubs are here! What we are reading and how you can help';
const tbP1 = [
  'After six weeks of reading mini-lessons, Room 14 started its first book clubs this week, and the excitement in our ' +
    'classroom has been wonderful to see. Every student is now part of a small group of four or five readers who share the ' +
    'same novel, set their own reading goals and meet twice a week to talk about what they have read.',
];
const tbH1 = 'How we chose the books';
const tbP2 = [
  'I gave a short “book tasting” on Monday. Six novels were set out on tables around the room, and students spent five ' +
    'minutes with each one, reading the back cover and the first two pages. Then everyone wrote down their top three choices ' +
    'on a sticky note. I used those notes, along with what I know about each reader, to build the groups.',
  'Here are our four clubs and their books:',
];
const tbClubs = [
  'The Lantern Crew: <em>The Night Ferry to Gull Island</em> by Odessa Marsh',
  'The Map Makers: <em>Finding Pip Hollow</em> by Rafael Quintero',
  'The Wild Readers: <em>Ten Days in the Tamarack Woods</em> by June Albright',
  'The Mystery Squad: <em>The Clocktower Case</em> by Bernard Oyelowo',
];
const tbH2 = 'What a book club meeting looks like';
const tbP3 = [
  'Each club meets on Tuesdays and Thursdays for about twenty minutes. Before the meeting, every member prepares one job: the ' +
    'Questioner writes two questions that cannot be answered with yes or no, the Word Finder chooses interesting vocabulary, ' +
    'the Connector links the story to their own life or another book, and the Summarizer retells the section in a few sentences.',
  'During the meeting, I move from group to group and mostly listen. I was so proud on Thursday when one group disagreed ' +
    'about whether a character had made the right choice and kept going back to the text to prove their point. One reader ' +
    'summed it up at the end:',
];
const tbQuote = 'It’s like everybody read the same book but we all noticed different things.';
const tbH3 = 'How you can help at home';
const tbP4 = [
  'Each club has agreed on how many pages to read before each meeting, and those pages are written in the reading log that ' +
    'comes home in your child’s blue folder. Please help your reader find fifteen to twenty quiet minutes each evening to ' +
    'keep up with their group.',
  'You can also ask about the book at dinner. Questions like “Who is the most interesting character so far?” or “What do you ' +
    'think will happen next?” are a great way to help your child practice the thinking we do in class.',
  'Thank you, as always, for your support. If you have any questions, you can reach me through ClassDojo or the school office.',
];
const tbCaption = 'The Map Makers club marking the places in their novel on a hand-drawn map.';
const tbNav = ['Home', 'About Our Class', 'Homework', 'Reading Log', 'Photo Gallery', 'Contact Ms. Dalca'];
const tbTags = ['book clubs', 'parents', 'reading at home'];
const tbComments = [
  {
    name: 'Keiko Brennan',
    when: 'November 13, 2025 at 7:02 pm',
    text: 'Maya came home so excited about being the Word Finder! She made us all guess what “tamarack” means. Thank you!',
  },
  {
    name: 'Darnell Hughes',
    when: 'November 14, 2025 at 8:15 am',
    text: 'Love this idea. Is there a way for parents to borrow a copy of the book so we can read along?',
  },
];
const tbForm = [
  'Leave a comment',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Post Comment',
];
const tbRecent = ['Our pumpkin investigation results', 'Field trip to the Hollow Creek Nature Center', 'Welcome to fourth grade!'];
const tbArchives = ['November 2025', 'October 2025', 'September 2025'];
const tbCats = ['Class News', 'Math', 'Reading Workshop', 'Science'];
const tbComment = (c: (typeof tbComments)[number], i: number): string => `<li id="comment-${51 + i}" class="comment even thread-even depth-1">
<article id="div-comment-${51 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.example/avatar/${i}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60">
<b class="fn">${c.name}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${51 + i}">
<time datetime="2025-11-1${3 + i}">${c.when}</time></a></div></footer><div class="comment-content"><p>${c.text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${51 + i}#respond">Reply</a></div></article></li>`;
const tbHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Book clubs are here! What we are reading and how you can help – Room 14 Readers</title>
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://room14readers.edublogs.example/2025/11/12/book-clubs-are-here/">
<link rel="alternate" type="application/rss+xml" title="Room 14 Readers » Feed" href="https://room14readers.edublogs.example/feed/">
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="https://room14readers.edublogs.example/wp-content/themes/twentytwentyone/style.css?ver=2.4">
<script src="https://room14readers.edublogs.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-482 single-format-standard wp-embed-responsive is-light-theme singular has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner"><div class="site-branding">
<p class="site-title"><a href="https://room14readers.edublogs.example/" rel="home">Room 14 Readers</a></p>
<p class="site-description">Ms. Dalca’s fourth grade class at Pine Hollow Elementary</p></div>
<nav id="site-navigation" class="primary-navigation" role="navigation" aria-label="Primary menu"><div class="menu-button-container">
<button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu</span>
<span class="dropdown-icon close">Close</span></button></div><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
${links(tbNav, 'menu-item menu-item-type-post_type')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-482" class="post-482 post type-post status-publish format-standard has-post-thumbnail hentry category-reading-workshop entry">
<header class="entry-header alignwide"><h1 class="entry-title">${tbTitle}</h1></header>
<div class="entry-content">
${ps(tbP1)}
<h2 class="wp-block-heading">${tbH1}</h2>
${ps(tbP2)}
<ul class="wp-block-list">${tbClubs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="wp-block-image size-large"><img decoding="async" src="https://room14readers.edublogs.example/files/2025/11/map-makers-1024x683.jpg"
alt="Four students leaning over a large paper map" class="wp-image-488"><figcaption class="wp-element-caption">${tbCaption}</figcaption></figure>
<h2 class="wp-block-heading">${tbH2}</h2>
${ps(tbP3)}
<blockquote class="wp-block-quote"><p>${tbQuote}</p><cite>A member of the Lantern Crew</cite></blockquote>
<h2 class="wp-block-heading">${tbH3}</h2>
${ps(tbP4)}
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2025-11-12T15:40:12-05:00">November 12, 2025</time></span><span class="byline">By <a href="/author/mdalca/" rel="author">Ms. Dalca</a>
</span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/reading-workshop/" rel="category tag">Reading
Workshop</a> </span><span class="tags-links">Tagged ${tbTags.map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}
</span></div></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2025/11/03/pumpkin-investigation/" rel="prev"><p class="meta-nav">Previous post</p>
<p class="post-title">Our pumpkin investigation results</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">2 comments</h2>
<ol class="comment-list">${tbComments.map(tbComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">${tbForm[0]} <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">${tbForm[1]}</a></small></h2>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes">
<span id="email-notes">${tbForm[2]}</span> <span class="required-field-message">${tbForm[3]}</span></p>
<p class="comment-form-comment"><label for="comment">${tbForm[4]}</label><textarea id="comment" name="comment" rows="5" required></textarea></p>
<p class="comment-form-author"><label for="author">${tbForm[5]}</label><input id="author" name="author" type="text" required></p>
<p class="comment-form-email"><label for="email">${tbForm[6]}</label><input id="email" name="email" type="email" required></p>
<p class="comment-form-url"><label for="url">${tbForm[7]}</label><input id="url" name="url" type="url"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="${tbForm[8]}"></p></form></div></div>
</main></div></div>
<aside class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form">
<label for="search-form-1">Search…</label><input type="search" id="search-form-1" class="search-field" name="s"><input type="submit"
class="search-submit" value="Search"></form></section><section id="recent-posts-2" class="widget widget_recent_entries"><h2>Recent Posts</h2>
<nav aria-label="Recent Posts"><ul>${links(tbRecent)}</ul></nav></section><section id="archives-2" class="widget widget_archive"><h2>Archives</h2>
<nav aria-label="Archives"><ul>${links(tbArchives)}</ul></nav></section><section id="categories-2" class="widget widget_categories"><h2>Categories</h2>
<nav aria-label="Categories"><ul>${links(tbCats, 'cat-item')}</ul></nav></section></aside>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name">Room 14 Readers</div>
<div class="powered-by">Proudly powered by <a href="https://edublogs.org/">Edublogs</a> and WordPress.</div></div></footer></div>
<script id="twenty-twenty-one-primary-navigation-script-js" src="/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.4"></script>
</body></html>`;
export const classroomBlog: TestPage = {
  html: tbHtml,
  name: 'heldout200-teacher-classroom-blog-blog',
  kind: 'blog',
  // the student quote block is body (its cite line is in neither list); date and author (with "Published" and "By")
  // are bylines; readers' comments are furniture (a blog page, not a discussion), with the caption, menus, taxonomies,
  // post navigation, comment form, widgets and footer
  title: tbTitle,
  headings: [tbH1, tbH2, tbH3],
  body: [...tbP1, ...tbP2, ...texts(tbClubs), ...tbP3, tbQuote, ...tbP4],
  bylines: ['Published November 12, 2025', 'By Ms. Dalca'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Room 14 Readers', 'Ms. Dalca’s fourth grade class at Pine Hollow Elementary', 'Menu', 'Close',
    ...tbNav.filter((t) => t !== 'Home'), tbCaption,
    'Categorized as Reading Workshop', 'Tagged', ...tbTags, 'Post navigation', 'Previous post', 'Our pumpkin investigation results', '2 comments',
    ...tbComments.flatMap((c) => [c.name, c.when, c.text]), 'says:', 'Reply',
    ...tbForm.filter((t) => t !== 'Post Comment'), 'Search…', 'Recent Posts', ...tbRecent.slice(1), 'Archives',
    ...tbArchives, 'Categories', ...tbCats, 'Proudly powered by Edublogs and WordPress.',
  ],
};
