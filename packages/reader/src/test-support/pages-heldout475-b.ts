import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout475-kit.js';

/**
 * Held-out batch 475, file b: a database vendor's help article on a Zendesk Help Center (Copenhagen theme) with the section's
 * article list, votes and related articles, and a library blog post on WordPress with the Astra theme, a sidebar and comments.
 */
const zTitle = 'Set up a search alert in Strata Scholar';
const zBody = [
  j(
    'A search alert runs a saved search again on a schedule and emails you the new results. Alerts are useful when you are',
    'following a topic over a semester or waiting for new issues of a journal.',
  ),
  'Before you start',
  j(
    'You need a personal Strata account to save alerts. Your library login alone is not enough: sign in through your library first,',
    'then choose <strong>Sign in to My Strata</strong> at the top of the results page and create an account with your email address.',
  ),
  'Create the alert',
  'Run your search and refine it with the filters until the results look right.',
  'Above the results, select <strong>Save search / Alert</strong>.',
  'Give the alert a name, choose how often it runs (daily, weekly or monthly) and pick the email format.',
  'Select <strong>Save alert</strong>. A confirmation message appears under the search box.',
  j(
    'Note: alerts only report records added since the last run. If you want to see older results too, open the saved search from',
    '<strong>My Strata &gt; Saved searches</strong> instead.',
  ),
  'Manage or stop an alert',
  j(
    'Open <strong>My Strata</strong> and choose the <strong>Alerts</strong> tab. From there you can change the schedule, pause an alert',
    'for up to six months or delete it. Alerts that have not been opened for a year are switched off automatically, and we send you',
    'an email a week before that happens.',
  ),
  j(
    'If alert emails do not arrive, check your junk folder and add alerts@stratascholar.example to your safe senders. Some',
    "university mail systems hold messages with many links; your library's IT team can release them.",
  ),
];
const zSide = [
  'Searching with subject terms',
  'Exporting citations to Zotero or EndNote',
  zTitle,
  'Getting a persistent link to an article',
  'Off-campus access',
];
const zCrumbs = ['Strata Scholar Help', 'Using Strata Scholar', 'Saving and sharing'];
const zRel = ['Save records to a folder', 'Create a journal table of contents alert', 'Delete your My Strata account'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8">
<!-- v26891 --><title>${zTitle} – Strata Scholar Help</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="">
<link rel="canonical" href="https://help.stratascholar.example/hc/en-us/articles/4419021-Set-up-a-search-alert-in-Strata-Scholar">
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="description" content="A search alert runs a saved search again on a
schedule.">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-3a2b1f.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.com/theme_assets/11223/style.css" media="all" type="text/css">
<script src="https://static.zdassets.com/hc/assets/en-us.9b3f.js"></script>
<script type="text/javascript">HelpCenter = {};HelpCenter.account = {"subdomain":"stratascholar","environment":"production","name":"Strata Scholar"};
HelpCenter.user = {"identifier":"da39a3","role":"anonymous","locale":"en-us","name":null};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.com/theme_assets/11223/logo.png"
alt="Help Center home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation">
<ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav><div class="search-container">
<form role="search" class="search" data-search="" action="/hc/en-us/search" method="get"><input type="search" name="query" id="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar" aria-expanded="false"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"
aria-expanded="false"></button><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(zSide, 'sidenav-item')}</ul><a href="/hc/en-us/sections/360001" class="article-sidenav-link">See
more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://stratascholar.zendesk.com/system/photos/9010/avatar.png" alt=""
class="user-avatar"></div><div class="article-meta"><a href="/hc/en-us/profiles/9010-Strata-Support-Team">Strata Support Team</a>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-08-12T14:03:11Z" title="2026-08-12 14:03" data-datetime="relative">3 months ago</time></li>
<li class="meta-data">Updated</li></ul></div></div><a class="article-subscribe button button-secondary" title="Opens a sign-in dialog" rel="nofollow"
role="button" data-auth-action="signin" href="/hc/en-us/articles/4419021/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps([zBody[0] ?? ''])}
<h2 id="h_01">${zBody[1]}</h2>${ps([zBody[2] ?? ''])}
<h2 id="h_02">${zBody[3]}</h2><ol>${lis(zBody.slice(4, 8))}</ol>
<div class="callout callout--info">${ps([zBody[8] ?? ''])}</div>
<p><img src="/hc/article_attachments/77120" alt="The Save search / Alert link above the results list"></p>
<h2 id="h_03">${zBody[9]}</h2>${ps(zBody.slice(10, 12))}</div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=x"
class="share-facebook">Facebook</a></li><li><a href="https://twitter.com/share?lang=en" class="share-twitter">X Corp</a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up"
aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down"
aria-label="This article was not helpful" aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">
41 out of 52 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles=""></div><div class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRel)}</ul></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Strata Scholar</a><div class="footer-language-selector">
<button class="dropdown-toggle" aria-haspopup="true">English (US)</button><span class="dropdown-menu" role="menu" hidden><a href="/hc/change_language/fr"
rel="nofollow" role="menuitem">Français</a><a href="/hc/change_language/de" rel="nofollow" role="menuitem">Deutsch</a></span></div></div></footer>
<script src="//static.zdassets.com/hc/assets/moment-with-locales.min.js"></script><script src="//theme.zdassets.com/theme_assets/11223/script.js"></script>
</body></html>`;
const zendesk: TestPage = {
  name: 'heldout475-zendesk-database-help',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zBody[1] ?? '', zBody[3] ?? '', zBody[9] ?? ''],
  body: texts(zBody.filter((_, i) => ![1, 3, 9].includes(i))),
  bylines: ['Strata Support Team', '3 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', ...zCrumbs, 'Articles in this section', ...zSide.filter((t) => t !== zTitle), 'See more',
    'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', 'Yes', 'No', '41 out of 52 found this helpful', 'Have more questions?',
    'Return to top', 'Related articles', ...zRel, 'English (US)',
  ],
};

const wTitle = 'A Whaling Log Comes Home: Inside the Corran Bequest';
const wBody = [
  j(
    'When a cardboard box arrived at the reference desk last October, nobody expected it to hold the only surviving log of the',
    '<em>Sea Wren</em>, a Harlowe Bay whaler that sailed in 1851 and was thought lost with all its papers.',
  ),
  j(
    'The box came from the family of Agnes Corran, a retired schoolteacher who kept the log in a blanket chest for most of her life.',
    "Her nephew found it while clearing the house and brought it in, along with two ledgers from the family's chandlery on Quay Street.",
  ),
  'What is in the log',
  j(
    'The log runs to 212 pages and covers the whole voyage, from Harlowe Bay round the Cape to the Pacific grounds and back.',
    "The first mate wrote most of it, in a clear hand, and noted the weather, the ship's position and every whale sighted, struck or lost.",
  ),
  j(
    'Stamped in the margins are small whale shapes, one for each animal taken. Our count comes to 47. A few pages near the end are',
    'water-stained, but conservation staff think they can be read under raking light.',
  ),
  'Why it matters for Harlowe Bay',
  j(
    'Harlowe Bay sent out around thirty whaling voyages between 1840 and 1870, but until now we had only customs records and a',
    'handful of letters. The log names twenty-six crew members, eleven of them from the town, and records two deaths and a desertion',
    'in the Azores.',
  ),
  '"It is the first time we can follow one of these voyages day by day, from the people who were on board," said local history librarian Priya Strand.',
  'How you can see it',
  j(
    'The log is being digitised this winter and will go online in our digital collections in the spring. Until then, you can',
    'view it by appointment in the Local History Room on Tuesdays and Thursdays. Please book at least a week ahead.',
  ),
  'We are also looking for volunteers to help transcribe the log once the scans are ready. No experience is needed; we will train you.',
];
const wNav = ['Home', 'Events', 'Local History', 'Book Picks', 'Library Website'];
const wRecent = ['Winter Reading Challenge: The Results', 'New in the Local History Room: Shop Signs of Quay Street', 'Our Maker Space Turns Five'];
const wCats = ['Book Picks', 'From the Archives', 'Kids & Teens', 'News'];
const wComments: [string, string, string][] = [
  ['Hal Brennick', 'November 24, 2026 at 8:41 am', 'My great-great-grandfather sailed out of Harlowe Bay in the 1850s. I will be booking an appointment!'],
  ['Dot Willesden', 'November 24, 2026 at 2:17 pm', 'Count me in for transcribing. Is there a sign-up form yet?'],
];
const wComment = ([n, d, t]: [string, string, string], i: number): string => `<li class="comment even thread-even depth-1" id="li-comment-${i + 41}">
<article id="comment-${i + 41}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.com/avatar/0${i}?s=50"
class="avatar avatar-50 photo" height="50" width="50"></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header
class="ast-comment-meta ast-row
ast-comment-author capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${n}</b></cite></div><div class="ast-comment-time"><span
class="timendate">
<a href="#comment-${i + 41}"><time datetime="2026-11-24">${d}</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow"
class="comment-reply-link" href="#comment-${i + 41}">Reply</a></span></div></section></article></li>`;
const wHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${wTitle} – Off the Shelf</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Off the Shelf » Feed" href="https://blog.harlowebaylibrary.org/feed/">
<link rel="stylesheet" id="astra-theme-css-css" href="https://blog.harlowebaylibrary.org/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em}.site-title a{color:#1d4e5f}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2026-11-23T10:00:00+00:00","author":{"name":"Tobiah Vance"}}]}</script>
<script src="https://blog.harlowebaylibrary.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-812 single-format-standard wp-custom-logo
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to
content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-builder-menu-toggle-icon"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div class="main-header-bar-wrap"><div class="main-header-bar"><div
class="ast-container">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://blog.harlowebaylibrary.org/" class="custom-logo-link" rel="home"><img
src="/wp-content/uploads/2024/02/hbl-logo.png" class="custom-logo" alt="Harlowe Bay Public Library"></a></span><div class="ast-site-title-wrap">
<span class="site-title" itemprop="name"><a href="https://blog.harlowebaylibrary.org/" rel="home">Off the Shelf</a></span>
<p class="site-description" itemprop="description">News and stories from Harlowe Bay Public Library</p></div></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(wNav, 'menu-item menu-item-type-custom')}</ul>
</div></nav></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-from-the-archives ast-article-single" id="post-812"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1"><header class="entry-header">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="640" src="/wp-content/uploads/2026/11/sea-wren-log-1024x640.jpg"
class="attachment-large wp-post-image" alt="Open pages of a nineteenth-century ship's log" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta"><span class="cat-links"><a href="/category/from-the-archives/"
rel="category tag">From the Archives</a></span> / By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope"
itemprop="author"><a title="View all posts by Tobiah Vance" href="/author/tvance/" rel="author" class="url fn n" itemprop="url"><span class="author-name"
itemprop="name">Tobiah Vance</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">November 23, 2026</span></span></div>
</header><div class="entry-content clear" itemprop="text">
${ps(wBody.slice(0, 2))}
<h2 class="wp-block-heading">${wBody[2]}</h2>${ps(wBody.slice(3, 5))}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/11/log-margin.jpg" alt="Whale stamps in a log margin">
<figcaption class="wp-element-caption">Whale stamps in the margin of the <em>Sea Wren</em> log, 1852. Photo: Harlowe Bay Public Library</figcaption></figure>
<h2 class="wp-block-heading">${wBody[5]}</h2>${ps([wBody[6] ?? ''])}
<blockquote class="wp-block-quote"><p>${wBody[7]}</p></blockquote>
<h2 class="wp-block-heading">${wBody[8]}</h2>${ps(wBody.slice(9, 11))}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a href="?share=facebook" class="share-facebook sd-button"><span>Facebook</span></a></li>
<li class="share-email"><a href="?share=email" class="share-email sd-button"><span>Email</span></a></li></ul></div></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a title="Winter Reading Challenge: The Results" href="/2026/11/winter-reading-results/" rel="prev"><span class="ast-left-arrow">←</span> Previous
Post</a></div>
<div class="nav-next"><a title="Our Maker Space Turns Five" href="/2026/11/maker-space-five/" rel="next">Next Post <span
class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“${wTitle}”</h3></div><ol class="ast-comment-list">${wComments.map(wComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel Reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend
class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment"
placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><p class="form-submit"><input name="submit" type="submit"
id="submit" class="submit" value="Post Comment »"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search
for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label><input type="submit" class="search-submit"
value="Search"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent
Posts"><ul>${links(wRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav
aria-label="Categories"><ul>${links(wCats, 'cat-item')}</ul></nav></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-below-footer-wrap
ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full"><div class="ast-builder-grid-row-container-inner"><div class="ast-footer-copyright"><p>Copyright © 2026 Off
the Shelf |
Powered by <a href="https://wpastra.com/" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraPost: TestPage = {
  name: 'heldout475-astra-library-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[2] ?? '', wBody[5] ?? '', wBody[8] ?? ''],
  body: texts(wBody.filter((_, i) => ![2, 5, 8].includes(i))),
  bylines: ['By Tobiah Vance', 'November 23, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Off the Shelf', 'News and stories from Harlowe Bay Public Library', ...wNav.filter((t) => t !== 'Home' && t !== 'Local History'),
    'From the Archives',
    'Whale stamps in the margin of the Sea Wren log, 1852. Photo: Harlowe Bay Public Library', 'Share this:', 'Facebook', 'Email',
    '← Previous Post', 'Next Post →', `2 thoughts on “${wTitle}”`, ...wComments.flat(), 'Reply', 'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Recent Posts', ...wRecent, 'Categories',
    ...wCats.filter((t) => t !== 'Book Picks' && t !== 'From the Archives'), 'Copyright © 2026 Off the Shelf | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT475_B: readonly TestPage[] = [zendesk, astraPost];
