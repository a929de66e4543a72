import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file d2: a personal-finance blog on WordPress with the GeneratePress theme (site header and primary menu,
 * entry-header with entry-meta posted-on / byline, featured image with caption, a "Read more" inline link, affiliate
 * disclosure, social share buttons, entry-meta footer with categories and tags, post navigation, comments with reply links
 * and the comment form, right sidebar widgets, footer widgets and a Complianz cookie banner).
 */
const pTitle = 'How We Paid Off £18,000 of Debt in 26 Months on One Income';
const pIntro = [
  j(
    'Two years ago my partner lost her job three weeks before Christmas, and we sat at the kitchen table with every statement we',
    'owned. Between two credit cards, a car loan and an overdraft we owed just over £18,000. Last month we made the final payment.',
  ),
  'This is not a story about extreme frugality. We still bought birthday presents and went camping. What changed was that we stopped guessing.',
];
const pH = ['Step 1: We listed everything', 'Step 2: We chose the avalanche method', 'Step 3: We found £410 a month', 'What I would do differently'];
const pList = j(
  'We wrote down each debt with its balance, interest rate and minimum payment. Seeing the overdraft charge at an effective 39%',
  'was the moment it stopped feeling abstract.',
);
const pAvalanche = [
  j(
    'With the avalanche method you pay the minimum on everything and throw every spare pound at the debt with the highest interest',
    'rate. The snowball method, clearing the smallest balance first, feels better sooner, but on our numbers the avalanche saved',
    'us roughly £1,300 in interest.',
  ),
  'We kept motivation up by colouring in a paper chart on the fridge for every £250 cleared.',
];
const pFound = [
  'Switching our energy and broadband deals: £64 a month.',
  'Cancelling four subscriptions we had forgotten about: £47 a month.',
  'A weekly meal plan and one big shop instead of daily top-ups: about £120 a month.',
  'Selling the second car and buying a bike for my commute: £179 a month after insurance and fuel.',
];
const pFoundAfter = j(
  'When my partner started a new job eight months in, we kept living on one income and put her whole salary, minus her own',
  'spending money, towards the debt. That is what took us from a four-year plan to just over two.',
);
const pDiff = [
  j(
    'I would have built a small emergency buffer first. Twice a broken appliance went straight back onto a credit card, and it',
    'was demoralising to watch the balance go up again.',
  ),
  'If you are at the start of this, be kind to yourselves. It is a long walk, but every month it gets a little shorter.',
];
const pComments = [
  'This is so encouraging. We are eight months into a similar plan and the fridge chart idea is going up tonight.',
  'Great post. Did you consider a balance transfer card for the credit card debt? It might have cut the interest further.',
  'We did look at one, but with a lower income at the time we were not accepted. Worth checking if you can, though!',
];
const pNav = ['Home', 'Start Here', 'Budgeting', 'Debt', 'Saving', 'About'];
const pRecent = ['Our No-Spend January, Week by Week', 'Is a Cash Envelope Budget Worth It?', 'Sinking Funds for Beginners'];
const pCats = ['Budgeting (42)', 'Debt (19)', 'Family Money (27)', 'Side Income (11)'];
const cmt = (id: number, who: string, when: string, text: string, cls = ''): string => `<li id="comment-${id}" class="comment ${cls}">
<article class="comment-body" id="div-comment-${id}"><footer class="comment-meta"><img alt="" src="https://secure.gravatar.example/avatar/${id}?s=50"
class="avatar avatar-50 photo" height="50" width="50"><div class="comment-author-info"><div class="comment-author vcard"><cite itemprop="name"
class="fn">${who}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${id}"><time datetime="2026-03-22T19:04:00+00:00">${when}</time>
</a></div></div></footer><div class="comment-content" itemprop="text"><p>${text}</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></article>`;
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="robots" content="index, follow, max-image-preview:large">
<title>${pTitle} - The Frugal Kettle</title><meta name="description" content="How we cleared £18,000 of debt in 26 months on one salary.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-21T07:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"${pTitle}","author":{"name":"Bryony Fairlie"},"datePublished":"2026-03-21T07:30:00+00:00"}]}</script>
<link rel='stylesheet' id='generate-style-css' 
href='https://frugalkettle.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'>
<script src="https://frugalkettle.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-embed-responsive right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" itemtype="https://schema.org/WPHeader"><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://frugalkettle.example/" rel="home">The Frugal Kettle</a></p>
<p class="site-description" itemprop="description">Real budgets from a real family</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation"><div class="inside-navigation grid-container"><div class="main-nav">
<ul id="menu-primary" class="menu sf-menu">${links(pNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-2291" class="post-2291 post type-post status-publish format-standard has-post-thumbnail category-debt">
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${pTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-03-21T07:30:00+00:00">21 March 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/bryony/"><span class="author-name">Bryony Fairlie</span></a></span>
</span></div></header>
<div class="featured-image page-header-image-single grid-container grid-parent"><figure class="wp-block-image"><img width="1200" height="675"
src="https://frugalkettle.example/wp-content/uploads/2026/03/fridge-chart.jpg" class="attachment-full size-full wp-post-image" alt="">
<figcaption class="wp-element-caption">Our debt-free chart, finished at last. Photo: Bryony Fairlie</figcaption></figure></div>
<div class="entry-content" itemprop="text">
<p class="affiliate-disclosure"><em>This post may contain affiliate links.
If you buy through them we may earn a small commission at no extra cost to you.</em></p>
${ps(pIntro)}
<h2 class="wp-block-heading">${pH[0]}</h2>
${ps([pList])}
<h2 class="wp-block-heading">${pH[1]}</h2>
${ps(pAvalanche)}
<p class="read-more-inline"><strong>Read more:</strong> <a href="/sinking-funds-for-beginners/">Sinking Funds for Beginners</a></p>
<h2 class="wp-block-heading">${pH[2]}</h2>
<ul class="wp-block-list">${lis(pFound)}</ul>
${ps([pFoundAfter])}
<h2 class="wp-block-heading">${pH[3]}</h2>
${ps(pDiff)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook sd-button" href="#">Facebook</a></li>
<li><a class="share-pinterest sd-button" href="#">Pinterest</a></li><li><a class="share-email sd-button" href="#">Email</a></li></ul></div>
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/debt/" rel="category tag">Debt Free Journey</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span>
<a href="/tag/avalanche/" rel="tag">debt payoff</a>, <a href="/tag/one-income/" rel="tag">single-income family</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><span class="prev"><a href="/no-spend-january/" rel="prev">Our No-Spend
January, Week by Week</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">3 thoughts on “${pTitle}”</h2><ol class="comment-list">
${cmt(801, 'Mariam K', '22 March 2026 at 7:04 pm', pComments[0] ?? '')}</li>
${cmt(802, 'Daniel Oduya', '23 March 2026 at 9:15 am', pComments[1] ?? '')}<ol class="children">
${cmt(803, 'Bryony Fairlie', '23 March 2026 at 12:40 pm', pComments[2] ?? '', 'bypostauthor')}</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label>
<textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="text-2" class="widget inner-padding widget_text"><h2 class="widget-title">Hi, I’m Bryony</h2><div class="textwidget"><p>Mum of two,
ex-bank cashier, and the person behind the spreadsheet.</p></div></aside>
<aside id="mc4wp_form_widget-2" class="widget inner-padding widget_mc4wp_form_widget"><h2 class="widget-title">Get the free budget planner</h2>
<form class="mc4wp-form"><input type="email" name="EMAIL" placeholder="Your email address"><input type="submit" value="Send it to me"></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(pRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(pCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">
<span class="copyright">© 2026 The Frugal Kettle</span> • Built with <a href="https://generatepress.example" itemprop="url">GeneratePress</a>
</div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog"><div class="cmplz-title">Manage Cookie Consent</div>
<div class="cmplz-message"><p>We use cookies to optimise our website and our service.</p></div><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script id="generate-menu-js" src="https://frugalkettle.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;

export const wpBlog: TestPage = {
  name: 'heldout296-wordpress-generatepress-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pIntro, pList, ...pAvalanche, ...pFound, pFoundAfter, ...pDiff]),
  bylines: ['21 March 2026', 'Bryony Fairlie'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Frugal Kettle', 'Real budgets from a real family', ...pNav, 'Our debt-free chart, finished at last. Photo: Bryony Fairlie',
    'This post may contain affiliate links.', 'Read more:', 'Share this:', 'Facebook', 'Pinterest', 'Email', 'Debt Free Journey', 'debt payoff',
    'single-income family', `3 thoughts on “${pTitle}”`, 'Mariam K', '22 March 2026 at 7:04 pm', ...pComments, 'Reply',
    'Daniel Oduya', '23 March 2026 at 9:15 am',
    '23 March 2026 at 12:40 pm', 'Leave a Comment', 'Hi, I’m Bryony', 'Mum of two, ex-bank cashier, and the person behind the spreadsheet.',
    'Get the free budget planner', 'Recent Posts', ...pRecent, 'Categories', ...pCats, '© 2026 The Frugal Kettle', 'GeneratePress',
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};
