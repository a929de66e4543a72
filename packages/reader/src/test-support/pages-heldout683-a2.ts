import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout683-kit.js';

/** Held-out batch 683, file a2: a wedding planner's month-by-month planning checklist on WordPress (Astra theme). */
const wTitle = 'The 12-Month Wedding Checklist We Give Every Couple';
const wIntro = [
  j(
    'Every couple who books us gets the same document in their welcome pack: a month-by-month list of what needs doing and when.',
    'We have tweaked it over nine seasons and roughly 140 weddings, and it is the single thing couples thank us for most.',
  ),
  j(
    'Treat the timings as a guide rather than a rule. If you are planning in eight months instead of twelve, start at the top and',
    'work quickly through the first two sections; almost everything can be squeezed except the venue and the photographer.',
  ),
];
type Sec = [string, string, string[]];
const wSecs: Sec[] = [
  [
    '12 months out',
    'This is the big-decision stage. Get these right and everything else falls into place.',
    [
      'Agree a total budget and who is contributing what',
      'Draft a rough guest list so you know whether you need room for 40 or 140',
      'Choose a date, or a shortlist of three, and book the venue',
      'Book your photographer and, if you want one, a planner or coordinator',
      'Start a shared spreadsheet for quotes, contracts and deposits',
    ],
  ],
  [
    '9 months out',
    'Now the suppliers who book up fastest. Florists often take only one or two weddings a weekend in summer.',
    [
      'Book your florist, caterer and band or DJ',
      'Send save-the-date cards, especially to guests who will travel',
      'Start looking for the dress or suit; made-to-order pieces can take six months',
      'Reserve a block of hotel rooms near the venue',
      'Decide whether you want a videographer',
    ],
  ],
  [
    '6 months out',
    'The fun middle stretch. This is when the day starts to feel real.',
    [
      'Order invitations and agree the wording',
      'Book hair and make-up and schedule a trial',
      'Meet your florist to settle the colour palette and the flowers for the ceremony',
      'Plan the honeymoon and check that passports are valid',
      'Choose bridesmaid and groomsmen outfits',
    ],
  ],
  [
    '4 months out',
    'Details, details. Most of these tasks take an evening each.',
    ['Finalise the menu and book a tasting', 'Order the cake', 'Buy the rings and have them sized', 'Write up a rough running order for the day'],
  ],
  [
    '2 months out',
    'Invitations go out and the replies start to come back.',
    [
      'Post invitations eight weeks before the date, with an RSVP deadline four weeks out',
      'Confirm the ceremony readings and who will give them',
      'Book transport for the two of you and, if needed, for guests',
      'Have your first dress fitting',
    ],
  ],
  [
    '1 month out',
    'Numbers are nearly final, so the suppliers can plan properly.',
    [
      'Chase any missing RSVPs and give final numbers to the caterer',
      'Draw up the seating plan',
      'Send the running order to every supplier and to your wedding party',
      'Apply for or collect the marriage licence',
    ],
  ],
  [
    'The week of the wedding',
    'Hand over as much as you can. Your only job this week is to rest.',
    [
      'Pay the final balances, and put tips for suppliers in labelled envelopes',
      'Pack an emergency kit: safety pins, plasters, painkillers, a phone charger',
      'Confirm delivery times with the florist and the cake maker',
      'Give one trusted person the list of supplier phone numbers',
      'Go to bed early the night before',
    ],
  ],
  [
    'After the wedding',
    'The day is over, but a few jobs remain.',
    ['Return hired suits and any borrowed decorations', 'Send thank-you cards within three months', 'Write short reviews for the suppliers you loved'],
  ],
];
const wOutro = j(
  'That is the whole list. Print it, stick it on the fridge, and tick things off as you go. If something slips by a month, it',
  'almost certainly does not matter; the only deadline that really counts is the one in your invitations.',
);
const wNav = ['Services', 'Weddings', 'Journal', 'About', 'Contact'];
const wRecent = ['Rain plans that actually work', 'What a day-of coordinator really does', 'How we build a wedding budget'];
const wCats = ['Budget', 'Planning', 'Real weddings', 'Suppliers'];
const wCatsShown = ['Real weddings'];
const wComments = [
  ['Priya', 'March 5, 2027 at 9:12 am', 'This is so helpful. We are at the nine month mark and I had not even thought about hotel rooms yet!'],
  ['Nora Vance', 'March 5, 2027 at 2:40 pm', 'So glad it helps, Priya. Call the hotel this week; summer blocks go fast.'],
];
const sec = ([h, p, items]: Sec): string =>
  `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${h.replace(/\s/g, '_')}"></span>${h}<span class="ez-toc-section-end"></span></h2>
<p>${p}</p>\n<ul class="wp-block-list">${lis(items)}</ul>`;
const comment = ([n, d, t]: string[], i: number): string => `<li class="comment depth-1" id="li-comment-${88 + i}"><article id="comment-${88 + i}"
class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="https://secure.gravatar.com/avatar/${i}?s=50"
class="avatar avatar-50 photo" height="50" width="50"></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header
class="ast-comment-meta
ast-row ast-comment-author vcard capitalize"><div class="ast-comment-user-wrap"><div class="ast-comment-author-name">${n}</div></div>
<div class="ast-comment-time ast-row"><span class="timendate"><a href="#comment-${88 + i}"><time datetime="2027-03-05">${d}</time></a></span></div>
</header></div></div></div><section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#comment-${88 + i}">Reply</a></span></div></section></article></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Petal &amp; Plan</title><meta name="robots" content="index, follow, max-image-preview:large">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Nora Vance"},"datePublished":"2027-03-03T08:00:00+00:00","dateModified":"2027-04-11T10:21:00+00:00"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 6.67em;}.entry-meta
.updated:not(.published){display:none;}</style>
<link rel="stylesheet" id="ez-toc-css" href="/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.62" media="all"></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-2841 single-format-standard
wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-single-post ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead" itemtype="https://schema.org/WPHeader"
itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row
ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section ast-flex
site-header-section-left"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="180" height="60" src="/wp-content/uploads/2024/01/petal-plan-logo.png"
class="custom-logo" alt="Petal &amp; Plan"></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home"
itemprop="url">Petal &amp; Plan</a></span><p class="site-description" itemprop="description">Wedding planning for people who would rather be dancing</p>
</div></div></div><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1
ast-builder-menu ast-flex ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border
stack-on-mobile">${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div>
</div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2841 post type-post status-publish format-standard has-post-thumbnail hentry category-planning tag-checklist ast-article-single"
id="post-2841" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box">
<div class="ast-single-post-order"><header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="683"
src="/wp-content/uploads/2027/03/checklist-notebook.jpg" class="attachment-large size-large wp-post-image" alt="Open planner notebook with pressed flowers"
itemprop="image"></div><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a
title="View all posts by Nora Vance" href="/author/nora/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Nora
Vance</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">March 3, 2027</span><span class="updated"
itemprop="dateModified">April 11, 2027</span></span> / <span class="ast-terms-link"><a href="/category/guides/">Guides</a></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(wIntro)}
<div id="ez-toc-container" class="ez-toc-v2_0_62 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container">
<p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn
ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"></span></a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${wSecs
  .map(
    ([h]) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link"
href="#${h.replace(/\s/g, '_')}" title="${h}">${h}</a></li>`,
  )
  .join('\n')}</ul></nav></div>
