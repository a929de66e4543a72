import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout353-kit.js';

/**
 * Held-out batch 353, file f: a council's consultation overview page on Delib Citizen Space (consultation hub breadcrumb,
 * dates box, "Give us your views" survey link, related documents, audiences and interests lists), and a small town's news
 * post on WordPress with the Twenty Twenty-One theme (posted-on and byline, categories and tags, post navigation, comments
 * and the comment form, sidebar widgets).
 */
const zTitle = 'Draft Active Travel Strategy 2026 to 2036';
const zH = ['Overview', 'Why we are consulting', 'What we are proposing', 'What happens next'];
const zOver = [
  j(
    'Our draft Active Travel Strategy sets out how we want to make walking, wheeling and cycling the easiest choice for short journeys',
    'in Dunmere over the next ten years. We would like to hear what you think of the draft before it is finalised.',
  ),
];
const zWhy = [
  j(
    'Around a third of car journeys in Dunmere are under two miles. Many people have told us they would walk or cycle more if routes',
    'felt safer and were better connected. The strategy will guide how we spend transport funding and which schemes we bid for, so',
    'it is important that it reflects the needs of the people who live and work here.',
  ),
];
const zProp = ['The draft strategy proposes:'];
const zPropList = [
  'a connected network of 42 miles of protected cycle routes linking every town and large village to a railway station;',
  'safer crossings and wider footways outside all 58 schools, starting with those on the busiest roads;',
  'secure cycle parking in every town centre and at transport hubs;',
  'a default 20mph limit in residential streets, introduced area by area with local engagement; and',
  'a review of dropped kerbs, seating and surfaces so that routes work for wheelchair and mobility scooter users.',
];
const zProp2 = [
  j(
    'The full strategy and a shorter summary are available below. The survey asks about each of the five themes and should take',
    'about 15 minutes to complete. You do not have to answer every question.',
  ),
];
const zNext = [
  j(
    'Paper copies of the survey and the easy read version are available at all Dunmere libraries, and we will hold drop-in sessions',
    'in each of the four towns during February. If you need the documents in another format or language, please contact us.',
  ),
  j(
    'When the consultation closes, we will analyse all the responses and publish a summary of what we heard. The final strategy',
    'will be presented to Cabinet in July 2026. We will also publish a "We asked, you said, we did" report on this site.',
  ),
];
const zAud = ['Residents', 'Businesses', 'Schools', 'Disabled people', 'Voluntary and community groups'];
const zInt = ['Transport', 'Road safety', 'Climate change', 'Health and wellbeing'];
const zHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${zTitle} - Dunmere Council - Citizen Space</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Tell us what you think of our draft Active Travel Strategy.">
<meta property="og:title" content="${zTitle}"><meta property="og:site_name" content="Dunmere Council - Citizen Space">
<link rel="stylesheet" href="/static/css/citizenspace.css"><link rel="stylesheet" href="/static/css/theme/dunmere.css">
<script>window.CS = {"consultationId": "active-travel-strategy", "status": "open", "hub": "consult.dunmere.gov.example"};</script></head>
<body class="cs-consultation-page template-consultation-overview"><a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" class="cs-cookie-banner"><p>We use cookies to help us improve Citizen Space. <a href="/cookies">Find out more about cookies</a></p>
<button class="btn">Accept</button><button class="btn">Decline</button></div>
<header id="site-header" class="cs-header"><a href="/" class="cs-header__logo"><img src="/static/img/dunmere-logo.svg" alt="Dunmere Council"></a>
<span class="cs-header__title">Consultation Hub</span><nav class="cs-header__nav">
<ul>${links(['Find Consultations', 'We Asked, You Said, We Did', 'Sign in'])}</ul></nav></header>
<div id="main" class="container"><ol class="breadcrumb">${links(['Dunmere Council', 'Find Consultations'])}<li class="active">${zTitle}</li></ol>
<div class="cs-consultation"><div class="row"><div class="col-md-8"><h1 class="consultation-title">${zTitle}</h1>
<div class="cs-owner"><p>Owned by Sustainable Transport Team</p></div>
<div id="cs-overview" class="cs-consultation-overview"><h2>${zH[0]}</h2>${ps(zOver)}
<h2>${zH[1]}</h2>${ps(zWhy)}<h2>${zH[2]}</h2>${ps(zProp)}<ul>${lis(zPropList)}</ul>${ps(zProp2)}</div>
<div class="cs-give-views"><h2>Give us your views</h2>
<a href="/sustainable-transport/active-travel-strategy/consultation/intro/" class="btn btn-primary btn-lg">Online Survey</a></div>
<div class="cs-related-files"><h2>Related Files</h2><ul class="file-list">${links([
  'Draft Active Travel Strategy 2026 to 2036 (PDF, 6.4 MB)',
  'Summary document (PDF, 900 KB)',
  'Easy read version (PDF, 1.1 MB)',
])}</ul></div>
<div class="cs-next-steps"><h2>${zH[3]}</h2>${ps(zNext)}</div></div>
<div class="col-md-4"><div class="cs-dates panel"><h3>Dates</h3><p>Opened 2 Feb 2026</p><p>Closes 16 Mar 2026</p></div>
<div class="cs-contact panel"><h3>Contact</h3><p>Sustainable Transport Team</p><p>activetravel@dunmere.gov.example</p></div>
<div class="cs-share panel"><h3>Share</h3><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share by email</a></div></div></div>
<div class="row cs-taxonomy"><div class="col-md-6"><h3>Audiences</h3><ul>${lis(zAud)}</ul></div><div class="col-md-6"><h3>Interests</h3><ul>${lis(zInt)}</ul>
</div></div>
</div></div>
<footer class="cs-footer"><ul>${links(['Accessibility', 'Privacy notice', 'Contact us'])}</ul><p class="cs-powered">Powered by Citizen Space</p></footer>
<script src="/static/js/citizenspace.min.js"></script></body></html>`;
const consult: TestPage = {
  name: 'heldout353-citizen-space-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts([...zOver, ...zWhy, ...zProp, ...zPropList, ...zProp2, ...zNext]),
  bylines: ['Opened 2 Feb 2026', 'Closes 16 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to help us improve Citizen Space. Find out more about cookies', 'Accept', 'Decline', 'Consultation Hub',
    'Find Consultations', 'We Asked, You Said, We Did', 'Sign in', 'Dunmere Council', 'Owned by Sustainable Transport Team', 'Give us your views',
    'Online Survey', 'Related Files', 'Draft Active Travel Strategy 2026 to 2036 (PDF, 6.4 MB)', 'Summary document (PDF, 900 KB)',
    'Easy read version (PDF, 1.1 MB)',
    'Dates', 'Contact', 'activetravel@dunmere.gov.example', 'Share', 'Share on Facebook', 'Share on X', 'Share by email', 'Audiences', ...zAud,
    'Interests', ...zInt, 'Accessibility', 'Privacy notice', 'Contact us', 'Powered by Citizen Space',
  ],
};

const wTitle = 'Town Green bandstand restored in time for summer concerts';
const wBody = [
  j(
    'The bandstand on Ellery Town Green is back in use after a five-month restoration, and the first of this year’s free Sunday',
    'concerts will go ahead there on May 3 as planned.',
  ),
  j(
    'The octagonal cast-iron bandstand was built in 1909 and was last restored in the 1980s. An inspection last autumn found rust in',
    'three of the eight columns and rot in the timber floor, and the structure was fenced off in October.',
  ),
  j(
    'Working with the Ellery Historical Society, the town’s Public Works crew removed the roof panels and sent the columns to a',
    'foundry in Marlow Falls for repair. The floor has been rebuilt with oak boards, and the roof has been repainted in the original',
    'dark green and cream, matched from paint samples found under later layers.',
  ),
  j(
    '“We had photographs from 1912 to work from, so we know it looks the way it did when the town band first played here,” said',
    'Historical Society president Orla Whitcombe.',
  ),
  'The project cost $146,000, paid for by:',
];
const wList = [
  '$90,000 from the town’s capital budget, approved at Town Meeting last year;',
  '$38,000 from a state historic preservation grant; and',
  '$18,000 raised by residents through the Save the Bandstand appeal.',
];
const wEnd = [
  j(
    'New lighting and a ramp on the north side mean the bandstand is now accessible to wheelchair users for the first time. The',
    'Select Board thanked everyone who donated, including the pupils of Ellery Elementary, who raised $1,200 with a bake sale.',
  ),
  j(
    'The Recreation Committee is now looking for volunteers to help set up chairs and run the refreshment stand on concert',
    'afternoons. Anyone interested can sign up at the Recreation Office in the Town Hall basement.',
  ),
  'The full summer concert schedule will be posted on the town website and at Town Hall in April.',
];
const wCmts = [
  'Wonderful news, and it looks beautiful. My grandfather played cornet there in the 1950s.',
  'Great job by the Public Works crew. Will there be a plaque listing the donors?',
  'Yes, Dale, a plaque is being made and will go up before the first concert.',
];
const wRecent = ['Spring cleanup week starts April 20', 'Annual Town Meeting warrant now available', 'Transfer station summer hours'];
const wCats = ['Announcements', 'Parks and Recreation', 'Highways', 'Board News'];
const cm = (id: number, who: string, when: string, text: string, depth: number): string => `<li id="comment-${id}" class="comment ${depth > 1 ? 'byuser' : ''}
depth-${depth}"><article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${id}">
<time datetime="2026-03-1${depth}">${when}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article>
</li>`;
const wHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Town of Ellery</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="https://elleryma.example/wp-content/themes/twentytwentyone/style.css?ver=2.3" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"datePublished":"2026-03-10T14:20:00+00:00","author":{"name":"Town Clerk's Office"}}]}</script>
<script>document.body.classList.remove("no-js");</script><meta name="generator" content="WordPress 6.7.2"></head>
<body class="post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive is-light-theme has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title">
<a href="/" rel="home">Town of Ellery</a></p>
<p class="site-description">Official news from Ellery Town Hall</p></div><nav id="site-navigation" class="primary-navigation" aria-label="Primary menu">
<div class="primary-menu-container">
<ul id="primary-menu-list" class="menu-wrapper">${links(['Home', 'Departments', 'Boards and Committees', 'News', 'Contact'], 'menu-item')}</ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2214" class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-announcements entry">
<header class="entry-header alignwide"><h1 class="entry-title">${wTitle}</h1><figure class="post-thumbnail">
<img width="1568" height="882" src="https://elleryma.example/wp-content/uploads/2026/03/bandstand.jpg"
class="attachment-post-thumbnail size-post-thumbnail wp-post-image"
alt="The restored bandstand"><figcaption class="wp-caption-text">The restored bandstand on Ellery Town Green. Photo by Nils Carver</figcaption></figure>
</header>
<div class="entry-content">${ps(wBody)}<ul class="wp-block-list">${lis(wList)}</ul>${ps(wEnd)}</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2026-03-10T14:20:00+00:00">March 10, 2026</time></span><span class="byline">By <a href="/author/clerk/" rel="author">Town Clerk's Office</a></span>
</div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/announcements/" rel="category tag">Announcements</a></span>
<span class="tags-links">Tagged <a href="/tag/bandstand/" rel="tag">bandstand</a>, <a href="/tag/historic-preservation/" rel="tag">historic preservation</a>
</span></div></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/2026/03/transfer-station/" rel="prev">
<p class="meta-nav">Previous post</p><p class="post-title">Transfer station summer hours</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">3 comments</h2><ol class="comment-list">
${cm(301, 'Maureen Tobin', 'March 10, 2026 at 4:02 pm', wCmts[0] ?? '', 1)}
${cm(302, 'Dale Stroud', 'March 11, 2026 at 8:15 am', wCmts[1] ?? '', 1)}
${cm(303, 'Town Clerk', 'March 11, 2026 at 9:40 am', wCmts[2] ?? '', 2)}</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2>
<form action="/wp-comments-post.php" method="post" id="commentform">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment">
<label for="comment">Comment *</label>
<textarea id="comment" name="comment" rows="5"></textarea></p><p class="form-submit"><input type="submit" class="submit" value="Post Comment"></p></form>
</div></div>
</main></div></div>
<aside class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">Town of Ellery</div>
<div class="powered-by">Proudly powered by WordPress.</div></div></footer></div>
<script id="twenty-twenty-one-ie11-polyfills-js-after">( Element.prototype.matches && Element.prototype.closest &&
window.NodeList && NodeList.prototype.forEach );</script></body></html>`;
const wp: TestPage = {
  name: 'heldout353-wordpress-twentytwentyone-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wBody, ...wList, ...wEnd]),
  bylines: ['Published March 10, 2026', "By Town Clerk's Office"],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Town of Ellery', 'Official news from Ellery Town Hall', 'Home', 'Departments', 'Boards and Committees', 'News', 'Contact',
    'The restored bandstand on Ellery Town Green. Photo by Nils Carver', 'Categorized as Announcements', 'Tagged bandstand, historic preservation',
    'Previous post', 'Transfer station summer hours', '3 comments', 'Maureen Tobin', 'March 10, 2026 at 4:02 pm', 'Dale Stroud', 'March 11, 2026 at 8:15 am',
    'Town Clerk', 'March 11, 2026 at 9:40 am', 'says:', ...wCmts, 'Reply', 'Leave a comment',
    'Your email address will not be published. Required fields are marked *', 'Comment *', 'Recent Posts', ...wRecent, 'Categories', ...wCats,
    'Proudly powered by WordPress.',
  ],
};

export const HELDOUT353_F: readonly TestPage[] = [consult, wp];
