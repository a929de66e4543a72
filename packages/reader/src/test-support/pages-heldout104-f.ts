import { links, type TestPage } from './page-kit.js';
import { seMigrated } from './pages-heldout104-f2.js';

/**
 * Held-out batch 104, file f: a XenForo 2 forum thread (the dismissible block notice "Please read the rules before posting"
 * above the thread, the navigation tabs and breadcrumbs, the thread starter and start date, posts with user titles and the
 * Joined / Messages / Reaction score / Location pairs, a quoted post with "said:" and "Click to expand...", the "Last edited"
 * line, Like / Reply / Report actions and the reactions bar, the "You must log in or register to reply here." box, "Similar
 * threads", the share row, the hidden off-canvas menu and the footer) and, from file f2, a Stack Exchange question with a
 * migration notice.
 */
const xTitle = 'Best knot for braid to fluoro leader in cold weather?';
const xNotice = [
  'Please read the rules before posting.',
  'New members: your first three posts are checked by a moderator before they appear. Selling and trading belongs in the Classifieds section only.',
];
type Post = {
  id: number;
  name: string;
  title: string;
  joined: string;
  msgs: string;
  score: string;
  loc: string;
  time: string;
  paras: string[];
  quote?: string;
};
const xPosts: Post[] = [
  {
    id: 88101,
    name: 'Gareth_W',
    title: 'Member',
    joined: 'Feb 2, 2023',
    msgs: '84',
    score: '51',
    loc: 'Tyneside',
    time: 'Jan 14, 2025',
    paras: [
      'I fish the estuary from the rocks most weekends through the winter, 20lb braid to a 30lb fluoro leader. Since the cold snap started I have lost ' +
        'three rigs in two weeks, and every time it is the knot between the braid and the leader that goes, not the hook or the swivel.',
      'I have been tying an FG knot for two years without any trouble in the summer. Is there something about the cold that makes it slip, or am I ' +
        'just getting sloppy with cold hands? Would a different knot be better when it is near freezing?',
    ],
  },
  {
    id: 88107,
    name: 'Ravenscar Rob',
    title: 'Well-known member',
    joined: 'Aug 19, 2016',
    msgs: '3,412',
    score: '2,870',
    loc: 'North Yorkshire',
    time: 'Jan 14, 2025',
    paras: [
      'It is almost certainly the hands rather than the knot. The FG relies on lots of tight wraps, and when your fingers are numb you do not pull each ' +
        'wrap down as hard as you think you do. The knot looks fine but it has not bitten.',
      'Two things that helped me: tie your leaders at home the night before and keep a few spare made up on a foam winder, and always wet the knot ' +
        'with a bit of water before the final pull, never spit in the cold because it freezes on the line.',
    ],
  },
  {
    id: 88115,
    name: 'Marina K',
    title: 'Active member',
    joined: 'Mar 7, 2021',
    msgs: '612',
    score: '455',
    loc: 'Northumberland',
    time: 'Jan 15, 2025',
    quote: 'tie your leaders at home the night before and keep a few spare made up on a foam winder',
    paras: [
      'This is the best advice in the thread. I carry six made-up leaders in a small tub and have not tied a knot on the rocks since November.',
      'If you do have to tie one out there, an improved Albright is much easier than an FG with cold fingers. It is a bit bulkier through the rings ' +
        'but it has never let me down, and you can tie it with gloves that have the finger tips cut off.',
    ],
  },
  {
    id: 88120,
    name: 'Gareth_W',
    title: 'Member',
    joined: 'Feb 2, 2023',
    msgs: '84',
    score: '51',
    loc: 'Tyneside',
    time: 'Jan 16, 2025',
    paras: [
      'Thanks both. Tied ten leaders at the kitchen table last night and fished them this morning in minus two. Lost one lead to the rocks but every ' +
        'knot held. Going to learn the Albright as a backup for when I run out.',
    ],
  },
];
const xNav = ['Forums', "What's new", 'Members', 'Classifieds', 'Tide Tables'];
const xCrumbs = ['Forums', 'Sea Fishing', 'Shore Fishing & Tackle'];
const xSimilar = ['FG knot keeps slipping on 8 strand braid', 'Winter whiting rigs from the pier', 'Leader length for spinning off the rocks'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const xOff = ['Menu', 'Log in', 'Register'] as const;
const xReactions = `<div class="reactionsBar js-reactionsList is-active"><span class="u-srOnly">Reactions:</span>
<a class="reactionsBar-link" href="/posts/88107/reactions">Gareth_W, Marina K and 4 others</a></div>`;
const xPost = (
  p: Post,
  n: number,
): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.name}" data-content="post-${p.id}"
id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://eastbankanglers.example/posts/${p.id}/">
<span class="u-anchorTarget" id="post-${p.id}"></span>
<div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${p.id}/" class="avatar avatar--m" data-user-id="${p.id}" data-xf-init="member-tooltip">
<img src="/data/avatars/m/${p.id}.jpg" alt="${p.name}" class="avatar-u${p.id}-m" width="96" height="96" loading="lazy"></a></div></div>
<div class="message-userDetails"><h4 class="message-name">
<a href="/members/${p.id}/" class="username" dir="auto" data-user-id="${p.id}" itemprop="name">${p.name}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd>${p.loc}</dd></dl>
</div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed">
<a href="/threads/best-knot-for-braid-to-fluoro-leader-in-cold-weather.41207/post-${p.id}" rel="nofollow" itemprop="url"><time class="u-dt" dir="auto"
datetime="2025-01-14T19:02:11+0000" itemprop="datePublished">${p.time}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list">
<li><a href="/posts/${p.id}/share" class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share" rel="nofollow">
<i class="fa--xf far fa-share-alt"
aria-hidden="true"></i></a></li><li><a href="/posts/${p.id}/" rel="nofollow">#${n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch" data-quote="Ravenscar Rob" data-source="post: 88107">
<div class="bbCodeBlock-title"><a href="/goto/post?id=88107" class="bbCodeBlock-sourceJump" rel="nofollow">Ravenscar Rob said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div><div class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>\n`
    : ''
}${p.paras.join('<br />\n<br />\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${n === 1 ? '<div class="message-lastEdit">Last edited: Jan 14, 2025</div>' : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/${p.id}/react?reaction_id=1" class="actionBar-action actionBar-action--reaction" data-xf-click="reaction" rel="nofollow">
<i class="reaction-sprite"></i>
<span class="reaction-text"><bdi>Like</bdi></span></a>
<a href="/threads/41207/reply?quote=${p.id}" class="actionBar-action actionBar-action--reply" rel="nofollow">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report">Report</a></div></div>
${n === 2 ? xReactions : ''}
</footer></div></div></div></article>`;
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-41207"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<title>${xTitle} | Eastbank Anglers Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta property="og:site_name" content="Eastbank Anglers Forum">
<meta property="og:type" content="website"><meta property="og:title" content="${xTitle}">
<link rel="canonical" href="https://eastbankanglers.example/threads/41207/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://eastbankanglers.example/threads/41207/",
"headline":"${xTitle}","datePublished":"2025-01-14T19:02:11+00:00","author":{"@type":"Person","name":"Gareth_W"},
"interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1736412211">
<script>document.querySelector('html').className += ' has-js';</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/eastbank/logo.png" alt="Eastbank Anglers Forum" width="220" height="48"></a>
</div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller">
<ul class="p-nav-list js-offCanvasNavSource">${links(xNav, 'p-navEl')}</ul></div><div class="p-nav-opposite">
<div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay">
<span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay">
<span class="p-navgroup-linkText">Register</span></a>
</div><div class="p-navgroup p-discovery">
<a href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="What's new"></a>
<a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search">
<span class="p-navgroup-linkText">Search</span></a>
</div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6">
<li class="notice js-notice notice--primary" data-notice-id="2" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility="">
<div class="notice-content"><a href="/account/dismiss-notice?notice_id=2" class="notice-dismiss js-noticeDismiss" data-xf-init="tooltip"
title="Dismiss notice"></a>
<strong>${xNotice[0]}</strong> ${xNotice[1]}</div></li></ul>
<div class="p-breadcrumbs-wrap"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(xCrumbs, 'p-breadcrumbs-item')}</ul>
</div>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${xTitle}</h1></div><div class="p-description">
<ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
<a href="/members/88101/" class="username u-concealed" dir="auto" data-user-id="88101">Gareth_W</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/threads/41207/" class="u-concealed"><time class="u-dt" dir="auto" datetime="2025-01-14T19:02:11+0000">Jan 14, 2025</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPosts.map((p, i) => xPost(p, i + 1)).join('\n')}
</div></div></div>
<div class="block block--outer"><div class="block-container"><div class="block-row">You must log in or register to reply here.</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body">
<ul>${links(xSimilar, 'structItem')}</ul></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span>
<a class="shareButtons-button shareButtons-button--facebook" href="#"><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--email" href="#">
<span>Email</span></a><a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="#"><span>Link</span></a></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><ul class="p-footer-linkList">${links(xFoot)}</ul></div>
<div class="p-footer-copyright"><a href="https://xenforo.example" dir="ltr" target="_blank">Community platform by XenForo® © 2010-2025 XenForo Ltd.</a></div>
</div></footer></div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true"><div class="offCanvasMenu-content">
<div class="offCanvasMenu-header">${xOff[0]}</div><div class="offCanvasMenu-link">${xOff[1]}</div><div class="offCanvasMenu-link">${xOff[2]}</div></div></div>
<script src="/js/xf/preamble.min.js?_v=1c2e4f11"></script></body></html>`;
const xenforo: TestPage = {
  name: 'heldout104-xenforo-pinned-rules-thread',
  kind: 'forum',
  html: xHtml,
  // the pinned "Please read the rules before posting" notice above the thread is furniture; each post's paragraphs are body
  // (a post's <br><br> breaks split it into paragraphs); names, post dates and the "Last edited" line are bylines; the
  // quoted text is in neither list; user titles, the Joined / Messages / Reaction score / Location pairs, post numbers,
  // reactions and action links are furniture
  title: xTitle,
  headings: [],
  body: xPosts.flatMap((p) => p.paras),
  bylines: ['Gareth_W', 'Ravenscar Rob', 'Marina K', 'Jan 14, 2025', 'Jan 15, 2025', 'Jan 16, 2025', 'Last edited: Jan 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Log in', 'Register', 'Search', ...xNotice, ...xCrumbs, 'Thread starter', 'Start date', 'Member', 'Well-known member', 'Active member', 'Joined',
    'Messages', 'Reaction score', 'Location', 'Tyneside', 'North Yorkshire', 'Northumberland', '#1', '#2', '#3', '#4', 'Ravenscar Rob said:',
    'Click to expand...', 'Like', 'Reply', 'Report', 'Reactions:', 'Gareth_W, Marina K and 4 others', 'You must log in or register to reply here.',
    'Similar threads', ...xSimilar, 'Share:', 'Facebook', 'Email', 'Link', ...xFoot, 'Community platform by XenForo® © 2010-2025 XenForo Ltd.', xOff[0],
  ],
};

export const HELDOUT104_F: readonly TestPage[] = [xenforo, seMigrated];
