import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 223, file f2: a Wix Blog post on a piano teacher's studio site (Thunderbolt markup: SITE_CONTAINER, the
 * header with the dropdown menu and "Book a Trial Lesson" button, the blog's category menu and search, the post header with
 * avatar, author, "Admin" badge, date and reading time, the more-actions button, Ricos rich-content blocks with a list and
 * an image caption, the post footer with share buttons, category and tags, views, comments and the like button, "Recent
 * Posts" with "See All", the comments box, the Wix footer and its "Proudly created with Wix.com" line).
 */
const wxTitle = 'Practising Less, Progressing More: A Guide for Parents';
const wxP1 = [
  'Every September a parent asks me the same question: how long should my child practise each day? It is a fair question, and the ' +
    'honest answer is that the number of minutes matters much less than what happens in them.',
  'Over fifteen years of teaching I have seen children make wonderful progress on ten focused minutes a day, and others stand still ' +
    'on forty distracted ones. Here is what I tell the families in my studio.',
];
const wxH1 = 'Short and often beats long and rare';
const wxP2 = [
  'Five days of ten minutes is far better than one long session the night before a lesson. Our memory for physical skills is built ' +
    'while we sleep, so each night after practice is a small step forward. Cramming gives the brain one night to work with instead of five.',
];
const wxH2 = 'Give every practice session a job';
const wxP3 = ['Before your child sits down, agree on one small goal. For example:'];
const wxList = [
  'Play bars 9 to 12 hands separately three times without stopping.',
  'Clap the rhythm of the new piece while counting out loud.',
  'Play the C major scale with the metronome at 60, then at 66.',
  'Play the whole piece once for fun, mistakes and all.',
];
const wxP4 = [
  'When the goal is met, the session is over, even if it took only six minutes. Finishing on a success is worth more than five more ' +
    'minutes of tired repetition.',
  'Children who know exactly what they are trying to do tend to practise with far less arguing, because the end is always in sight.',
];
const wxH3 = 'How you can help without being a musician';
const wxP5 = [
  'You do not need to read music to be a great practice partner. Ask your child to teach you what they learned this week. Sit in the ' +
    'room now and then and listen. Notice effort rather than talent: “you kept going after that wrong note” is more useful than “you are so clever”.',
  'And please tell me when practice is a battle. It usually means the piece is too hard or too dull, and both of those are my job to fix.',
];
const wxCaption = 'A practice chart from one of my students: one goal a day, one sticker a day.';
const wxMenu = ['Home', 'Lessons', 'About', 'Blog', 'Contact'];
const wxCats = ['All Posts', 'Practice Tips', 'Studio News', 'Exams'];
const wxRecent = ['Getting Ready for Your First Exam', 'Our Spring Recital in Pictures', 'Why Every Pianist Should Learn to Sing'];
const wxRecentCounts = ['42', '3'];
const wxShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy link'];
const wxPara = (t: string, id: string): string =>
  `<p class="ixRdS jWabc xBdwD" dir="auto" id="viewer-${id}"><span style="font-size:18px" class="kx0Tp">${t}</span></p>`;
