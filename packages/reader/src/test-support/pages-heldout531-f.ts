import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout531-kit.js';

/**
 * Held-out batch 531, file f: a woodturning centre's class page in an old table layout (FrontPage era), and a Discourse
 * thread on a pottery community forum asking about beginners' courses.
 */
const tTitle = 'Beginners Bowl Turning - 2 Day Class';
const tBody = [
  j(
    'A two day class for complete beginners. You will learn to sharpen and use a bowl gouge safely, mount a blank on a faceplate and a',
    'chuck, and turn a finished bowl in ash or sycamore. Day two covers hollowing and sanding and finishing with oil.',
  ),
  'Maximum 3 students, one lathe each. All wood, tools and safety gear supplied. Lunch at the Plough is included.',
  'Price: £220. Please phone or email to book, a deposit of £50 holds your place.',
];
const tSide = ['Home', 'Classes', 'Gift Vouchers', 'Timber for Sale', 'How to Find Us', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Beginners Bowl Turning - Yew Tree Woodturning Centre</title>
<meta name="keywords" content="woodturning, courses, bowl turning, lessons"><link rel="stylesheet" type="text/css" href="style.css"></head>
<body bgcolor="#F5EFE0" topmargin="0" leftmargin="0"><table border="0" cellpadding="0" cellspacing="0" width="780" align="center">
<tr><td colspan="2" bgcolor="#5B3A1E" height="90"><img border="0" src="images/banner.gif" width="780" height="90" alt="Yew Tree Woodturning Centre"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8DCC0"><table border="0" width="100%" cellpadding="4"><tr><td><font face="Verdana" size="2">
${tSide.map((s) => `<a href="${s.toLowerCase().replace(/ /g, '_')}.htm">${s}</a><br>`).join('\n')}</font></td></tr>
<tr><td><font face="Verdana" size="1">Tel: 01632 960 227<br>Open Tues - Sat</font></td></tr></table></td>
<td width="620" valign="top"><table border="0" width="100%" cellpadding="10"><tr><td>
<p><font face="Verdana" size="4" color="#5B3A1E"><b>${tTitle}</b></font></p>
<p><img border="0" src="images/bowl1.jpg" width="200" height="150" align="right" alt="ash bowl"></p>
${ps(tBody.map((t) => `<font face="Verdana" size="2">${t}</font>`))}
<p><font face="Verdana" size="2"><b>Next dates:</b> 17-18 April, 15-16 May</font></p>
<p align="center"><font face="Verdana" size="1"><a href="classes.htm">Back to Classes</a> | <a href="index.htm">Home</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#5B3A1E"><font face="Verdana" size="1" color="#FFFFFF">Copyright © 2004-2027 Yew Tree Woodturning Centre.
 Last updated 02/01/2027</font><br><!--webbot bot="HitCounter" u-custom i-digits="0" i-resetvalue="0" PREVIEW="&lt;strong&gt;[Hit Counter]&lt;/strong&gt;"
 i-image="0" startspan --><img src="_vti_bin/fpcount.exe/?Page=beginners.htm|Image=0" alt="Hit Counter"><!--webbot bot="HitCounter" endspan --></td></tr>
</table></body></html>`;
const table: TestPage = {
  name: 'heldout531-table-woodturning-class',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tBody, 'Next dates: 17-18 April, 15-16 May']),
  bylines: ['Last updated 02/01/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...tSide, 'Tel: 01632 960 227', 'Open Tues - Sat', 'Back to Classes', 'Copyright © 2004-2027 Yew Tree Woodturning Centre.'],
};

const dTitle = 'Week-long throwing course vs weekly evening class?';
const dPosts = [
  {
    user: 'mudlark_jo',
    date: 'Mar 3',
    paras: [
      j(
        'I have done two taster sessions and I am hooked. I can just about centre 1 kg. Now I am trying to decide between a five-day',
        'intensive throwing course in the summer or a ten-week evening class at my local studio. Cost is similar.',
      ),
      'Has anyone done both? Which one made you improve faster?',
    ],
  },
  {
    user: 'KilnGremlin',
    date: 'Mar 3',
    paras: [
      j(
        'Evening class, for me. The intensive was fun but I forgot half of it by September because I had nowhere to practise. With a',
        'weekly class you get a week to forget things and then someone corrects you again, which sounds bad but is how it sticks.',
      ),
    ],
  },
  {
    user: 'Priyanka_S',
    date: 'Mar 4',
    paras: [
      j(
        'Counterpoint: the intensive is the only way you get to follow a pot all the way through, throw, trim, glaze, fire, in one go.',
        'On evening courses trimming often happens the week after and your piece is bone dry. If you can, do the evening class first',
        'and the intensive next year.',
      ),
      'Also check whether the studio offers practice sessions between classes. That is worth more than either course.',
    ],
  },
];
const dNav = ['Topics', 'Categories', 'Guidelines', 'FAQ'];
const post = (p: { user: string; date: string; paras: string[] }, n: number): string => `<div class="topic-post clearfix regular" id="post_${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${4410 + n}" data-topic-id="1187" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="45" height="45" src="/user_avatar/forum.claybench.org/${p.user}/90/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
 href="/t/week-long-vs-evening/1187/${n}"><span title="${p.date}, 2027" data-time="1772539200000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button><button
 class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out
 btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div>
</article></div>`;
const fHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Courses &amp; Classes - Claybench Community</title><meta name="description" content="I have done two taster sessions and I am hooked.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8e7c1f">
<link rel="canonical" href="https://forum.claybench.org/t/week-long-vs-evening/1187">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"mudlark_jo"}}</script>
<link href="/stylesheets/desktop_c2e3b1.css" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler"><noscript data-path="/t/week-long-vs-evening/1187"></noscript><section id="main"><div id="ember5" class="ember-application">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><header class="d-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img src="/uploads/default/original/1X/claybench-logo.png" alt="Claybench Community"
 id="site-logo" class="logo-big"></a></div></div><div class="panel clearfix" role="navigation"><ul class="icons d-header-icons">
<li class="header-dropdown-toggle search-dropdown"><a href="/search" title="Search" class="icon btn-flat" aria-label="Search"></a></li></ul>
<span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-icon-text btn-primary btn-small
 login-button">Log In</button></span></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections">
<ul class="sidebar-section-content">${links(dNav, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div class="container"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1187"><a href="/t/week-long-vs-evening/1187"
 class="fancy-title">${dTitle}</a></h1><div class="topic-category"><span class="badge-category__wrapper">
<span class="badge-category__name">Courses &amp; Classes</span>
</span><div class="list-tags"><a href="/tag/throwing" class="discourse-tag simple">throwing</a></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="1187"><div class="posts-wrapper">
<div class="topic-post-stream">
${dPosts.map((p, i) => post(p, i + 1)).join('\n')}</div></div>
<div class="topic-map"><section class="map"><ul><li><h4>created</h4><span class="relative-date">Mar 3</span></li><li><h4>last reply</h4>
<span class="relative-date">Mar 4</span></li><li><span class="number">2</span><h4>replies</h4></li><li><span class="number">184</span><h4>views</h4></li>
</ul></section></div>
<div id="suggested-topics" class="suggested-topics"><h3 class="suggested-topics-title">Related topics</h3><table class="topic-list"><tbody>
<tr><td><a href="/t/how-long-to-learn-to-centre/901" class="title">How long did it take you to learn to centre?</a></td></tr>
<tr><td><a href="/t/studio-membership-worth-it/1044" class="title">Is a studio membership worth it after one course?</a></td></tr></tbody></table></div>
</section></div></div></div></div></div></div></section>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a><a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
<script defer src="/assets/discourse.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout531-discourse-pottery-courses',
  kind: 'forum',
  html: fHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: [...dPosts.map((p) => p.user), 'Mar 3', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dNav, 'Courses & Classes', 'throwing', 'Reply', 'created', 'last reply', '2', 'replies', '184', 'views',
    'Related topics', 'How long did it take you to learn to centre?', 'Is a studio membership worth it after one course?', 'Home', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT531_F: readonly TestPage[] = [table, discourse];
