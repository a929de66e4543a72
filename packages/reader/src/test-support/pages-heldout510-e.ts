import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout510-kit.js';

/**
 * Held-out batch 510, file e: a wedding caterer's blog post on WordPress (Astra theme, right sidebar, comments), and a thread on
 * a food truck operators' Discourse forum (rendered Ember DOM, topic map, suggested topics).
 */
const wTitle = 'Feeding 180 guests at a barn wedding: our day, hour by hour';
const wHeads = ['The week before', 'The day itself', 'What we would change'];
const wBlocks = [
  j(
    'Barn weddings are some of our favourite events and some of the hardest. There is rarely a kitchen, the power is patchy and',
    'the nearest sink can be a hose pipe. Here is how we fed 180 guests at Hollin Farm last September, from the first van to the last plate.',
  ),
  j(
    'We visited the farm twice with the couple. On the second visit we measured the doorways for the ovens, found the two outlets',
    'that could take a hot cupboard and agreed where the generator would sit so the guests would not hear it during the speeches.',
  ),
  'Monday to Wednesday: confirm final numbers, order meat and produce, check every dietary card against the seating plan.',
  'Thursday: bake bread and desserts, make sauces and dressings, portion the canapés.',
  'Friday: load the vans, pack the field kitchen and sleep early.',
  '8:00 am: two vans leave the kitchen with the field kitchen, hot cupboards and chilled food.',
  '10:30 am: field kitchen set up behind the barn, generator tested, hand-wash station filled.',
  '2:30 pm: canapés go out as guests arrive from the ceremony, 6 pieces a head over 60 minutes.',
  '5:00 pm: sharing boards of slow-roast lamb, charred hispi cabbage and new potatoes to the tables.',
  '9:30 pm: evening food, flatbreads from the pizza oven, served until the bar closes.',
  j(
    'We brought too many staff for canapés and too few for clearing. Next time we will move two servers onto clearing once the',
    'sharing boards are down, and we will ask the venue for a second skip for glass. Everything else we would do again.',
  ),
];
const wDays = wBlocks.slice(2, 5);
const wHours = wBlocks.slice(5, 10);
const wNav = ['Home', 'Weddings', 'Private Dining', 'Sample Menus', 'Blog', 'Contact'];
const wRecent = ['Five canapés that travel well', 'How to read a catering quote', 'Our winter wedding menu'];
const wComments: readonly (readonly [string, string, string])[] = [
  ['Harriet Voss', 'September 30, 2027 at 8:41 pm', 'We were one of the tables that night and the lamb was incredible. Thank you all again!'],
  ['Devan Lowe', 'October 2, 2027 at 11:05 am', 'Really useful timeline. What size generator did you use for the hot cupboards?'],
];
const wComment = ([n, d, t]: readonly [string, string, string], i: number): string => `<li class="comment even thread-even depth-1" id="li-comment-${31 + i}">
<article id="comment-${31 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.com/avatar/a${i}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div
class="ast-comment-cite-wrap">
<cite><b class="fn">${n}</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-${31 + i}"><time
datetime="2027-09-30T20:41:00+00:00">${d}</time></a></span></div>
</header></div></div></div><section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`;
const wHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Larkspur Table</title><meta name='robots' content='index, follow, max-image-preview:large'>
<script type="application/ld+json"
class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2027-09-28T09:00:00+01:00"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://larkspurtable.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<style id='astra-theme-css-inline-css'>.ast-separate-container .ast-article-single{padding:3em 6.67em}</style></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope'
class="post-template-default single single-post postid-482 single-format-standard wp-custom-logo ast-desktop
ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon"
id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown"><div
class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div
class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a
href="https://larkspurtable.example/" class="custom-logo-link" rel="home">
<img width="200" height="64" src="/wp-content/uploads/2025/01/larkspur-logo.png" class="custom-logo" alt="Larkspur Table"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav
class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul
id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-482 post type-post status-publish format-standard has-post-thumbnail hentry category-weddings ast-article-single" id="post-482"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order"><header class="entry-header"><div
class="post-thumb-img-content post-thumb">
<img width="1024" height="683" src="/wp-content/uploads/2027/09/hollin-barn.jpg" class="attachment-large size-large wp-post-image"
alt="Tables laid in a timber barn" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope="itemscope" itemprop="author">
<a title="View all posts by Imogen Tarrant" href="/author/imogen/" rel="author" class="url fn n" itemprop="url"><span class="author-name"
itemprop="name">Imogen Tarrant</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">September 28, 2027</span></span> / <span class="ast-terms-link"><a
href="/category/weddings/">Weddings</a></span> /
<span class="comments-link"><a href="#comments">2 Comments</a></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">${ps(wBlocks.slice(0, 1))}
<h2 class="wp-block-heading">${wHeads[0]}</h2>${ps(wBlocks.slice(1, 2))}<ul class="wp-block-list">${lis(wDays)}</ul>
<h2 class="wp-block-heading">${wHeads[1]}</h2><ul class="wp-block-list">${lis(wHours)}</ul>
<h2 class="wp-block-heading">${wHeads[2]}</h2>${ps(wBlocks.slice(10))}</div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a title="${wRecent[1]}" href="/how-to-read-a-catering-quote/" rel="prev"><span class="ast-left-arrow"
aria-hidden="true">&larr;</span> Previous Post</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3
class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h3></div>
<ol class="ast-comment-list">${wComments.map(wComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span
id="email-notes">Your email address will not be published.</span></p>
<p class="comment-form-textarea ast-row"><label for="comment" class="comment-textarea-label">Comment</label><textarea id="comment" name="comment" cols="45"
rows="8"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field"><span
class="screen-reader-text">Search for:</span>
<input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav
aria-label="Recent Posts"><ul>${links(wRecent)}</ul></nav></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div
class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div
class="ast-footer-copyright">
<p>Copyright &copy; 2027 Larkspur Table | Powered by <a href="https://wpastra.com" rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div></footer></div>
<script src='https://larkspurtable.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4'
id='astra-theme-js-js'></script></body></html>`;
const astra: TestPage = {
  name: 'heldout510-astra-wedding-catering-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: wBlocks,
  bylines: ['Imogen Tarrant', 'September 28, 2027', ...wComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wNav, '2 Comments', 'Previous Post', 'Post navigation', `2 thoughts on “${wTitle}”`,
    ...wComments.map(([, , t]) => t), 'Reply', 'Leave a Comment', 'Your email address will not be published.', 'Comment', 'Search for:', 'Recent Posts',
    ...wRecent, 'Copyright © 2027 Larkspur Table | Powered by Astra WordPress Theme',
  ],
};

const dTitle = 'Moving to a new county: does my commissary agreement transfer?';
type Post = readonly [user: string, date: string, title: string, paras: readonly string[]];
const dPosts: readonly Post[] = [
  [
    'rvdelgado',
    'Mar 3, 2027 8:14 pm',
    'Mar 3',
    [
      j(
        'We run a small arepa truck and are moving from Tessel County to Brannock County in June. Our current commissary is a church kitchen',
        'with a signed agreement, and it is 50 minutes from where we will be living.',
      ),
      j(
        'Does the Brannock health department accept an out-of-county commissary, or do we need a new one before they will issue the permit?',
        'Their website only says "approved base of operation" and nobody has called me back yet.',
      ),
    ],
  ],
  [
    'ladle_and_lorry',
    'Mar 3, 2027 9:02 pm',
    'Mar 3',
    [
      j(
        'Brannock will not accept it, at least not for a permit year-round. I went through this in 2025. They want the truck to return',
        'to the base every service day for cleaning and water, and the inspector told me anything over 30 minutes each way is a problem.',
      ),
      'What they did accept was a letter of intent from a new commissary, so I could get the permit while the agreement was being signed.',
    ],
  ],
  [
    'PorchlightPies',
    'Mar 4, 2027 7:40 am',
    'Mar 4',
    [
      j(
        'Second what ladle said. Also ask the new commissary for a copy of their own health permit and their grease-trap service log.',
        'The Brannock inspector asked me for both at my plan review, and it held me up a week because I did not have them.',
      ),
      'There are two commissaries in Brannock that take trucks: Foundry Kitchen in Orrin and the shared kitchen at the Westgate market hall.',
    ],
  ],
  [
    'rvdelgado',
    'Mar 6, 2027 5:18 pm',
    'Mar 6',
    [
      j(
        'Update for anyone who finds this later: the inspector called back. Out-of-county is fine for temporary event permits but',
        'not for the annual permit. We have a tour of Foundry Kitchen on Monday and they will give us a letter of intent the same day.',
      ),
      'Thanks both, this saved us a wasted trip.',
    ],
  ],
];
const dNav = ['Topics', 'Categories', 'Guidelines', 'FAQ'];
const dSuggested = [
  'Generator noise rules at night markets',
  'Is a second fire suppression inspection needed after a move?',
  'Insurance for catering events at private homes',
];
const dPost = (
  [u, full, short, paras]: Post,
  i: number,
): string => `<div class="topic-post clearfix ${i === 0 ? 'topic-owner ' : ''}regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${u}" role="region" data-post-id="${9100 + i}" data-topic-id="4412" data-user-id="${200 + i}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}" data-user-card="${u}"
aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.truckwise.example/${u.toLowerCase()}/96/1_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${u}" data-user-card="${u}">${u}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/4412/${i + 1}" data-post-number="${i + 1}">
<span title="${full}" data-time="1772561640000" data-format="tiny" class="relative-date">${short}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
class="widget-button btn-flat button-count like-count" aria-pressed="false">
<span class="d-button-label">${3 - (i % 3)}</span></button><button class="widget-button btn-flat toggle-like like no-text" aria-label="like this post"><svg
class="fa d-icon d-icon-d-unliked svg-icon svg-string"><use href="#far-heart"></use></svg></button></div>
<button class="widget-button btn-flat share no-text btn-icon" aria-label="copy a link to this post to clipboard"><svg
class="fa d-icon d-icon-d-post-share svg-icon"><use href="#link"></use></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="Begin composing a reply to this post"><svg
class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Permits &amp; Health - TruckWise Community</title><meta name="description" content="We run a small arepa truck and are moving counties">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8a1c2f"><link rel="canonical"
href="https://forum.truckwise.example/t/commissary-agreement-transfer/4412">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"rvdelgado"},"datePublished":"2027-03-03T20:14:00Z"}</script>
<link href="/stylesheets/desktop_4f1e2a.css?__ws=forum.truckwise.example" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-preloaded-json="true"></head>
<body class="ember-application archetype-regular category-permits-health"><div id="ember3" class="ember-view"><section id="main">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a
href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/logo.png" alt="TruckWise Community" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span
class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon d-icon-user svg-icon"><use
href="#user"></use></svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" aria-label="Search" title="Search" class="icon btn-flat"
tabindex="0"><svg class="fa d-icon d-icon-search svg-icon"><use href="#search"></use></svg></a></li></ul>
</div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections sidebar-sections-anonymous">
<ul class="sidebar-section-content">${dNav
  .map(
    (n) => `<li class="sidebar-section-link-wrapper"><a href="/${n.toLowerCase()}"
class="sidebar-section-link sidebar-row"><span class="sidebar-section-link-content-text">${n}</span></a></li>`,
  )
  .join('')}</ul>
