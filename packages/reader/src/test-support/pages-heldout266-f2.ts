import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file f2: a Typepad post on a two-column layout (the banner with the blog name as h1 and its description,
 * the content nav, the date header, the entry title as Typepad's h3, the entry footer with "Posted at", category and
 * permalink, share links, three comments with "Posted by:" lines, the comment form, the sidebar and "Powered by Typepad").
 */
const tTitle = 'Why our help desk stopped using priority levels';
const t1 = [
  j(
    'For eleven years the IT help desk at our college sorted tickets into four priority levels. Last September we removed them,',
    'and I have had enough questions from colleagues at other schools that it seems worth writing down why, and what happened.',
  ),
  j(
    'The short version is that almost every ticket was marked urgent. When we counted, 71 percent of the tickets opened by staff',
    'in the previous year had the highest level, and fewer than one in twenty had the lowest. A scale that everyone sets to the',
    'top tells you nothing.',
  ),
  j(
    'Instead of asking people how urgent their problem is, the form now asks two questions that are harder to exaggerate: how',
    'many people are affected, and whether they can work around it today. The answers put a ticket in one of three queues, and',
    'the queues are worked in order.',
  ),
  j(
    'The first month was rocky. A few senior staff were unhappy that they could no longer mark their own tickets as critical, and',
    'we spent time on the phone explaining the change. By November the complaints had stopped, and our median time to resolve a',
    'ticket that affected a whole department had dropped from two days to five hours.',
  ),
  j(
    'The tickets that affect one person and have a workaround now wait longer than before. We tell people that honestly when',
    'they open one, and we have found that most of them do not mind, as long as they know what to expect.',
  ),
  j(
    'I would not claim this works everywhere. But if your priority field has stopped meaning anything, it is worth asking whether',
    'the question behind it can be asked in a way that people answer truthfully.',
  ),
  'We still keep a separate phone line for anything that stops teaching in a classroom. That line has never needed a priority field.',
];
const tComments = [
  [
    'We did almost exactly this at our district two years ago. The "can you work around it" question was the key for us too.',
    'Rosalind Achterberg',
    'March 03, 2026 at 04:12 PM',
  ],
  ['Did you keep any way for the desk itself to escalate a ticket?', 'Pete Gallardo', 'March 04, 2026 at 09:40 AM'],
  [
    'Yes, staff on the desk can move a ticket up a queue, with a note saying why. It happens a few times a week.',
    'Margit Sørlie',
    'March 04, 2026 at 11:02 AM',
  ],
];
const tRecent = ['A year with a shared on-call phone', 'The printer that would not die', 'Notes from the regional IT directors meeting'];
const tCats = ['Service desk', 'Management', 'Teaching technology'];
const tArch = ['March 2026', 'February 2026', 'January 2026'];
const cmt = ([text, who, when]: string[], i: number): string => `<div class="comment font-entrybody" id="comment-6a00d8341c5ab853ef02c${i}">
<div class="comment-content font-entrybody"><p>${text}</p></div><p class="comment-footer font-entryfooter">Posted by: <a rel="nofollow"
href="https://profile.typepad.example/u${i}">${who}</a> | <a href="#comment-6a00d8341c5ab853ef02c${i}">${when}</a></p></div>`;
const tHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="typepad-standard" xmlns:fb="http://www.facebook.com/2008/fbml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="generator" content="https://www.typepad.example/" />
<meta name="keywords" content="help desk, IT, service management" /><meta name="description"
content="For eleven years the IT help desk at our college sorted tickets
into four priority levels." /><link rel="stylesheet" href="https://margitsorlie.typepad.example/desk/styles.css?v=6" type="text/css" media="screen" />
<link rel="alternate" type="application/atom+xml" title="Posts on 'From the Desk' (Atom)" href="https://margitsorlie.typepad.example/desk/atom.xml" />
<title>From the Desk: ${tTitle}</title><link rel="canonical" href="https://margitsorlie.typepad.example/desk/2026/03/priority-levels.html" />
<meta property="og:title" content="${tTitle}" /><meta property="og:type" content="article" /><meta property="og:site_name" content="From the Desk" />
<script type="text/javascript">var TPConnect = {}; TPConnect.blog_xid = "6a00d8341c5ab853ef00d8341c5ab853ef";</script></head>
<body class="layout-two-column-right post"><div id="container"><div id="container-inner"><div id="banner"><div id="banner-inner" class="pkg">
<h1 id="banner-header"><a href="https://margitsorlie.typepad.example/desk/" accesskey="1">From the Desk</a></h1>
<h2 id="banner-description">Notes on running a small college IT help desk</h2></div></div>
<div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha"><div id="alpha-inner">
<p class="content-nav"><a href="https://margitsorlie.typepad.example/desk/2026/02/shared-phone.html">« A year with a shared on-call phone</a> |
<a href="https://margitsorlie.typepad.example/desk/">Main</a> | <a href="https://margitsorlie.typepad.example/desk/2026/03/regional-meeting.html">Notes from the
regional IT directors meeting »</a></p>
<h2 class="date-header">Tuesday, March 03, 2026</h2>
<div class="entry-category-help_desk entry-author-margit_srlie entry-type-post entry" id="entry-6a00d8341c5ab853ef02e860f3a1b2200d">
<h3 class="entry-header">${tTitle}</h3><div class="entry-content"><div class="entry-body">
${ps(t1)}
</div></div>
<div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted at 02:30 PM in <a
href="https://margitsorlie.typepad.example/desk/service_desk/">Service
desk</a> </span> <span class="separator">|</span> <a class="permalink"
href="https://margitsorlie.typepad.example/desk/2026/03/priority-levels.html">Permalink</a></p>
<div class="entry-footer-share entry-footer-share-buttons"><div class="entry-footer-share-button"><a
href="https://www.facebook.example/sharer">Share on Facebook</a></div>
<div class="entry-footer-share-button"><a href="https://x.example/intent/tweet">Share on X</a></div></div></div></div>
<div class="comments" id="comments"><a id="comments"></a><h3 class="comments-header">Comments</h3><div class="comments-info"><p><a
href="https://margitsorlie.typepad.example/desk/2026/03/priority-levels/comments/atom.xml"><span class="feed-comments">Feed</span></a> You can follow this
conversation by subscribing to the comment feed for this post.</p></div><div class="comments-content" id="comments-content">
${tComments.map(cmt).join('\n')}</div></div>
<div class="comments-open" id="comments-open"><h2 class="comments-open-header">Post a comment</h2><div class="comments-open-content">
<p>Comment below or sign in with <a href="https://www.typepad.example/connect">Typepad</a> <a href="#">Facebook</a>, <a href="#">Twitter</a> and
<a href="#">more...</a></p><p class="comments-moderation">(You can use HTML tags like &lt;b&gt; &lt;i&gt; and &lt;ul&gt; to style your text. URLs automatically
linked.)</p><p>Your Information</p><p>(Name and email address are required. Email address will not be displayed with the comment.)</p>
<textarea id="comment-text" name="text" rows="10" cols="50"></textarea><input type="submit" name="preview" value="Preview" /><input type="submit" name="post"
value="Post" /></div></div></div></div>
<div id="beta"><div id="beta-inner"><div class="module-about module"><h2 class="module-header">About</h2><div class="module-content"><p>Margit Sørlie runs the
IT help desk at a small college on the coast and writes here about the people side of support.</p></div></div>
<div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">
${links(tRecent, 'module-list-item')}</ul></div></div>
<div class="module-categories module"><h2 class="module-header">Categories</h2><div class="module-content"><ul class="module-list">
${links(tCats, 'module-list-item')}</ul></div></div>
<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list">
${links(tArch, 'module-list-item')}</ul><p><a href="https://margitsorlie.typepad.example/desk/archives.html">More...</a></p></div></div>
<div class="module-syndicate module"><div class="module-content"><a
href="https://margitsorlie.typepad.example/desk/atom.xml">Subscribe to this blog's feed</a></div></div>
<div class="module-powered module"><div class="module-content">Blog powered by <a href="https://www.typepad.example/">Typepad</a></div></div></div></div>
</div></div></div></div>
<script type="text/javascript" src="https://static.typepad.example/.shared:v20260210.01-0-8a4f1c:typepad:en_us/js/typepad.js"></script></body></html>`;
export const typepad: TestPage = {
  name: 'heldout266-typepad-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(t1),
  bylines: ['Tuesday, March 03, 2026', 'Posted at 02:30 PM in Service desk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From the Desk', 'Notes on running a small college IT help desk', '« A year with a shared on-call phone', 'Main',
    'Notes from the regional IT directors meeting »', 'Permalink', 'Share on Facebook', 'Share on X', 'Comments',
    'You can follow this conversation by subscribing to the comment feed for this post.', ...tComments.flat(),
    'Post a comment', 'Comment below or sign in with Typepad Facebook, Twitter and more...',
    '(You can use HTML tags like <b> <i> and <ul> to style your text. URLs automatically linked.)', 'Your Information',
    '(Name and email address are required. Email address will not be displayed with the comment.)', 'About',
    'Margit Sørlie runs the IT help desk at a small college on the coast and writes here about the people side of support.', 'Recent Posts', ...tRecent,
    'Categories', ...tCats, 'Archives', ...tArch, 'More...', "Subscribe to this blog's feed", 'Blog powered by Typepad',
  ],
};
