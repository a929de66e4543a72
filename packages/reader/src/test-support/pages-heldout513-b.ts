import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout513-kit.js';

/**
 * Held-out batch 513, file b: a tutoring agency's GCSE revision guide on WordPress (GeneratePress, Easy Table of Contents,
 * sidebar widgets, a comment), and a learning centre's term dates page built with Wix.
 */
const gTitle = 'How to revise for GCSE English Literature: a twelve-week plan';
const gIntro = [
  j(
    'English Literature is the exam students most often leave until last, because it does not feel like something you can revise.',
    'You can. The trick is to stop rereading the texts and start practising the thing the exam actually rewards: short, well-chosen',
    'quotations explained in your own words, tied to what the writer was doing.',
  ),
  j(
    'This plan assumes four texts (a Shakespeare play, a nineteenth-century novel, a modern text and the poetry anthology) and',
    'about three hours a week. Move the weeks around if your mocks fall at a different time.',
  ),
];
const gS1 = [
  j(
    'Spend the first three weeks building one page per text: the plot in ten lines, five characters with three quotations each,',
    'and four themes with two quotations each. Keep quotations short. Four words you can remember beat a sentence you cannot.',
  ),
  'Test yourself on the quotations every other day using flashcards, and say each one out loud with a sentence about why it matters.',
];
const gS2 = [
  j(
    'From week four, write one timed paragraph a day. Pick a question from a past paper, give yourself twelve minutes, and write',
    'a single paragraph with a point, a quotation, an analysis of one or two words and a link to context.',
  ),
  'Mark each paragraph against the mark scheme. Which of these did you do?',
  'Answered the question in the first sentence',
  'Used a quotation of fewer than ten words',
  'Named a technique and explained its effect',
  'Linked to the writer’s purpose or the time it was written',
];
const gS3 = [
  j(
    'In weeks eight to ten, write two full essays a week under exam conditions. Plan for five minutes first; students who plan',
    'score, on average, a grade higher than those who start writing straight away, simply because their essays have an argument.',
  ),
  j(
    'The poetry comparison question needs its own practice. Choose pairs of poems that share a theme (power, conflict, memory)',
    'and write comparison plans rather than full essays. Ten plans teach you more than two essays.',
  ),
];
const gS4 = [
  j(
    'In the last two weeks, stop learning new material. Go back over your quotation pages, reread your best two essays and the',
    'feedback on them, and sleep properly. Tired students lose marks on the unseen poem more than anywhere else.',
  ),
  j(
    'If you would like help with any part of this plan, our tutors run weekly online sessions for each exam board, and we can',
    'mark practice essays within three working days.',
  ),
];
const gQuote = 'A student who knows forty short quotations well will always beat one who half-knows the whole book.';
const gHeads = ['Weeks 1 to 3: build your quotation bank', 'Weeks 4 to 7: one paragraph a day', 'Weeks 8 to 10: full essays', 'Weeks 11 and 12: the run-in'];
const gNav = ['Home', 'Tutoring', 'Online courses', 'Blog', 'About', 'Contact'];
const gRecent = ['Mock results: what to do in January', 'Choosing between Foundation and Higher maths', 'Five myths about the 11+'];
const gCats = ['Exam preparation', 'GCSE', 'Parents'];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - Northfold Tutoring</title><meta name='robots' content='index, follow, max-image-preview:large' />
<meta property="og:type" content="article" /><meta property="article:published_time" content="2027-02-08T09:00:00+00:00" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Rachel Odum"},"datePublished":"2027-02-08T09:00:00+00:00"}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://northfoldtutoring.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all' />
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222}.entry-content h2{font-size:26px}</style>
<link rel='stylesheet' id='ez-toc-css' href='https://northfoldtutoring.co.uk/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css' media='all'
/></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://northfoldtutoring.co.uk/" rel="home">Northfold Tutoring</a></p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry
category-exam-preparation tag-gcse tag-english" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="https://northfoldtutoring.co.uk/wp-content/uploads/2027/02/revision-desk.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image">
</div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2027-02-08T09:00:00+00:00" itemprop="datePublished">8 February 2027</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://northfoldtutoring.co.uk/author/rachel/" title="View all posts by Rachel Odum" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Rachel Odum</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">${ps(gIntro)}
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#"
class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"></a></span></div>
<nav><ul class='ez-toc-list ez-toc-list-level-1'>${gHeads
  .map(
    (h, i) => `<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class="ez-toc-link
ez-toc-heading-${i + 1}" href="#w${i + 1}" title="${h}">${h}</a></li>`,
  )
  .join('')}</ul></nav></div>