</div></section></div><div id="main-outlet"><div class="container posts"><div class="topic-title"><div class="title-wrapper"><h1 data-topic-id="4412">
<a href="/t/commissary-agreement-transfer/4412" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper"
href="/c/permits-health/7">
<span data-category-id="7" class="badge-category --style-square"><span class="badge-category__name">Permits &amp; Health</span></span></a>
<div class="list-tags"><a href="/tag/commissary" data-tag-name="commissary" class="discourse-tag simple">commissary</a><a href="/tag/relocation"
data-tag-name="relocation" class="discourse-tag simple">relocation</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${dPosts.map(dPost).join('\n')}</div>
<section class="topic-map"><ul class="topic-map__stats"><li class="topic-map__replies"><span class="number">3</span><span
class="topic-map__stat-label">replies</span></li>
<li class="topic-map__views"><span class="number">412</span><span class="topic-map__stat-label">views</span></li><li class="topic-map__users"><span
class="number">3</span><span class="topic-map__stat-label">users</span></li></ul></section>
</div><div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create" type="button"><span class="d-button-label">Reply</span></button></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title"><span>Suggested Topics</span></h3><table
class="topic-list"><tbody>
${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${5000 + i}" class="title raw-link raw-topic-link">${t}</a></td><td
class="num posts"><span class="number">${4 + i}</span></td><td class="num activity"><span class="relative-date">Feb ${10 + i}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></section></div>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></footer>
<script defer src="/assets/discourse-8a1c2f.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout510-discourse-commissary-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , , paras]) => paras)),
  bylines: ['rvdelgado', 'ladle_and_lorry', 'PorchlightPies', 'Mar 3', 'Mar 4', 'Mar 6', 'Feb 10', 'Feb 11', 'Feb 12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dNav, 'Permits & Health', 'commissary', 'relocation', '3', '2', '1', 'Reply', 'replies', '412', 'views', 'users',
    'Suggested Topics',
    ...dSuggested, '4', '5', '6', 'Powered by Discourse',
  ],
};

export const HELDOUT510_E: readonly TestPage[] = [astra, discourse];
