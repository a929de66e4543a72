import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout400-kit.js';
import { nurses } from './pages-heldout400-b2.js';

/**
 * Held-out batch 400, file b: a union branch's news post on WordPress with the Astra theme (site header, entry meta with
 * author, date and category, Sassy Social Share bar, post navigation, two approved comments and the reply form, sidebar
 * widgets, footer, Complianz cookie banner) and a nurses' union campaign page built with Elementor (header template,
 * hero heading, counter and call-to-action widgets, testimonial, sign-up form, footer template). The campaign page is in file b2.
 */
const bTitle = 'Branch secures return of paid breaks at Kestle Road depot';
const bBody = [
  j(
    'After four months of pressure from members, management at the council’s Kestle Road depot has agreed to restore the paid',
    '20-minute break that was removed from refuse crews’ rosters last autumn.',
  ),
  j(
    'The break was cut in October when the council introduced new collection rounds. Crews were told that the longer rounds',
    'would be “more efficient” and that the break could be taken unpaid at the end of a shift. In practice, most members said they',
    'were working six hours or more without stopping.',
  ),
  j(
    'The branch raised a collective grievance in November, backed by a petition signed by 112 of the depot’s 130 staff. Stewards',
    'also logged every round that overran, and the figures showed that crews were finishing late on almost half of working days.',
  ),
];
const bBody2 = [
  'The agreement reached at last Thursday’s joint meeting includes:',
  'a paid 20-minute break on every shift of more than six hours, backdated to 1 March;',
  'a review of the three longest rounds, with a steward on the review panel;',
  'a commitment that rostering changes will be consulted on at least eight weeks in advance.',
  j(
    'Branch secretary Gwen Adeyemi-Platt thanked members for keeping records. “This was won by crews writing down what actually',
    'happened every day. Management could argue with our opinions, but they could not argue with their own tachograph data.”',
  ),
];
const bBody3 = [
  j(
    'Members who think they have lost pay since 1 March should speak to their steward before the end of April so that the',
    'backdated money can be included in the May payroll.',
  ),
  j(
    'Agency workers who have since moved onto permanent contracts are covered from the date their contract changed. The branch',
    'is still in talks about the weeks they worked through an agency, and will report back at the next meeting.',
  ),
  'The next branch meeting is on Tuesday 14 April at 6pm in the Kestle Road canteen. All members are welcome.',
];
const bComments = [
  'Brilliant news. Well done to the stewards on the night shift who kept the logs going even when nobody thought it would work.',
  'Does the backdating cover agency staff who have since been taken on permanently? A few of us started in February.',
];
const bMenu = ['Home', 'About the Branch', 'News', 'Our Stewards', 'Join', 'Contact'];
const bShare = ['Facebook', 'Twitter', 'WhatsApp', 'Email'];
const bRecent = ['Pay claim 2026: have your say', 'New stewards elected at AGM', 'Winter safety: gritting rounds update'];
const bArchives = ['March 2026', 'February 2026', 'January 2026'];
const bHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bTitle} &#8211; Northbrook Local Government Branch</title><meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='astra-theme-css-css'
href='https://northbrookbranch.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${bTitle}",
"datePublished":"2026-03-19T17:42:10+00:00","author":{"name":"Branch Secretary"}}]}</script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_header_footer_builder_active":"1"};</script>
<meta name="generator" content="WordPress 6.5.2" /></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-1184 single-format-standard
ast-single-post ast-right-sidebar astra-4.6.4"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope="itemscope">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar">
<div class="site-branding ast-site-identity"><span class="site-title" itemprop="name"><a href="https://northbrookbranch.example/" rel="home">Northbrook
Local Government Branch</a></span><p class="site-description" itemprop="description">Standing up for council workers since 1974</p></div>
<nav id="primary-site-navigation-desktop" class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
aria-label="Site Navigation: Main"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(bMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1184 post type-post status-publish format-standard hentry category-branch-news ast-article-single" id="post-1184"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">${bTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
By <a title="View all posts by Branch Secretary" href="https://northbrookbranch.example/author/secretary/" class="url fn n" rel="author"
itemprop="url"><span class="author-name" itemprop="name">Branch Secretary</span></a></span> / <span class="posted-on"><span
class="published" itemprop="datePublished">19 March 2026</span></span> / <span class="cat-links"><a href="/category/branch-news/"
rel="category tag">Branch News</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(bBody)}
<h2 class="wp-block-heading">What was agreed</h2>
<p>${bBody2[0]}</p>
<ul class="wp-block-list">${lis(bBody2.slice(1, 4))}</ul>
<p>${bBody2[4]}</p>
<h2 class="wp-block-heading">Back pay</h2>
${ps(bBody3)}
<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing" data-heateor-sss-href="https://northbrookbranch.example/2026/03/paid-breaks/">
<div class="heateor_sss_sharing_title" style="font-weight:bold">Spread the word</div><div class="heateor_sss_sharing_ul">
${bShare
  .map(
    (s) => `<a class="heateor_sss_button_${s.toLowerCase()}" title="${s}" rel="nofollow noopener"><span class="heateor_sss_svg">${s}</span>
</a>`,
  )
  .join('\n')}
</div></div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2026/03/pay-claim/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/2026/03/stewards/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“${bTitle}”</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-311"><article id="comment-311" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-author-name"><cite class="fn">Terry Malone</cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-311"><time datetime="2026-03-19T19:02:11+00:00">March 19, 2026 at 7:02 pm</time></a>
</span></div></header></div><section class="ast-comment-content comment"><p>${bComments[0]}</p><div class="ast-comment-edit-reply-wrap"><span
class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-314"><article id="comment-314" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta"><div class="ast-comment-author-name"><cite class="fn">Jas Kaur</cite></div>
<div class="ast-comment-time"><time datetime="2026-03-20T08:40:55+00:00">March 20, 2026 at 8:40 am</time></div></header></div>
<section class="ast-comment-content comment"><p>${bComments[1]}</p></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
Required fields are marked <span class="required">*</span></p><textarea id="comment" name="comment" cols="45" rows="8"></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span
class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(bRecent)}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(bArchives)}</ul></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Need help at work?</h2><div class="textwidget"><p>Call the branch office on
01632 960 412, Monday to Friday, 9am to 4pm.</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container"><div class="ast-footer-copyright">
<p>Copyright © 2026 Northbrook Local Government Branch | Powered by Astra WordPress Theme</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body">
<div class="cmplz-message">We use cookies to optimise our website and our service.</div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js" src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4"></script></body></html>`;
const branch: TestPage = {
  name: 'heldout400-wordpress-astra-branch-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: ['What was agreed', 'Back pay'],
  body: texts([...bBody, ...bBody2, ...bBody3]),
  bylines: ['Branch Secretary', '19 March 2026', 'Terry Malone', 'March 19, 2026 at 7:02 pm', 'Jas Kaur', 'March 20, 2026 at 8:40 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Standing up for council workers since 1974', ...bMenu, 'Branch News', 'Spread the word', ...bShare, 'Post navigation',
    'Previous Post', 'Next Post', ...bComments, 'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Recent Posts', ...bRecent, 'Archives', ...bArchives, 'Need help at work?', 'Call the branch office on 01632 960 412, Monday to Friday, 9am to 4pm.',
    'Copyright © 2026 Northbrook Local Government Branch | Powered by Astra WordPress Theme', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT400_B: readonly TestPage[] = [branch, nurses];