<h2><span class="ez-toc-section" id="w1"></span>${gHeads[0]}<span class="ez-toc-section-end"></span></h2>${ps(gS1)}
<figure class="wp-block-image size-large"><img src="https://northfoldtutoring.co.uk/wp-content/uploads/2027/02/flashcards-1024x683.jpg" alt="">
<figcaption class="wp-element-caption">A quotation bank for Macbeth, one card per character.</figcaption></figure>
<h2><span class="ez-toc-section" id="w2"></span>${gHeads[1]}<span class="ez-toc-section-end"></span></h2>${ps(gS2.slice(0, 2))}
<ul class="wp-block-list">${lis(gS2.slice(2))}</ul>
<h2><span class="ez-toc-section" id="w3"></span>${gHeads[2]}<span class="ez-toc-section-end"></span></h2>${ps(gS3)}
<blockquote class="wp-block-quote"><p>${gQuote}</p></blockquote>
<h2><span class="ez-toc-section" id="w4"></span>${gHeads[3]}<span class="ez-toc-section-end"></span></h2>${ps(gS4)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/tutoring/gcse-english/">See GCSE
English tutoring</a></div></div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/exam-preparation/" rel="category tag">Exam preparation</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span>
<a href="/tag/gcse/" rel="tag">GCSE</a>, <a href="/tag/english/" rel="tag">English</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/mock-results-january/"
rel="prev">Mock results: what to do in January</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">One thought on “${gTitle}”</h3><ol class="comment-list">
<li id="comment-204" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-204" itemtype="https://schema.org/Comment"
itemscope>
<footer class="comment-meta"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"><cite itemprop="name"
class="fn">Priya M</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-204"><time datetime="2027-02-09T19:12:44+00:00"
itemprop="datePublished">9 February 2027 at 7:12 pm</time></a>
</div></div></footer><div class="comment-content" itemprop="text"><p>Printed this for my daughter. The paragraph checklist is exactly what she needed.</p>
<span class="reply"><a rel='nofollow' class='comment-reply-link' href='#comment-204'>Reply</a></span></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment"
class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text">
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Free consultation</h2><div class="textwidget">
<p>Not sure what your child needs? Book a free 20-minute call with our director of studies.</p></div></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2027 Northfold Tutoring</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;}}();</script>
<script src="https://northfoldtutoring.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body></html>`;
const guide: TestPage = {
  name: 'heldout513-generatepress-gcse-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gIntro, ...gS1, ...gS2, ...gS3, gQuote, ...gS4]),
  bylines: ['8 February 2027', 'by Rachel Odum', 'Priya M', '9 February 2027 at 7:12 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Northfold Tutoring', 'Menu', ...gNav, 'Table of Contents', 'A quotation bank for Macbeth, one card per character.',
    'See GCSE English tutoring', 'Categories', 'Tags', 'Exam preparation', 'GCSE', 'English', `One thought on “${gTitle}”`,
    'Printed this for my daughter. The paragraph checklist is exactly what she needed.', 'Reply', 'Leave a Comment', 'Comment', 'Name', 'Email',
    'Search for:', 'Recent Posts', ...gRecent, 'Parents', 'Free consultation',
    'Not sure what your child needs? Book a free 20-minute call with our director of studies.', '© 2027 Northfold Tutoring • Built with GeneratePress',
  ],
};

