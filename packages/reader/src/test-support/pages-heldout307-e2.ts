import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file e2: a music teacher's blog on Blogger (the Contempo-style layout: navbar, the header with the
 * blog title and description, the post's date header, title, author and labels, the share buttons, an image with its
 * caption table, the "Newer Post / Older Post / Home" pager, the comments thread with replies, the sidebar's profile,
 * popular posts, labels and blog archive widgets, and the "Powered by Blogger" attribution).
 */
const title = 'Why I Make Every Beginner Learn One Song by Ear';
const intro = [
  j(
    'Every September I get a new batch of beginners, mostly aged eight to twelve, and a few brave adults. And every September, before',
    'we open a single book, I ask each of them to learn one short tune entirely by ear. Parents sometimes raise an eyebrow. Here is why',
    'I do it.',
  ),
];
const hA = 'Reading comes later, and that is fine';
const pA = [
  j(
    'Notation is wonderful, and all my pupils learn to read. But for a child who has just picked up a violin, a page of dots is one',
    'more thing to worry about on top of how to hold the bow, where to put the fingers and how not to squeak. Taking the page away',
    'for the first few weeks lets them listen to the sound they are making, which is the whole point.',
  ),
  j(
    'It also changes what they think music is. A tune they learned by ear belongs to them. They hum it on the way home, they play it',
    'for their grandparents, and they notice when they get it wrong, without me having to point it out.',
  ),
];
const hB = 'How I do it';
const steps = [
  'I choose a tune of no more than eight bars, usually a folk song from the pupil\u2019s own background if they have one.',
  'I sing it first, then play it, several times, without comment.',
  'We find the first note together, and then I let them hunt for the next one. Wrong notes are clues, not mistakes.',
  'They take home a recording on their parent\u2019s phone, not a sheet.',
  'After two or three weeks we look at the tune written down, and they are often amazed that they already know what it says.',
];
const hC = 'What the parents notice';
const pC = [
  j(
    'The most common thing I hear from parents in October is that their child practises without being asked. Not for long, maybe five',
    'minutes, but it is the tune they learned by ear that they play, over and over, and usually with more confidence than anything from',
    'the book.',
  ),
  j(
    'One dad told me last year that his daughter had worked out the theme from a cartoon she liked, entirely on her own, the week after',
    'she learned her first ear tune. That is the best possible result. She did not need me at all.',
  ),
  'If you teach, try it with just one pupil this term, and let me know in the comments how it goes.',
];
const comments: [string, string, string][] = [
  ['Bethan Morwood', 'I do something similar with my cello beginners and it works every time. The recording tip is brilliant.', 'September 9, 2026 at 8:14 PM'],
  ['Margery Hale', 'Thank you, Bethan! A phone recording is worth more than any practice chart.', 'September 9, 2026 at 9:02 PM'],
  ['Anonymous', 'As an adult beginner this would have saved me a year of frustration. Wish my first teacher had read this.', 'September 11, 2026 at 7:45 AM'],
];
const popular = ['Ten Minutes a Day: A Practice Plan That Actually Works', 'Buying a First Violin Without Being Fleeced', 'Rosin, Explained'];
const labels = ['beginners (24)', 'ear training (9)', 'parents (13)', 'practice (31)', 'violin (40)'];
const archive = ['2026 (18)', 'September (3)', 'August (2)', '2025 (27)'];
const html = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB" xmlns:b="http://www.google.com/2005/gml/b"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Bow and Bench: ${title}</title><meta content="blogger" name="generator"><link href="https://bowandbench.blogspot.example/2026/09/ear-song.html"
rel="canonical"><meta content="${title}" property="og:title"><meta content="Every September I get a new batch of beginners." property="og:description">
<script type="text/javascript">(function(){var b=window,f="jstiming";b[f]=b[f]||{};})();</script>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/2975350028-css_bundle_v2.css"></head>
<body class="variant-indie_light"><div class="navbar no-items section" id="navbar" name="Navbar"></div>
<div class="page"><div class="bg-photo-overlay"></div><header class="centered-top-container sticky-nav" role="banner"><div class="centered-top">
<div class="blog-name container"><div class="section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget">
<div><h1><a href="https://bowandbench.blogspot.example/">Bow and Bench</a></h1></div><p>Notes from a violin teacher&#39;s studio in
Ashgrove</p></div></div></div></div></div></header>
<div class="page_body"><div class="centered"><main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container">
<div class="post-outer"><div class="post"><div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><time
class="published" datetime="2026-09-08T19:30:00+01:00">September 08, 2026</time></span></div></div>
<a name="8823101"></a><h3 class="post-title entry-title">${title}</h3>
<div class="post-share-buttons post-share-buttons-top"><div class="byline post-share-buttons goog-inline-block"><ul class="share-buttons">
${links(['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'], 'share-button-item')}</ul></div></div>
<div class="post-body entry-content float-container" id="post-body-8823101">${ps(intro)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td>
<img src="https://blogger.googleusercontent.example/violin.jpg"
width="400"></td></tr><tr><td class="tr-caption">Small hands, big ears: a Tuesday beginners\u2019 group</td></tr></tbody></table>
<h2>${hA}</h2>
${ps(pA)}
<h2>${hB}</h2>
<ol>${steps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h2>${hC}</h2>
${ps(pC)}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard">Posted by <span class="fn"><a
href="https://www.blogger.example/profile/0419" rel="author">Margery Hale</a></span></span> <span class="byline post-labels">Labels:
<a href="/search/label/beginners" rel="tag">beginners</a>, <a href="/search/label/ear%20training" rel="tag">ear training</a></span></div></div>
</div></div>
<section class="comments threaded" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">3 comments:</h3><div class="comments-content">
<ol>${comments
  .map(
    ([a, t, d]) => `<li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">${a}</cite><span
class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c">${d}</a></span></div><p class="comment-content">${t}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a><span class="item-control blog-admin">Delete</span></span>
</div></li>`,
  )
  .join('\n')}</ol></div><p class="comment-footer"><a href="https://www.blogger.example/comment.g?blogID=55" onclick="">Post a Comment</a></p></section>
</article></div><div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="/2026/09/rosin.html">Newer Post</a>
<a class="blog-pager-older-link" href="/2026/08/first-violin.html">Older Post</a><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/8823101/comments/default">Post Comments (Atom)</a></div></div>
</div></div></main></div>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_top_wrapper"><div class="section" id="sidebar">
<div class="widget Profile" id="Profile1"><h3 class="title">About Me</h3><div class="widget-content"><a class="profile-name-link" href="#">Margery
Hale</a><div class="profile-textblock">Violin and viola teacher, amateur fiddler, owner of too many shoulder rests.</div>
<a class="profile-link" href="#">View my complete profile</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(popular, 'popular-post')}</ul></div>
<div class="widget Label" id="Label1"><h3 class="title">Labels</h3><ul>${links(labels)}</ul></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Blog Archive</h3><ul class="hierarchy">${links(archive, 'archivedate')}</ul></div>
</div></div></aside></div>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content"><div class="blogger">
<a href="https://www.blogger.example">Powered by Blogger</a></div><div class="copyright">Theme images by Michael Elkan</div></div></div></footer></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/1846-widgets.js"></script></body></html>`;

export const bowAndBench: TestPage = {
  name: 'heldout307-blogger-music-teacher-blog',
  kind: 'blog',
  html,
  title,
  headings: [hA, hB, hC],
  body: texts([...intro, ...pA, ...steps, ...pC]),
  bylines: ['September 08, 2026', 'Posted by Margery Hale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bow and Bench', "Notes from a violin teacher's studio in Ashgrove", 'Email This', 'BlogThis!', 'Share to X', 'Share to Facebook',
    'Share to Pinterest', 'Small hands, big ears: a Tuesday beginners\u2019 group', 'Labels: beginners, ear training', '3 comments:',
    ...comments.flat(), 'Reply', 'Delete', 'Post a Comment', 'Newer Post', 'Older Post', 'Home', 'Subscribe to: Post Comments (Atom)', 'About Me',
    'Violin and viola teacher, amateur fiddler, owner of too many shoulder rests.', 'View my complete profile', 'Popular Posts', ...popular, 'Labels',
    ...labels, 'Blog Archive', ...archive, 'Powered by Blogger', 'Theme images by Michael Elkan',
  ],
};
