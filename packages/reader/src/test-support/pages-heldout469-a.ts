import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Sec, secHeads, secParas, secs } from './pages-heldout469-kit.js';

/**
 * Held-out batch 469, file a: a state senate candidate's issues page on NationBuilder (a custom theme over the stock
 * layout, with sign-up and donate boxes in the sidebar), and a campaign news post on WordPress (Astra) with comments.
 */
const nTitle = 'Where Maren Tolliver Stands';
const nIntro = [
  j(
    'I am running for State Senate in District 14 because the people of Calder County are working harder than ever and getting',
    'less for it. Here is what I will fight for in Harwick, in plain words, so you can hold me to it.',
  ),
];
const nSecs: Sec[] = [
  {
    h: 'Affordable housing',
    p: [
      j(
        'Rents in Calder County have risen by 41 percent in six years. I will push to let towns build duplexes and cottage homes',
        'on any residential lot, and to double the state match for the Starter Home Fund so first-time buyers can put down less.',
      ),
    ],
  },
  {
    h: 'Schools that keep their teachers',
    p: [
      j(
        'Our district lost one teacher in five last year to better-paying districts across the river. I will back a minimum',
        'starting salary of $52,000 and fund it through the school aid formula, not through local property taxes.',
      ),
      'I will also fight to keep the Dunmore and Ashby Road schools open. A child should not ride a bus for an hour each way.',
    ],
  },
  {
    h: 'Rural hospitals and clinics',
    p: [
      j(
        'When Pell Valley Hospital closed its maternity ward, mothers started driving 70 miles to give birth. I will sponsor a',
        'rural care grant that keeps labor and delivery units open in counties with fewer than 50,000 people.',
      ),
    ],
  },
  {
    h: 'Clean water',
    p: [
      j(
        'Three townships in the district still have lead service lines. I will fight for a ten-year plan, paid for from the',
        'state infrastructure bank, to replace every one of them, starting with homes where children live.',
      ),
    ],
  },
];
const nPledges = ['take no money from corporate PACs', 'hold a town hall in every township each year', 'publish my full schedule every Friday'];
const nPledgeHead = 'My promises to you';
const nOutro = 'Have a question about where I stand? <a href="/contact">Write to me</a>, and I will answer it myself.';
const nNav = ['Meet Maren', 'Issues', 'Events', 'Volunteer', 'News', 'Contact'];
const nFoot = ['Privacy policy', 'Log in'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Issues - Maren Tolliver for State Senate</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Where Maren Tolliver Stands"><meta property="og:site_name" content="Maren Tolliver for State Senate">
<meta property="og:image" content="https://assets.nationbuilder.com/tolliver/pages/12/meta_images/original/maren-share.jpg">
<link href="https://d3n8a8pro7vhmx.cloudfront.net/themes/5f1e2/attachments/original/theme.css" media="all" rel="stylesheet">
<script>var NB = NB || {}; NB.page = {"id":12,"slug":"issues","type":"basic"};</script>
<script src="https://d3n8a8pro7vhmx.cloudfront.net/assets/jquery.min.js"></script></head>
<body class="page-type-basic" id="issues"><div id="fb-root"></div>
<a class="sr-only sr-only-focusable" href="#content">Skip to content</a>
<div class="header-wrap"><header class="header"><div class="container"><a class="logo" href="/"><img src="/logo.png" alt="Maren Tolliver"></a>
<nav class="navbar" role="navigation"><button class="navbar-toggle" data-toggle="collapse"><span class="sr-only">Toggle navigation</span></button>
<ul class="nav navbar-nav" id="nav">${links(nNav, 'nav-item')}</ul>
<a class="btn btn-donate" href="/donate">Donate</a></nav></div></header></div>
<div id="content" class="container"><div class="row"><div class="col-md-8 main">
<div id="intro" class="intro"><h1 class="headline">${nTitle}</h1></div>
<div class="content-pane"><div id="content-pane-content" class="content">
${ps(nIntro)}
${secs(nSecs)}
<h2>${nPledgeHead}</h2><ul>${lis(nPledges)}</ul>
${ps([nOutro])}
</div>
<div class="share-buttons"><span class="share-label">Share this page</span>
<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=https://www.marentolliver.com/issues">Facebook</a>
<a class="share-twitter" href="https://twitter.com/intent/tweet?url=https://www.marentolliver.com/issues">Post</a>
<a class="share-email" href="mailto:?subject=Where%20Maren%20Stands">Email</a></div></div></div>
<div class="col-md-4 sidebar"><div class="sidebar-signup"><h3>Get updates from Maren</h3>
<form class="ajaxForm signup_form" action="/forms/signups" method="post"><label for="signup_email">Email</label>
<input id="signup_email" name="signup[email]" type="email"><label for="signup_zip">ZIP code</label><input id="signup_zip" name="signup[zip]">
<input class="submit-button" type="submit" value="Sign up"></form></div>
<div class="sidebar-donate"><h3>Chip in $14 for District 14</h3><p>Every dollar we raise comes from people, not PACs.</p>
<a class="btn btn-primary" href="/donate">Contribute</a></div>
<div class="sidebar-stats"><p class="supporter-count"><span>2,184</span> supporters</p></div></div></div></div>
<footer class="footer"><div class="container"><p class="paid-for">Paid for by Friends of Maren Tolliver, Ilse Brandt, Treasurer</p>
<ul class="footer-links">${links(nFoot)}</ul>
<p class="nb-credit">Created with <a href="https://nationbuilder.com/">NationBuilder</a></p></div></footer>
<script src="https://d3n8a8pro7vhmx.cloudfront.net/assets/application.js"></script></body></html>`;
const nationBuilder: TestPage = {
  name: 'heldout469-nationbuilder-issues',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [...secHeads(nSecs), nPledgeHead],
  body: texts([...nIntro, ...secParas(nSecs), ...nPledges, nOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Donate', 'Share this page', 'Facebook', 'Post', 'Email',
    'Get updates from Maren', 'ZIP code', 'Sign up', 'Chip in $14 for District 14', 'Every dollar we raise comes from people, not PACs.',
    'Contribute', '2,184 supporters', 'Paid for by Friends of Maren Tolliver, Ilse Brandt, Treasurer', ...nFoot, 'Created with NationBuilder',
  ],
};

const wTitle = 'Campaign opens field office in Brennick as door-knocking passes 20,000';
const wBody = [
  j(
    'BRENNICK — The Hollis Varga for County Executive campaign opened its second field office on Saturday, in the old Quarry',
    'Street hardware store, as volunteers passed 20,000 doors knocked since the start of June.',
  ),
  j(
    'More than 150 neighbors came to the opening, which ended with a canvass of the Eastgate neighborhood. "Every one of those',
    'doors is a conversation about bus service, about property taxes, about whether the county answers the phone," Varga said.',
  ),
  j(
    'The Brennick office will be open every day from 10 a.m. to 8 p.m. until Election Day on November 3. It joins the',
    'headquarters in Lowry Mill, which has hosted phone banks six nights a week since July.',
  ),
  j(
    'Field director Anouk Petrakis said the campaign now has 412 active volunteers, 60 of them under the age of 25. The goal',
    'is to reach every registered voter in the county at least twice before early voting begins on October 17.',
  ),
  'Volunteers can pick up canvass packets at either office. No experience is needed: every shift starts with a short training.',
];
const wNav = ['Home', 'About Hollis', 'Priorities', 'News', 'Events', 'Volunteer'];
const wComments = [
  { who: 'Gerda M.', when: 'September 14, 2026 at 9:12 pm', text: 'Stopped by today. Great energy and free coffee! Signed up for Thursday.' },
  { who: 'Tom Reese', when: 'September 15, 2026 at 7:40 am', text: 'Is there parking behind the building or only on Quarry Street?' },
];
const wRecent = ['Varga releases plan to restore Route 9 bus service', 'Teachers union endorses Hollis Varga', 'Join us for the Riverside Park picnic'];
const comment = (c: { who: string; when: string; text: string }, i: number): string =>
  `<li id="comment-${i + 40}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">${c.who}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${i + 40}"><time datetime="2026-09-14">${c.when}</time></a></div></footer>
<div class="comment-content"><p>${c.text}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Hollis Varga for County Executive</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://vargaforexec.com/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em}.site-title a{color:#1b3a6b}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"datePublished":"2026-09-13T18:02:11+00:00","author":{"name":"Campaign Staff"}}]}</script></head>
<body class="post-template-default single single-post postid-311 ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-title"><a href="/"
rel="home">Hollis Varga for County Executive</a></span></div></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">${links(wNav, 'menu-item')}
<li class="menu-item ast-header-button"><a href="/donate">Donate</a></li></ul></div></nav></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-311 post type-post status-publish format-standard category-news ast-article-single" id="post-311">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published">September 13, 2026</span></span> / <span class="posted-by vcard author">
<a class="url fn n" href="/author/staff/">Campaign Staff</a></span> / <span class="cat-links"><a href="/category/news/">News</a></span></div></header>
<div class="entry-content clear">
${ps(wBody.slice(0, 4))}
<p><strong>${wBody[4]}</strong></p>
<p><a class="wp-block-button__link" href="/volunteer">Sign up for a shift</a></p>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/teachers-union-endorses"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/route-9-plan">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h3>
<ol class="ast-comment-list">${wComments.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Early voting</h2><div class="textwidget">
<p>Early voting runs October 17 to October 31 at the County Services Building.</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-section">
<p>Paid for by Varga for Calder County</p><p>Copyright &copy; 2026 Hollis Varga for County Executive | Powered by Astra WordPress Theme</p>
</div></div></div></footer></div>
<script src="https://vargaforexec.com/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout469-wordpress-astra-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: ['September 13, 2026', 'Campaign Staff'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hollis Varga for County Executive', ...wNav, 'Donate', 'Sign up for a shift', 'Previous Post', 'Next Post',
    `2 thoughts on “${wTitle}”`, ...wComments.flatMap((c) => [c.who, c.when, c.text]), 'says:', 'Reply', 'Leave a Reply',
    'Your email address will not be published.', 'Comment', 'Recent Posts', ...wRecent, 'Early voting',
    'Early voting runs October 17 to October 31 at the County Services Building.', 'Paid for by Varga for Calder County',
    'Copyright © 2026 Hollis Varga for County Executive | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT469_A: readonly TestPage[] = [nationBuilder, wordpress];