const wTitle = 'Term Dates 2027–2028';
const wBody = [
  'Little Acorns Learning Centre follows the Bexford County Council school calendar, so our sessions match your child’s school holidays.',
  'Autumn Term',
  'Monday 6 September – Friday 22 October 2027',
  'Half term: Monday 25 October – Friday 29 October',
  'Monday 1 November – Friday 17 December 2027',
  'Spring Term',
  'Tuesday 4 January – Friday 11 February 2028',
  'Half term: Monday 14 February – Friday 18 February',
  'Monday 21 February – Friday 31 March 2028',
  'Summer Term',
  'Tuesday 18 April – Friday 26 May 2028',
  'Half term: Monday 29 May – Friday 2 June',
  'Monday 5 June – Friday 21 July 2028',
  'We are closed on bank holidays. Missed sessions are not refunded, but you are welcome to book a catch-up class in the holiday club.',
];
const wHeadIdx = [1, 5, 9];
const wNav = ['Home', 'About Us', 'Classes', 'Fees', 'Term Dates', 'Contact'];
const wRich = (t: string, i: number): string =>
  wHeadIdx.includes(i)
    ? `<h2 class="font_2 wixui-rich-text__text" style="font-size:24px;"><span class="wixui-rich-text__text">${t}</span></h2>`
    : `<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text">${t}</span></p>`;
const wComp = (html: string, id: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${html}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/><title>Term Dates | Little Acorns Learning Centre</title>
<meta property="og:title" content="Term Dates | Little Acorns Learning Centre"/><meta property="og:site_name" content="Little Acorns Learning Centre"/>
<script type="application/json" id="wix-viewer-model">{"site":{"isResponsive":false,"siteId":"7a0c1f"},"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = {"requestUrl":"https://www.littleacornslearning.co.uk/term-dates"};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}#comp-lt8k2d1{width:980px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lt8k2a9"
class="comp-lt8k2a9 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><a
href="/">Little Acorns Learning Centre</a></p></div>
<nav id="comp-lt8k2b3" class="comp-lt8k2b3 wixui-dropdown-menu" aria-label="Site"><ul class="XwEjI_ tYc3Jq" data-testid="itemsContainer">
${wNav
  .map(
    (n) => `<li class="wixui-dropdown-menu__item" data-testid="dropdownmenuitem"><a data-testid="linkElement" href="/${n.toLowerCase().replace(' ', '-')}"
class="UiHgGh"><div class="yRj2ms"><div class="zKbzSQ"><p class="JS76Uv">${n}</p></div></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wN7vIL">
<section id="comp-lt8k2d1" class="Oqnisf comp-lt8k2d1 wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
${wComp(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`, 'lt8k2d5')}
${wBody.map((t, i) => wComp(wRich(t, i), `lt8k3${String(i).padStart(2, '0')}`)).join('\n')}
<div class="comp-lt8k3z0 R6ex7N" id="comp-lt8k3z0"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button"><span class="l7_2fn
wixui-button__label">Book a Free Assessment</span></a></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${wComp('<p class="font_9 wixui-rich-text__text">22 Mill Road, Bexford BX4 2LP | 01632 960 771</p>', 'lt8k4a1')}
${wComp('<p class="font_9 wixui-rich-text__text">© 2027 by Little Acorns Learning Centre. Proudly created with Wix.com</p>', 'lt8k4a2')}
<div id="comp-lt8k4a3" class="comp-lt8k4a3 wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.facebook.com/littleacornsbx"
target="_blank"><img alt="Facebook" src="https://static.wixstatic.com/media/facebook.png"/></a></li></ul></div></div></footer>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const termDates: TestPage = {
  name: 'heldout513-wix-term-dates',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeadIdx.map((i) => wBody[i] ?? ''),
  body: texts(wBody.filter((_, i) => !wHeadIdx.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Little Acorns Learning Centre', ...wNav, 'Book a Free Assessment', '22 Mill Road, Bexford BX4 2LP | 01632 960 771',
    '© 2027 by Little Acorns Learning Centre. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT513_B: readonly TestPage[] = [guide, termDates];
