import { links, type TestPage } from './page-kit.js';
import { bodyOf, finish, h2, h3, headingsOf, j, ol, p, quote, render, ul } from './pages-heldout611-kit.js';

/** Held-out batch 611, file a2: a will-writing guide on WordPress with GeneratePress (Yoast breadcrumbs, sidebar, comments). */
const gTitle = 'How to make a will in England and Wales: a step-by-step guide';
const gBlocks = [
  p(
    j(
      'Around half of adults in England and Wales have not made a will. Many people put it off because they think it will be',
      'expensive or complicated. For most families it is neither, and it is the only way to be sure that what you leave goes to',
      'the people you choose.',
    ),
  ),
  p('This guide explains what a will does, what happens if you die without one, and the steps we take with clients when we write one.'),
  h2('What happens if you do not make a will'),
  p(
    j(
      'If you die without a valid will, the intestacy rules decide who inherits. A married partner or civil partner receives the',
      'personal possessions, the first £322,000 of the estate and half of the rest; the children share the other half. An',
      'unmarried partner receives nothing at all under the rules, however long you have lived together.',
    ),
  ),
  p(
    j(
      'Stepchildren who were never adopted are also left out. If there is no spouse and there are no children, the estate passes',
      'to parents, then brothers and sisters, then more distant relatives, in a fixed order.',
    ),
  ),
  h2('Step 1: Make a list of what you own'),
  p(
    j(
      'Write down your property, savings, pensions, investments, life insurance and anything of sentimental value. Note whether',
      'the home is owned jointly, and how. A home owned as joint tenants passes to the other owner automatically and is not',
      'dealt with by your will; a home owned as tenants in common is.',
    ),
  ),
  h2('Step 2: Decide who should benefit'),
  p('Think about the people and charities you want to provide for, and what each should receive. Most wills include:'),
  ul(
    'specific gifts, such as a sum of money, a car or a piece of jewellery',
    'the residue, which is everything left after debts, funeral costs and specific gifts',
    'a substitute beneficiary in case the first person you name dies before you',
  ),
  p('A gift to a charity is free of inheritance tax, and leaving at least 10% of the net estate to charity lowers the rate on the rest to 36%.'),
  h2('Step 3: Choose your executors'),
  p(
    j(
      'Executors collect in the estate, pay the debts and tax, and share out what is left. You can name up to four. Many people',
      'choose a family member together with a professional, so that there is someone independent if the family disagrees.',
    ),
  ),
  quote(
    j('Choose executors who are organised and who will still be around in twenty years. It is a job, not an honour.', '– Margaret Pennick, senior partner'),
  ),
  h2('Step 4: Appoint guardians for children'),
  p(
    j(
      'If you have children under 18, your will is where you name the people you would want to bring them up. Without a',
      'guardian named in a will, the court decides. Talk to the people you have in mind before you name them.',
    ),
  ),
  h2('Step 5: Sign the will properly'),
  p('A will is only valid if it is signed in the right way. The law requires that:'),
  ol(
    'you sign the will, or someone signs it for you in your presence and at your direction',
    'two witnesses are present when you sign, and both of them then sign',
    'neither witness, nor the husband, wife or civil partner of a witness, is a beneficiary',
  ),
  p(
    j(
      'If a beneficiary witnesses the will, the will is still valid but that person loses their gift. This is one of the most',
      'common mistakes we see in home-made wills.',
    ),
  ),
  h2('Keeping your will up to date'),
  p(
    j(
      'Marriage and civil partnership cancel an existing will unless it was made with the marriage in mind. Divorce does not',
      'cancel a will, but your former spouse is treated as if they had died. Review your will every five years, and after a birth,',
      'a death, a move or a new relationship.',
    ),
  ),
  h3('Where to keep it'),
  p('Keep the original somewhere safe and tell your executors where it is. We store our clients’ original wills free of charge.'),
];
const gNav = ['Home', 'Services', 'Fees', 'Blog', 'Contact us'];
const gSide = ['Probate: what executors need to do first', 'Should you put your home in trust?', 'Lasting power of attorney: a plain guide'];
const gComments = [
  ['Denise Halloran', 'January 15, 2025 at 8:41 pm', 'Really clear, thank you. We are not married and had no idea my partner would get nothing.'],
  ['Pennick & Rowe', 'January 16, 2025 at 9:05 am', 'Thank you Denise. A will, or a cohabitation agreement, can sort that out. Call us if we can help.'],
] as const;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>How to make a will in England and Wales: a step-by-step guide - Pennick &amp; Rowe</title>
<meta name="description" content="What a will does, what happens without one, and the steps to making a valid will.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-14T10:20:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Tom Whitcombe"},"datePublished":"2025-01-14T10:20:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f4f4f2;color:#222}.inside-article{padding:40px}</style></head>
<body class="post-template-default single single-post postid-1873 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Pennick &amp;
Rowe</a></p><p class="site-description" itemprop="description">Solicitors in Kenwith since 1962</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><nav aria-label="breadcrumbs" class="yoast-breadcrumbs"><span><span><a href="/">Home</a></span> » <span><a
href="/category/wills/">Wills</a></span> » <span class="breadcrumb_last" aria-current="page">${gTitle}</span></span></nav>
<article id="post-1873" class="post-1873 post type-post status-publish format-standard category-wills" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2025-02-03T09:00:00+00:00" itemprop="dateModified">February 3,
2025</time><time class="entry-date published" datetime="2025-01-14T10:20:00+00:00" itemprop="datePublished">January 14, 2025</time></span> <span
class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/tom/"
title="View all posts by Tom Whitcombe" rel="author" itemprop="url"><span class="author-name" itemprop="name">Tom Whitcombe</span></a></span></span>
</div></header>
<div class="entry-content" itemprop="text">
${render(gBlocks, {
  h2: ' class="wp-block-heading"',
  h3: ' class="wp-block-heading"',
  ul: ' class="wp-block-list"',
  ol: ' class="wp-block-list"',
  quote: ' class="wp-block-quote"',
})}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/wills/">Book a will
appointment</a></div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/wills/"
rel="category tag">Wills</a></span> <nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a
href="/stamp-duty-changes-april/" rel="prev">Stamp duty changes from April</a></span></div><div class="nav-next"><span class="next"><a
href="/probate-first-steps/" rel="next">Probate: what executors need to do first</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${gTitle}”</h3><ol class="comment-list">
${gComments
  .map(
    ([who, when, text], i) => `<li id="comment-${40 + i}" class="comment"><article class="comment-body" id="div-comment-${40 + i}"
itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta"><img alt="" src="/avatar-${i}.png"
class="avatar avatar-50 photo" height="50" width="50"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"><cite
itemprop="name" class="fn">${who.replace('&', '&amp;')}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${40 + i}"><time
datetime="2025-01-15T20:41:00+00:00" itemprop="datePublished">${when}</time></a></div></div></footer><div class="comment-content"
itemprop="text"><p>${text}</p><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></article>
</li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea
id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2" class="widget inner-padding
widget_search"><form method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search"
class="search-field" placeholder="Search …" name="s"></label><button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gSide)}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Free initial call</h2><div class="textwidget"><p>Speak to a
solicitor for 20 minutes at no cost. Call 01632 960 412.</p></div></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container"><div class="copyright-bar">&copy; 2025 Pennick &amp; Rowe Solicitors. Authorised and regulated by the Solicitors Regulation
Authority, SRA number 604417.</div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const gpWill: TestPage = finish({
  name: 'heldout611-generatepress-will-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: headingsOf(gBlocks),
  body: bodyOf(gBlocks),
  bylines: ['February 3, 2025', 'January 14, 2025', 'by Tom Whitcombe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Solicitors in Kenwith since 1962', 'Menu', ...gNav, 'Wills', 'Book a will appointment', 'Categories',
    'Stamp duty changes from April', `2 thoughts on “${gTitle}”`, ...gComments.flatMap((c) => [...c]), 'Reply', 'Leave a Comment', 'Comment',
    'Search for:', 'Recent Posts', ...gSide, 'Free initial call', 'Speak to a solicitor for 20 minutes at no cost. Call 01632 960 412.',
    '© 2025 Pennick & Rowe Solicitors. Authorised and regulated by the Solicitors Regulation Authority, SRA number 604417.',
  ],
});

export const HELDOUT611_A2: readonly TestPage[] = [gpWill];