${wSecs.slice(0, 4).map(sec).join('\n')}
<div class="wp-block-group has-pale-pink-background-color has-background is-layout-flow"><p><strong>Want this as a printable?</strong> Download our
free one-page version and stick it on the fridge.</p><div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link
wp-element-button" href="/printable-checklist/">Download the checklist</a></div></div></div>
${wSecs.slice(4).map(sec).join('\n')}
<p>${wOutro}</p>
</div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="How we build a wedding budget"
href="/how-we-build-a-wedding-budget/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a
title="Rain plans that actually work" href="/rain-plans/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
&ldquo;${wTitle}&rdquo;</h3></div><ol class="ast-comment-list">${wComments.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required fields are marked <span class="required">*</span></span></p><textarea id="comment" name="comment"
placeholder="Type here.." cols="45" rows="8"></textarea><input id="author" name="author" type="text" placeholder="Name*"><input id="email" name="email"
type="text" placeholder="Email*"><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent"
type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field"><span
class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..."
name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>${links(wRecent)}
</ul></nav></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>
${links(wCats, 'cat-item')}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap
ast-builder-grid-row-container site-footer-focus-item ast-footer-row-stack" data-section="section-below-footer-builder"><div class="ast-footer-copyright">
<p>Copyright &copy; 2027 Petal &amp; Plan | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p>
</div></div></footer></div>
<a id="ast-scroll-top" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Scroll to Top</span></a>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout683-wordpress-astra-checklist',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([h]) => h),
  body: [...wIntro, ...wSecs.flatMap(([, p, items]) => [p, ...items]), wOutro],
  bylines: ['Nora Vance', 'March 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Petal & Plan', 'Wedding planning for people who would rather be dancing', ...wNav.filter((t) => t !== 'Weddings'), 'Guides',
    'Table of Contents',
    'Want this as a printable? Download our free one-page version and stick it on the fridge.', 'Download the checklist', 'Previous Post', 'Next Post',
    `2 thoughts on “${wTitle}”`, ...wComments.flat().filter((t) => t !== 'Nora Vance'),
    'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked *', 'Save my name, email, and website in this browser for the next time I comment.', 'Recent Posts', ...wRecent,
    'Categories', ...wCatsShown, 'Copyright © 2027 Petal & Plan | Powered by Astra WordPress Theme',
  ]),
};

export const HELDOUT683_A2: readonly TestPage[] = [astra];
