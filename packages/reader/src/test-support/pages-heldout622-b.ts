import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout622-kit.js';

/**
 * Held-out batch 622, file b: a salon news post on WordPress (Astra theme) with a sidebar and comments, and a stylist's blog
 * post on a Wix site (Wix Blog) with its post footer and recent posts.
 */
const aTitle = 'We’re Moving! Our New Home on Castle Street Opens 3 March';
const aBody = [
  j(
    'After nine happy years above the bakery on Fore Street, Willow &amp; Vane is moving round the corner to a bigger, brighter',
    'salon at 22 Castle Street. Our last day at the old address is Saturday 28 February, and we open the new doors on',
    'Tuesday 3 March.',
  ),
  'What’s changing',
  j(
    'The new salon has eight styling chairs instead of five, a separate colour bar with its own basins, and a quiet room for',
    'consultations and patch tests. It is all on the ground floor, so there are no more stairs to climb.',
  ),
  j('We are also welcoming two new stylists, Maren and Tobias, who join us from a salon in Dunmore. You can book with them', 'from the opening week.'),
  'What stays the same',
  'Your stylist, your colour formulas on file and your loyalty points all move with us.',
  'Opening hours stay the same, with late nights on Wednesday and Thursday.',
  'Our phone number and booking link do not change.',
  'Opening week offer',
  j(
    'Everyone who visits in the first week gets a free deep-conditioning treatment with any cut or colour. Come and have a look,',
    'have a coffee and tell us what you think of the new place.',
  ),
  '<em>— Hattie and the Willow &amp; Vane team</em>',
];
const aList = aBody.slice(5, 8);
const aNav = ['Home', 'Services', 'Price List', 'Team', 'News', 'Contact'];
const aSide = ['Spring colour trends we’re loving', 'Why we switched to ammonia-free colour', 'Meet our new apprentice, Priya'];
const aCats = ['Salon News (12)', 'Hair Care (18)', 'Colour (9)'];
const aFoot = ['Privacy Policy', 'Cancellation Policy', 'Accessibility'];
const aComments: [string, string, string][] = [
  ['Joan Pellow', 'February 11, 2026 at 9:14 am', 'So pleased for you all! No more stairs will be lovely for my knees.'],
  ['Willow & Vane', 'February 11, 2026 at 10:02 am', 'Thank you Joan, see you on the 3rd!'],
  ['Rob Trellick', 'February 12, 2026 at 6:40 pm', 'Is there parking near the new salon?'],
];
const aComment = ([n, d, t]: [string, string, string], i: number): string => `<li class="comment even thread-even depth-1" id="li-comment-${40 + i}">
<article id="comment-${40 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.com/avatar/${i}?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">${n.replace('&', '&amp;')}</b></cite></div><div class="ast-comment-time">
<span class="timendate"><a href="#comment-${40 + i}"><time datetime="2026-02-11">${d}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></div></div></article></li>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>We’re Moving! Our New Home on Castle Street Opens 3 March - Willow &amp; Vane Hair</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-10T08:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"We’re Moving!",
"author":{"name":"Hattie Vane"},"datePublished":"2026-02-10T08:30:00+00:00"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://willowandvane.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<style id='astra-theme-css-inline-css'>:root{--ast-container-default-xlg-padding:3em;}</style></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-688 ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope="itemscope">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-title" itemprop="name"><a href="https://willowandvane.co.uk/" rel="home">Willow &amp; Vane Hair</a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation-desktop"
aria-label="Site Navigation"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu">
${links(aNav, 'menu-item menu-item-type-post_type')}</ul></div></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-688 post type-post status-publish format-standard has-post-thumbnail hentry category-salon-news ast-article-single" id="post-688">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb">
<img width="1024" height="683" src="/wp-content/uploads/2026/02/castle-street.jpg" class="attachment-large wp-post-image" alt="The new salon front"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">
February 10, 2026</span></span> / <span class="posted-by vcard author" itemprop="author"><a class="url fn n" href="/author/hattie/" rel="author">
<span class="author-name" itemprop="name">Hattie Vane</span></a></span> / <span class="cat-links"><a href="/category/salon-news/" rel="category tag">
Salon News</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps([at(aBody, 0)])}
<h2 class="wp-block-heading">${at(aBody, 1)}</h2>
${ps([at(aBody, 2), at(aBody, 3)])}
<h2 class="wp-block-heading">${at(aBody, 4)}</h2>
<ul class="wp-block-list">${aList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${at(aBody, 8)}</h2>
${ps([at(aBody, 9), at(aBody, 10)])}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/spring-colour-trends/" rel="prev"><span class="ast-post-nav">&larr; Previous Post</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">
3 thoughts on &ldquo;${aTitle}&rdquo;</h3></div><ol class="ast-comment-list">${aComments.map(aComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p>
<textarea id="comment" name="comment" placeholder="Type here.."></textarea><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="recent-posts-2"
class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>${links(aSide)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav
aria-label="Categories"><ul>${links(aCats, 'cat-item')}</ul>
</nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row"><div class="ast-builder-footer-grid-columns"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Willow &amp; Vane
Hair |
Powered by Willow &amp; Vane Hair</p></div><nav class="site-navigation ast-flex-grow-1 navigation-accessibility footer-navigation"><div class="footer-nav-wrap">
<ul id="astra-footer-menu" class="ast-nav-menu">${links(aFoot, 'menu-item')}</ul></div></nav></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script></body></html>`;
const astra: TestPage = {
  name: 'heldout622-astra-salon-move-news',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [at(aBody, 1), at(aBody, 4), at(aBody, 8)],
  body: texts(aBody.filter((_, i) => ![1, 4, 8, 10].includes(i))),
  bylines: ['February 10, 2026', 'Hattie Vane', plain(at(aBody, 10)), ...aComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Willow & Vane Hair', ...aNav.filter((t) => t !== 'Home'), 'Salon News', '← Previous Post', `3 thoughts on “${aTitle}”`,
    ...aComments.map(([, , t]) => t), 'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Recent Posts', ...aSide, 'Categories', ...aCats, 'Copyright © 2026 Willow & Vane Hair | Powered by Willow & Vane Hair', ...aFoot,
  ],
};

