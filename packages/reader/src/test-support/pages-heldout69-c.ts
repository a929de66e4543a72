import { links, type TestPage } from './page-kit.js';
import { vanillaDiscussion } from './pages-heldout69-c3.js';
import { xf1, xf2, xf3, xf4, xf5, type XfPost, xfPosts, xfSigG, xfSigP, xfTitle } from './pages-heldout69-c2.js';

/**
 * Held-out batch 69, file c: a XenForo 2.3 thread on a model-engineering forum (header, nav with its sub-nav, guest notice,
 * breadcrumbs, the title with its prefix label, "Thread starter" / "Start date" / tags, posts with the user cell (title,
 * staff banner, joined, messages, reaction score, location), bbWrapper text broken by <br />, a quote with "Click to
 * expand...", "Last edited", signatures, reactions bar, the share row, "Similar threads", "Users who are viewing", the
 * cookie notice and the footer).
 */
const xfBanner = `<div class="userBanner userBanner--staff message-userBanner" dir="auto" itemprop="jobTitle"><span class="userBanner-before"></span>
<strong>Staff member</strong><span class="userBanner-after"></span></div>`;
const xfPairs = (p: XfPost): string =>
  [['Joined', p.joined], ['Messages', p.msgs], ['Reaction score', p.score], ...(p.loc ? [['Location', p.loc]] : [])]
    .map(([k, v]) => `<dl class="pairs pairs--justified"><dt>${k}</dt><dd>${v}</dd></dl>`)
    .join('\n');
