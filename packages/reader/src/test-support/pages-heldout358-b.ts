import { links, ps, type TestPage, texts } from './page-kit.js';
import { apptegySnow } from './pages-heldout358-b2.js';
import { j, lis } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file b: a headteacher's blog post on a WordPress site with the GeneratePress theme (site header and
 * primary menu, entry meta with date, author and reading time, a pull quote, Jetpack-style share buttons, post navigation,
 * three approved comments with replies and the comment form, the sidebar widgets, the Complianz cookie banner) and, from
 * file b2, a snow day closure notice on an Apptegy-style district app site rendered by Nuxt.
 */
const hTitle = 'Why we are giving homework a rest in Key Stage 2';
const hBody1 = [
  j(
    'Every September I promise myself that this will be the year I write more often on this blog, and every September the term runs',
    'away with me. This week, though, I want to explain a decision that the governors and I have made about homework, because I know',
    'it has already been discussed at the school gate.',
  ),
  j(
    'From the summer term, pupils in Years 3 to 6 will no longer be set weekly written homework. Instead we are asking every family',
    'for three simple things, which I will come to below.',
  ),
];
const hWhy = [
  j(
    'Last autumn we asked parents, pupils and staff what they thought of homework. Almost seven hundred of you replied. The answers',
    'were honest, and they were not comfortable reading. Many families told us the weekly worksheet had become a source of arguments',
    'at the kitchen table. Teachers told us they were spending Monday mornings chasing missing sheets rather than teaching.',
  ),
  j(
    'The research is also less clear-cut than people often assume. For older secondary pupils, homework seems to help. For children of',
    'primary age, the evidence suggests that the benefit of written tasks is small, while the benefit of regular reading at home is large.',
  ),
];
const hPull = 'We would rather your child read for twenty minutes with you than spend an hour on a worksheet alone.';
const hAsk = [j('So here is what we are asking instead. Every evening, if you possibly can:')];
const hAskList = [
  'Read with your child, or listen to them read, for twenty minutes.',
  'Practise times tables for five minutes, on paper or in the app.',
  'Talk about one thing they learned at school that day.',
];
const hNext = [
  j(
    'Teachers will still send home an occasional project, usually linked to a topic, and Year 6 will have some revision activities',
    'before their tests in May. We will review the new approach at the end of the summer term and share what we find.',
  ),
  j('If you have questions, my door really is open on Friday mornings from 8.30, and the governors’ parent forum meets on 22nd April.'),
];
const hComments: readonly (readonly [string, string, string])[] = [
  ['Hannah Brierley', 'March 9, 2026 at 8:14 pm', 'Thank you for explaining this so clearly. The worksheet battles were real in our house!'],
  ['Daniel Okoro', 'March 10, 2026 at 7:02 am', 'Will the reading records still come home every day, or is that changing too?'],
  ['Ruth Sandell', 'March 10, 2026 at 9:45 am', 'Yes, reading records stay exactly as they are. Thank you for asking, Daniel.'],
];
const hMenu = ['Home', 'About', 'Our School Website', 'Contact'];
const hRecent = ['A new library for the new year', 'What our Year 6 leavers taught me', 'Sports day, rain and resilience'];
const hArchive = ['March 2026', 'February 2026', 'January 2026'];
const hHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">
<title>Why we are giving homework a rest in Key Stage 2 – From the Head's Desk</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="WordPress 6.8.1">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-09T16:30:00+00:00">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"Why we are giving homework a rest in Key Stage 2","author":{"@type":"Person","name":"Ruth Sandell"},"datePublished":"2026-03-09"}]}</script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","banner_version":"14"};</script></head>
<body class="post-template-default single single-post postid-1187 wp-embed-responsive right-sidebar nav-below-header">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding">
<p class="main-title"><a href="/" rel="home">From the Head’s Desk</a></p>
<p class="site-description">Notes from the headteacher of Saltmarsh Junior School</p></div></div></header>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation"><button class="menu-toggle">Menu</button>
<ul id="menu-primary" class="menu sf-menu">${links(hMenu, 'menu-item')}</ul></div></nav>
<div class="site grid-container container" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-1187" class="post-1187 post type-post status-publish format-standard category-school-life">
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${hTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-03-09T16:30:00+00:00">March 9, 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/rsandell/">Ruth Sandell</a></span></span>
<span class="reading-time">4 minute read</span></div></header>
<div class="entry-content" itemprop="text">${ps(hBody1)}
<h2 class="wp-block-heading">Why change?</h2>${ps(hWhy)}
<figure class="wp-block-pullquote"><blockquote><p>${hPull}</p></blockquote></figure>
<h2 class="wp-block-heading">What we are asking instead</h2>${ps(hAsk)}<ol class="wp-block-list">${lis(hAskList)}</ol>
<h2 class="wp-block-heading">What happens next</h2>${ps(hNext)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#"><span>Facebook</span></a></li>
<li><a class="share-email" href="#"><span>Email</span></a></li><li><a class="share-print" href="#"><span>Print</span></a></li></ul></div></div>
<footer class="entry-meta"><span class="cat-links">Categories: <a href="/category/school-life/">School life</a></span>
<span class="tags-links">Tags: <a href="/tag/homework/">homework</a>, <a href="/tag/reading/">reading</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="/a-new-library/" rel="prev">A new library for the new year</a></div>
</nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 thoughts on “${hTitle}”</h3><ol class="comment-list">
${hComments
  .map(
    (
      c,
    ) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><cite class="fn">${c[0]}</cite></div>
<div class="entry-meta comment-metadata"><a href="#"><time>${c[1]}</time></a></div></footer><div class="comment-content"><p>${c[2]}</p></div>
<span class="reply"><a class="comment-reply-link" href="#">Reply</a></span></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><label for="comment">Comment</label>
<textarea id="comment"></textarea><label for="author">Name</label><input id="author"><p class="form-submit"><input type="submit" value="Post Comment"></p>
</form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(hRecent)}</ul></aside>
<aside class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(hArchive)}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info"><div class="copyright-bar">© 2026 From the Head’s Desk • Built with GeneratePress</div></footer></div>
<div class="cmplz-cookiebanner banner-1 optin" role="dialog"><div class="cmplz-title">Manage Cookie Consent</div>
<div class="cmplz-message"><p>To provide the best experiences, we use technologies like cookies to store and/or access device information.</p></div>
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button>
</div><script src="/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=7.4"></script></body></html>`;
const headBlog: TestPage = {
  name: 'heldout358-wordpress-generatepress-head-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Why change?', 'What we are asking instead', 'What happens next'],
  body: texts([...hBody1, ...hWhy, hPull, ...hAsk, ...hAskList, ...hNext]),
  bylines: ['March 9, 2026', 'Ruth Sandell', '4 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'From the Head’s Desk', 'Notes from the headteacher of Saltmarsh Junior School', 'Menu', ...hMenu, 'Share this:', 'Facebook',
    'Email', 'Print', 'Categories:', 'School life', 'Tags:', 'A new library for the new year', '3 thoughts on “Why we are giving homework a rest',
    ...hComments.flat().filter((t) => t !== 'Ruth Sandell'),
    'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name',
    'Recent Posts', ...hRecent.slice(1), 'Archives', ...hArchive, '© 2026 From the Head’s Desk • Built with GeneratePress', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT358_B: readonly TestPage[] = [headBlog, apptegySnow];