const xTitle = 'How to Make Your Balayage Last Between Appointments';
const xBody = [
  j(
    'A good balayage should grow out softly, but the tone can turn brassy long before the roots need attention. These are the',
    'habits I ask every client to try, and the ones that make the biggest difference by week eight.',
  ),
  'Wash less, and wash cooler',
  j(
    'Hot water opens the cuticle and lets toner slip away. Aim for two or three washes a week and finish with a cool rinse.',
    'Dry shampoo is your friend on the days in between.',
  ),
  'Use a purple shampoo, but not every time',
  j('Once a week is plenty for most blondes. Leave it on for two minutes, not ten, or the ends can take on a lilac cast,', 'especially on porous hair.'),
  'Protect from heat and sun',
  j(
    'Straighteners set at 230 degrees will dull lightened hair in a few weeks. Turn them down to 180 and always use a heat',
    'spray. In summer a hat does more than any product.',
  ),
  'Book a gloss at week six',
  j(
    'A quick gloss between full appointments refreshes the tone in about forty minutes and costs far less than a new balayage.',
    'Most of my clients come back every 12 to 14 weeks for colour and once in between for a gloss.',
  ),
];
const xNav = ['Home', 'Book Online', 'Services', 'Blog', 'Contact'];
const xRecent = ['Curly Cuts: What to Expect', 'Is Olaplex Worth It?', 'Grey Blending vs. Full Coverage'];
const xTags = ['balayage', 'aftercare', 'blonde'];
const sec = (h: string, p: string): string => `<h2 class="WQY3v">${h}</h2>
<p class="_3x4HD mm8Nw _1j-51 roKrI _2kvd0 public-DraftStyleDefault-block-depth0 fixed-tab-size" dir="auto">
<span class="_2PHJq public-DraftStyleDefault-ltr">${p}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>How to Make Your Balayage Last Between Appointments</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><meta property="og:site_name" content="Sienna Roe Hair">
<meta property="article:author" content="Sienna Roe"><meta property="article:published_time" content="2026-04-02T09:11:54.100Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Sienna Roe"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"a51c","isHttps":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-lnmp1" class="comp-lnmp1 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">SIENNA ROE HAIR</span></p></div>
<nav id="comp-lnmp2" aria-label="Site" class="wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${links(xNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPASection_lnmx"
class="TPASection_lnmx"><div class="blog-post-page-font"><article class="blog-post-page-font _3OGI_ blog-card-background-color"
data-hook="post"><div class="_1Fj5R" data-hook="post-page__post-header"><div class="_2Hu1n"><div class="_1Zpdx"><span class="tQ0Q1A user-name"
data-hook="user-name">
<a href="/profile/siennaroe/profile">Sienna Roe</a></span></div><div class="_2cnDl"><ul class="_3hHCd"><li><span class="post-metadata__date time-ago"
data-hook="time-ago">Apr 2</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read">3 min read</span></li></ul></div></div>
<button class="more-button" aria-label="More actions"></button></div>
<div class="_3pa3N" data-hook="post-title"><h1 class="blog-post-title-font blog-post-title-color _1ruSh post-title">${xTitle}</h1></div>
<div class="post-content__body" data-hook="post-description"><div class="_6SyeS"><div data-id="content-viewer" class="_1hN1O rich-content-viewer">
<p class="_3x4HD mm8Nw _1j-51 roKrI" dir="auto"><span class="_2PHJq">${at(xBody, 0)}</span></p>
${[1, 3, 5, 7].map((i) => sec(at(xBody, i), at(xBody, i + 1))).join('\n')}
</div></div></div>
<div class="_2Wc7c" data-hook="post-footer"><div class="post-tags"><nav aria-label="tags"><ul>${links(xTags, 'tag-item')}</ul></nav></div>
<div class="blog-separator-background-color _1bUnA"></div><div class="_2YCMY"><div class="_3J5cO" data-hook="post-main-actions__share">
<button aria-label="Share via Facebook">Share</button></div><div class="_24Gu8"><span data-hook="view-count">48 views</span>
<span data-hook="comment-count">0 comments</span></div><button class="like-button" aria-label="Post not marked as liked">Like</button></div></div></article>
<section class="_3yg9u" data-hook="recent-posts"><div class="_2QXo0"><h2 class="_1gT_K">Recent Posts</h2><a href="/blog">See All</a></div>
<ul>${links(xRecent, 'post-list-item')}</ul></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lnmq9" class="wixui-rich-text"><p class="font_8">Sienna Roe Hair ·
Studio 4, The Old Dairy, Penhallow</p><p class="font_8">© 2026 by Sienna Roe Hair. Proudly created with Wix.com</p></div></footer>
</div></div></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout622-wix-balayage-aftercare',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [1, 3, 5, 7].map((i) => at(xBody, i)),
  body: xBody.filter((_, i) => ![1, 3, 5, 7].includes(i)),
  bylines: ['Sienna Roe', 'Apr 2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'SIENNA ROE HAIR', ...xNav, '3 min read', 'aftercare', 'blonde', 'Share', '48 views', '0 comments', 'Like',
    'Recent Posts', 'See All', ...xRecent, 'Sienna Roe Hair · Studio 4, The Old Dairy, Penhallow',
    '© 2026 by Sienna Roe Hair. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT622_B: readonly TestPage[] = [astra, wix];