const wxPs = (a: readonly string[], id: string): string => a.map((t, i) => wxPara(t, `${id}${i}`)).join('\n');
const wxH = (t: string, id: string): string => `<h2 class="ixRdS UfcLf xBdwD" dir="auto" id="viewer-${id}"><span class="kx0Tp">${t}</span></h2>`;
const wxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Practising Less, Progressing More: A Guide for Parents</title><meta name="description" content="How long should my child practise each day?">
<link rel="canonical" href="https://www.ellaprowsepiano.example/post/practising-less-progressing-more"><meta property="og:title" content="${wxTitle}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Ella Prowse Piano Studio">
<meta property="article:author" content="Ella Prowse">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wxTitle}","author":{"@type":"Person",
"name":"Ella Prowse"},
"datePublished":"2025-09-08T09:21:00.000Z","publisher":{"@type":"Organization","name":"Ella Prowse Piano Studio"}}</script>
<script>window.viewerModel = {"siteFeatures":["blog","comments"],
"requestUrl":"https://www.ellaprowsepiano.example/post/practising-less-progressing-more"}</script>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.c8f0a3.bundle.min.js" async></script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="wixui-header__inner">
<div id="comp-lx1a" class="HcOXKn wixui-rich-text"><p class="font_0"><span class="wixui-rich-text__text">Ella Prowse Piano Studio</span></p></div>
<nav aria-label="Site" id="comp-lx1b" class="wixui-dropdown-menu"><ul class="ItHQRK">${links(wxMenu, 'wixui-dropdown-menu__item')}</ul></nav>
<a class="wixui-button" href="/book-online" aria-disabled="false"><span class="wixui-button__label">Book a Trial Lesson</span></a></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="blog-post-page-font">
<nav class="blog-navigation-container" aria-label="Blog categories"><ul>${links(wxCats, 'blog-category-item')}</ul>
<button data-hook="search-button" aria-label="Search">Search</button></nav>
<article class="blog-post-page-font" data-hook="post"><div data-hook="post-top-section"><div data-hook="post-header" class="post-header">
<div class="post-metadata"><img data-hook="avatar-image" alt="Writer's picture" src="https://static.wixstatic.example/media/avatar.jpg">
<span data-hook="user-name" class="user-name">Ella Prowse</span><span class="writer-badge">Admin</span>
<ul class="post-metadata__list"><li><span data-hook="time-ago" title="Sep 8">Sep 8</span></li><li><span data-hook="time-to-read">3 min read</span></li></ul>
</div>
<button data-hook="more-button" aria-label="More actions" class="more-button"></button></div>
<h1 data-hook="post-title" class="post-title blog-post-title-font"><span class="post-title__text">${wxTitle}</span></h1></div>
<div data-hook="post-description" class="post-content"><div data-id="content-viewer" class="rich-content-viewer" dir="ltr" data-hook="rcv-block-first">
${wxPs(wxP1, 'a')}
${wxH(wxH1, 'h1')}
${wxPs(wxP2, 'b')}
<div data-hook="imageViewer" class="image-container"><img src="https://static.wixstatic.example/media/practice-chart.jpg" alt="">
<span dir="auto" class="image-caption" data-hook="imageViewerCaption">${wxCaption}</span></div>
${wxH(wxH2, 'h2')}
${wxPs(wxP3, 'c')}
<ul class="J5Yzh public-DraftStyleDefault-ul">${wxList
  .map(
    (t, i) => `<li class="Yx6Gf" id="viewer-l${i}"><p class="ixRdS" dir="auto">
<span class="kx0Tp">${t}</span></p></li>`,
  )
  .join('\n')}</ul>
${wxPs(wxP4, 'd')}
${wxH(wxH3, 'h3')}
${wxPs(wxP5, 'e')}
</div></div>
<div data-hook="post-footer" class="post-footer"><div class="share-buttons" role="toolbar">${wxShare
  .map((t) => `<button class="share-button" aria-label="${t}"><span class="screen-reader-only">${t}</span></button>`)
  .join('')}</div>
<div class="post-categories"><a href="/blog/categories/practice-tips">Practice Tips</a></div><ul class="post-tags" aria-label="Tags">
<li><a href="/blog/tags/parents">parents</a></li><li><a href="/blog/tags/practice">practice</a></li></ul>
<div class="post-stats"><span data-hook="views-counter">118 views</span><span data-hook="comment-count">2 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked" class="like-button"><span data-hook="like-button-count">7</span></button></div></div>
</article>
<section class="recent-posts" aria-label="Recent Posts"><div class="recent-posts-header"><h2>Recent Posts</h2><a href="/blog">See All</a></div>
<ul>${wxRecent
  .map((t, i) => `<li class="recent-post-card"><h3 class="post-title">${t}</h3><span data-hook="views-counter">${wxRecentCounts[i] ?? '0'} views</span></li>`)
  .join('\n')}</ul></section>
<section data-hook="comments-root" class="comments"><h2 class="comments-title">Comments</h2><div class="comment-input-placeholder">Write a comment...</div>
</section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="wixui-footer__inner"><p class="font_9">Ella Prowse Piano Studio · 4 Orchard Row, Pellingham</p>
<p class="font_9">© 2025 by Ella Prowse Piano Studio. Proudly created with Wix.com</p></div></footer></div></div></div>
<div id="ccsu-banner" role="dialog" aria-label="Cookie banner"><p>This website uses cookies. We use cookies to improve your experience and for marketing.</p>
<button>Settings</button><button>Decline</button><button>Accept</button></div></body></html>`;
export const wixTeacherPost: TestPage = {
  html: wxHtml,
  name: 'heldout223-wix-piano-teacher-post',
  kind: 'blog',
  // the image caption, post header bits (badge, reading time goes to bylines), share labels, stats and recent posts are furniture
  title: wxTitle,
  headings: [wxH1, wxH2, wxH3],
  body: [...texts(wxP1), ...texts(wxP2), ...texts(wxP3), ...wxList, ...texts(wxP4), ...texts(wxP5)],
  bylines: ['Ella Prowse', 'Sep 8', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ella Prowse Piano Studio', ...wxMenu, 'Book a Trial Lesson', ...wxCats, 'Search', 'Admin', wxCaption, ...wxShare, 'parents', 'practice', '118 views',
    '2 comments', '7', 'Recent Posts', 'See All', ...wxRecent, '42 views', '3 views', '0 views', 'Comments', 'Write a comment...',
    'Ella Prowse Piano Studio · 4 Orchard Row, Pellingham', '© 2025 by Ella Prowse Piano Studio. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and for marketing.', 'Settings', 'Decline', 'Accept',
  ],
};