const xfQuote = (
  q: string,
): string => `<blockquote data-attributes="member: 1187" data-quote="Martin Okafor" data-source="post: 98235" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=98235" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution"
data-content-selector="#post-98235">Martin Okafor said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${q}</div><div class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;
const xfPost = (
  p: XfPost,
  i: number,
): string => `<article class="message message--post js-post js-inlineModContainer${p.staff ? ' is-staff' : ''}" data-author="${p.name}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://workshop.example/posts/${p.id}/">
<meta itemprop="parentItem" itemscope itemid="https://workshop.example/threads/chatter-when-parting-off.41022/">
<span class="u-anchorTarget" id="post-${p.id}"></span>
<div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${p.id}/" class="avatar avatar--m" data-user-id="${p.id}" data-xf-init="member-tooltip">
<img src="/data/avatars/m/${p.id}.jpg" alt="${p.name}" class="avatar-u${p.id}-m" width="96" height="96" loading="lazy" itemprop="image"></a></div></div>
<div class="message-userDetails"><h4 class="message-name">
<a href="/members/${p.id}/" class="username" dir="auto" data-user-id="${p.id}" data-xf-init="member-tooltip"><span itemprop="name">${p.name}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto"
itemprop="jobTitle">${p.utitle}</h5>${p.staff ? xfBanner : ''}</div>
<div class="message-userExtras">${xfPairs(p)}</div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed">
<a href="/threads/chatter-when-parting-off.41022/post-${p.id}" rel="nofollow" itemprop="url">
<time class="u-dt" dir="auto" datetime="2025-06-18T19:40:12+0100" data-date="${p.date}" data-time="${p.time}" title="${p.date} at ${p.time}"
itemprop="datePublished">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li>
<a href="/posts/${p.id}/share" class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share" rel="nofollow">
<i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li>
<li><a href="/posts/${p.id}/bookmark" class="bookmarkLink message-attribution-gadget" aria-label="Bookmark">
<i class="fa--xf far fa-bookmark" aria-hidden="true"></i></a></li>
<li><a href="/threads/chatter-when-parting-off.41022/post-${p.id}" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}" data-lb-caption-desc="${p.name} · ${p.date} at ${p.time}">
<article class="message-body js-selectToQuote"><div itemprop="text">
<div class="bbWrapper">${p.quote ? xfQuote(p.quote) : ''}${p.paras.join('<br />\n<br />\n')}</div></div>
<div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${p.edited ? `<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="2025-06-20T18:10:44+0100">${p.edited}</time></div>` : ''}
${p.sig ? `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>` : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/${p.id}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-init="reaction"
data-reaction-id="1"><i aria-hidden="true"></i>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like">
<span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a>
<a href="/threads/chatter-when-parting-off.41022/reply?quote=${p.id}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message"
rel="nofollow" data-xf-click="quote">Reply</a></div></div>
${
  p.reacts
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li>
<span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like"></span>
</li></ul>
<span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay" rel="nofollow">${p.reacts}</a>
</div>`
    : ''
}
</footer></div></div></div></article>`;
const xfNav = ['Home', 'Forums', 'What’s new', 'Media', 'Members'];
const xfSubNav = ['New posts', 'Search forums'];
const xfCrumbs = ['Home', 'Forums', 'The Workshop', 'Lathes and Turning'];
const xfShare = ['Facebook', 'X', 'Bluesky', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Share Link'];
const xfSimilar = [
  ['Rear toolpost drawings for the ML7 and Super 7?', 'Colin Pratt', 'Feb 9, 2025', '23', '2K'],
  ['Parting blade keeps snapping in aluminium', 'H. Lindgren', 'Oct 30, 2024', '17', '1K'],
  ['Adjusting Myford headstock bearings – how tight?', 'Priya Raman', 'Jul 2, 2024', '41', '5K'],
];
const xfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help'];
const xfNotice = 'Welcome to the Model Engineering Workshop. Register for free to post, see attachments and enter the monthly build challenge.';
const xfCookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'By continuing to use this site, you are consenting to our use of cookies.',
];
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-12" data-content-key="thread-41022"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><title>${xfTitle} | The Model Engineering Workshop</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="https://workshop.example/threads/chatter-when-parting-off.41022/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=1&amp;l=1&amp;d=1750000000">
<script>document.documentElement.className = document.documentElement.className.replace('has-no-js', 'has-js');</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","url":"https://workshop.example/threads/chatter-when-parting-off.41022/",
"mainEntity":{"@type":"DiscussionForumPosting","headline":"${xfTitle}","author":{"@type":"Person","name":"Gareth Hollis"},
"datePublished":"2025-06-18T18:40:12+00:00"}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/workshop/logo.png" srcset="/styles/workshop/logo-2x.png 2x" alt="The Model Engineering Workshop" width="240" height="48"></a></div></div>
</div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button button--plain p-nav-menuTrigger" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" aria-label="Menu">
<span class="button-text"><i aria-hidden="true"></i></span></button>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
${xfNav
  .map(
    (t, i) => `<li><div class="p-navEl${i === 1 ? ' is-selected' : ''}">
<a href="/${i}/" class="p-navEl-link" data-nav-id="${t.toLowerCase()}">${t}</a></div></li>`,
  )
  .join('\n')}
</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay">
<span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay">
<span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search"
title="Search"><i aria-hidden="true"></i>
<span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><ul class="p-sectionLinks-list">${links(xfSubNav, 'p-navEl')}</ul></div></div>
<div class="p-body"><div class="p-body-inner"><ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block">
<li class="notice js-notice notice--primary" data-notice-id="1"><div class="notice-content">
<a href="/account/dismiss-notice?notice_id=1" class="notice-dismiss js-noticeDismiss" title="Dismiss notice"></a>${xfNotice}</div></li></ul>
<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(xfCrumbs)}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--blue" dir="auto">Help</span>
<span class="label-append">&nbsp;</span>${xfTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span>
<a href="/members/98231/" class="username u-concealed" dir="auto" data-user-id="98231">Gareth Hollis</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/threads/chatter-when-parting-off.41022/" class="u-concealed">
<time class="u-dt" dir="auto" datetime="2025-06-18T19:40:12+0100">Jun 18, 2025</time></a></li>
<li><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="js-tagList"><a href="/tags/lathe/" class="tagItem" dir="auto">lathe</a>
<a href="/tags/parting-off/" class="tagItem" dir="auto">parting off</a></span></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xfPosts.map(xfPost).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite">
<a href="/login/" class="button button--link button--wrap" data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span>
</a></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons">
<span class="u-anchorTarget" id="_xfUid-1"></span>
<span class="shareButtons-label">Share:</span>
<div class="shareButtons-buttons">${xfShare
  .map(
    (t) => `<a class="shareButtons-button shareButtons-button--brand
shareButtons-button--${t.toLowerCase().replace(' ', '')}" href="#"><i aria-hidden="true"></i><span>${t}</span></a>`,
  )
  .join('')}</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
${xfSimilar
  .map(
    (r) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title">
<a href="/threads/${r[3]}/">${r[0]}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li>
<a href="/members/${r[1]!.length}/" class="username">${r[1]}</a></li><li class="structItem-startDate"><time>${r[2]}</time></li></ul></div></div>
<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt><dd>${r[3]}</dd></dl>
<dl class="pairs pairs--justified structItem-minor"><dt>Views</dt><dd>${r[4]}</dd></dl></div></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="block" data-widget-key="thread_view_sidenav"><div class="block-container"><h3 class="block-minorHeader">Users who are viewing this thread</h3>
<div class="block-footer">Total: 14 (members: 1, guests: 13)</div></div></div></div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom" itemscope itemtype="https://schema.org/BreadcrumbList">${links(xfCrumbs)}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay" title="Style chooser" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true">
</i> Workshop Light</a></li></ul></div>
<div class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(xfFoot)}<li>
<a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss"></i>
<span class="u-srOnly">RSS</span></span></a></li></ul></div></div>
<div class="p-footer-copyright">Community platform by XenForo<sup>®</sup> <span class="copyright">© 2010-2025 XenForo Ltd.</span></div></div></footer></div>
<ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1">
<div class="notice-content"><div class="u-alignCenter">${xfCookie[0]}<br>\n${xfCookie[1]}</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="button button--icon button--icon--confirm js-noticeDismiss button--notice"><span class="button-text">Accept</span></a>
<a href="/help/cookies" class="button button--notice"><span class="button-text">Learn more…</span></a></div></div></li></ul>
<script src="/js/xf/preamble.min.js?_v=7a1c2e3f"></script></body></html>`;
const xenforo: TestPage = {
  html: xfHtml,
  name: 'heldout69-xenforo-thread',
  kind: 'forum',
  // every post is body, each <br />-parted paragraph one block; Martin's quoted sentence in Priya's post, with "Martin Okafor
  // said:", is in neither list; names, post dates, the thread starter and start date and "Last edited: <date>" are bylines
  // ("Last edited:" itself furniture); the thread prefix "Help", user titles, "Staff member", the joined/messages/reaction
  // score/location pairs, signatures, reactions lines, "#n", "Like"/"Reply", "Click to expand...", tags, the share row,
  // "Similar threads" (with its starters and dates, Priya's name there a byline), the viewers block, notices, nav, breadcrumbs
  // and footer are furniture; the tag "parting off" and the crumb "Lathes and Turning" (named in post 5) are left out
  title: xfTitle,
  headings: [],
  body: [...xf1, ...xf2, ...xf3, ...xf4, ...xf5],
  bylines: ['Gareth Hollis', 'Martin Okafor', 'Priya Raman', 'Derek Ashby', 'Jun 18, 2025', 'Jun 19, 2025', 'Jun 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xfNav, 'Log in', 'Register', 'Search', ...xfSubNav, xfNotice, 'The Workshop', 'Help', 'Thread starter', 'Start date', 'lathe',
    'Well-known member', 'Member', 'Moderator', 'Staff member', 'Joined', 'Messages', 'Reaction score', 'Location', 'Mar 4, 2019', '2,318', '1,904', 'Telford',
    'Nov 12, 2021', 'Jan 30, 2017', '5,072', '4,611', 'Bristol', 'Feb 2, 2010', '11,406', '9,870', '388', '#1', '#4', '#5', 'Reactions:',
    'Click to expand...', 'Last edited:', xfSigG, xfSigP,
    'Like', 'Reply', 'Colin Pratt and Ayesha Noor', 'Colin Pratt, Ayesha Noor and 4 others', 'Colin Pratt, Ayesha Noor and 7 others',
    'You must log in or register to reply here.', 'Share:', ...xfShare, 'Similar threads', ...xfSimilar.flat().filter((t) => t !== 'Priya Raman'), 'Replies',
    'Views',
    'Users who are viewing this thread', 'Total: 14 (members: 1, guests: 13)', 'Workshop Light', ...xfFoot, 'RSS',
    'Community platform by XenForo® © 2010-2025 XenForo Ltd.', ...xfCookie, 'Accept', 'Learn more…',
  ],
};

export const HELDOUT69_C: readonly TestPage[] = [xenforo, vanillaDiscussion];
