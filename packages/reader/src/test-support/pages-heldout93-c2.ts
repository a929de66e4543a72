import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 93, file c2: a XenForo 2 forum thread as a guest saves it (header and navigation tabs with "Log in" and
 * "Register", a site notice, breadcrumbs, the h1 with its prefix label, the thread starter / start date line with screen-
 * reader labels, page navigation, posts in bbWrapper blocks with <br> paragraph breaks, user blocks with user title and
 * "Joined / Messages / Reaction score / Location" pairs, a quoted post with "said:" and "Click to expand...", "Last
 * edited" lines, signatures, reaction bars, "Report", "You must log in or register to reply here.", "Similar threads",
 * the share bar, the footer and the cookie notice).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const xfTitle = 'Smoothing plane chatters on end grain, blade or setup?';
type Post = { user: string; title: string; joined: string; msgs: string; score: string; loc: string; date: string; n: number; body: string[] };
const xfPosts: Post[] = [
  {
    user: 'BramWhittle',
    title: 'New member',
    joined: 'Sep 2, 2024',
    msgs: '14',
    score: '6',
    loc: 'Norfolk',
    date: 'Nov 3, 2024',
    n: 1,
    body: paras(`
Evening all. I have a No. 4 smoothing plane, a secondhand one with a replacement blade from one of the usual makers, and it works nicely on
long grain. On end grain, tidying the ends of a chopping board, it chatters badly and leaves a washboard surface with ridges about 2 mm apart.

I have flattened the back of the blade and honed it to 8000, the chipbreaker sits about 1 mm back, and the frog is where it was when I bought
it. Taking a lighter cut helps a little but not much. Is this a blade problem, or am I asking too much of a smoother on end grain?`),
  },
  {
    user: 'Old Ferris',
    title: 'Well-known member',
    joined: 'Mar 14, 2011',
    msgs: '9,806',
    score: '4,217',
    loc: 'Derbyshire',
    date: 'Nov 3, 2024',
    n: 2,
    body: paras(`
Chatter is nearly always something moving that should not be. Before you buy anything, take the plane apart and check three things. First,
that the frog sits flat on the body with no burr or shaving underneath it. Second, that the lever cap is tight enough that you really have
to push to lock it. Third, that the chipbreaker meets the blade along its whole edge, with no light showing between them.

On end grain you also want the mouth fairly closed and the blade as sharp as you have ever had it. A skewed stroke, coming at the board at
about 30 degrees, makes a big difference too.`),
  },
  {
    user: 'BramWhittle',
    title: 'New member',
    joined: 'Sep 2, 2024',
    msgs: '14',
    score: '6',
    loc: 'Norfolk',
    date: 'Nov 4, 2024',
    n: 3,
    body: paras(`
You were right about the frog. There was a thin layer of old shavings and rust packed under it on one side, so it rocked very slightly when
I pressed on the back of the blade. Cleaned it with a brass brush and a bit of paraffin, lapped the seat on some sandpaper on glass, and
tightened the lever cap a quarter turn.

The chatter is almost gone. Still a faint ripple near the far edge, but I suspect that is me.`),
  },
  {
    user: 'Kestrel Joinery',
    title: 'Trade',
    joined: 'Jan 8, 2016',
    msgs: '3,311',
    score: '1,902',
    loc: 'Cumbria',
    date: 'Nov 4, 2024',
    n: 4,
    body: paras(`
The ripple at the far edge will be the board spelching as the plane runs off. Clamp a sacrificial strip against the far side, or plane in
from both edges towards the middle, and it will go. Also worth rubbing a little candle wax on the sole for end grain, it takes a lot of the
effort out of the stroke and you push more steadily.`),
  },
  {
    user: 'BramWhittle',
    title: 'New member',
    joined: 'Sep 2, 2024',
    msgs: '14',
    score: '6',
    loc: 'Norfolk',
    date: 'Nov 5, 2024',
    n: 5,
    body: paras(`
Clamped a strip on the far side and waxed the sole as suggested. Clean end grain across the whole board, first time I have managed it with a
hand plane. Thanks both, this forum has saved me from buying a new plane I did not need.`),
  },
];
const xfQuote = `<blockquote data-attributes="member: 1102" data-quote="Old Ferris" data-source="post: 611204" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=611204" class="bbCodeBlock-sourceJump" rel="nofollow"
data-xf-click="attribution" data-content-selector="#post-611204">Old Ferris said:</a></div><div class="bbCodeBlock-content"><div
class="bbCodeBlock-expandContent js-expandContent ">Chatter is nearly always something moving that should not be. Before you buy anything, take the
plane apart and check three things.</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div>
</blockquote>`;
const xfSigs: Record<string, string> = {
  BramWhittle: 'Bram | Norfolk | still learning which end of the chisel is sharp',
  'Old Ferris': 'Measure twice, cut once, then fetch another board.',
  'Kestrel Joinery': 'Kestrel Joinery, bespoke staircases and windows since 1998',
};
const xfReacts = ['', 'Kestrel Joinery, BramWhittle and 11 others', 'Old Ferris', 'BramWhittle, Old Ferris and 4 others', 'Old Ferris and Kestrel Joinery'];
const xfNav = ['Home', 'Forums', 'What’s new', 'Members'];
const xfSub = ['New posts', 'Search forums'];
const xfCrumbs = ['Forums', 'Hand Tools', 'Planes and Sharpening'];
const xfSimilar = ['Restoring a rusted No. 5, worth it?', 'Which chipbreaker setting for figured maple?', 'End grain cutting board glue-up cracked'];
const xfShare = ['Facebook', 'X', 'Bluesky', 'Reddit', 'Pinterest', 'Email', 'Share Link'];
const xfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const xfNotice = 'The winter show-and-tell competition is open until 31 January. Post your entries in the Projects forum.';
const xfCookie =
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register. By continuing to use this site, ' +
  'you are consenting to our use of cookies.';
const xfPost = (
  p: Post,
): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}" data-content="post-61120${p.n}"
id="js-post-61120${p.n}" itemscope itemtype="https://schema.org/Comment" itemid="https://forum.northbench.example/posts/61120${p.n}/">
<meta itemprop="parentItem" itemscope itemid="https://forum.northbench.example/threads/48213/"><span class="u-anchorTarget" id="post-61120${p.n}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<meta itemprop="name" content="${p.user}"><div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.n}/" class="avatar avatar--m"
data-user-id="${p.n}" data-xf-init="member-tooltip"><img src="/data/avatars/m/0/${p.n}.jpg" alt="${p.user}" class="avatar-u${p.n}-m" width="96" height="96"
loading="lazy"></a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.n}/" class="username" dir="auto"
data-user-id="${p.n}" data-xf-init="member-tooltip"><span itemprop="name">${p.user}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto"
itemprop="jobTitle">${p.title}</h5></div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl>
<dl class="pairs pairs--justified"><dt>Location</dt><dd>${p.loc}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/48213/post-61120${p.n}" rel="nofollow" itemprop="url">
<time class="u-dt" dir="auto" datetime="2024-11-03T21:0${p.n}:00+0000" data-timestamp="1730667600" itemprop="datePublished">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/48213/post-61120${p.n}" class="message-attribution-gadget"
data-xf-init="share-tooltip" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i><span class="u-srOnly">Share</span></a></li>
<li><a href="/threads/48213/post-61120${p.n}" rel="nofollow">#${p.n}</a></li></ul></header><div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.n === 3 ? xfQuote : ''
}${p.body.join('<br>\n<br>\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>${
  p.n === 3 ? '<div class="message-lastEdit">Last edited: Nov 4, 2024</div>' : ''
}<aside class="message-signature"><div class="bbWrapper">${xfSigs[p.user]}</div></aside></div><footer class="message-footer">
<div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/61120${p.n}/report" class="actionBar-action
actionBar-action--report" data-xf-click="overlay">Report</a></div></div><div class="reactionsBar js-reactionsList ${xfReacts[p.n - 1] ? 'is-active' : ''}">${
  xfReacts[p.n - 1]
    ? `<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"><img
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
class="reaction-sprite js-reaction" alt="Like" title="Like"></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link"
href="/posts/61120${p.n}/reactions" data-xf-click="overlay" rel="nofollow">${xfReacts[p.n - 1]}</a>`
    : ''
}</div></footer></div></div></div></article>`;
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-12" data-content-key="thread-48213"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<title>Smoothing plane chatters on end grain, blade or setup? | Northbench Woodworking Forum</title><meta name="viewport" content="width=device-width,
initial-scale=1">
<link rel="canonical" href="https://forum.northbench.example/threads/smoothing-plane-chatters-on-end-grain-blade-or-setup.48213/">
<meta property="og:site_name" content="Northbench Woodworking Forum"><meta property="og:type" content="website"><meta property="og:title" content="${xfTitle}">
<meta property="og:description" content="Evening all. I have a No. 4 smoothing plane, a secondhand one with a replacement blade.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://forum.northbench.example/threads/48213/",
"headline":"${xfTitle}","articleSection":"Planes and Sharpening","author":{"@type":"Person","name":"BramWhittle"},"datePublished":"2024-11-03T21:01:00+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1730000000">
<script>window.document.documentElement.className = window.document.documentElement.className.replace('has-no-js', 'has-js');</script>
<script src="/js/xf/preamble.min.js?_v=2b6c1f0e"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner"><div
class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="https://forum.northbench.example/"><img src="/styles/northbench/logo.png" alt="Northbench Woodworking
Forum"
width="220" height="48"></a></div></div></div></header><div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav">
<div class="p-nav-inner"><button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" aria-label="Toggle expanded"></button>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-nav-list
js-offCanvasNavSource">${links(xfNav, 'p-navEl')}
</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link
p-navgroup-link--textual
p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link
p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="What's new"
title="What's new"></a><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search">
<span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div><div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller">
<ul class="p-sectionLinks-list">${links(xfSub, 'p-navEl')}</ul></div></div>
<div class="p-body"><div class="p-body-inner"><ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6">
<li class="notice js-notice notice--primary" data-notice-id="7" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility="">
<div class="notice-content"><a href="/account/dismiss-notice?notice_id=7" class="notice-dismiss js-noticeDismiss" data-xf-init="tooltip" title="Dismiss
notice"></a>
${xfNotice}</div></li></ul><div class="p-breadcrumbs p-breadcrumbs--container"><ul class="p-breadcrumbs " itemscope
itemtype="https://schema.org/BreadcrumbList">
${xfCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item">
<span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ul></div>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--olive" dir="auto">Help</span><span
class="label-append">&nbsp;</span>${xfTitle}</h1>
</div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span><a href="/members/1/" class="username u-concealed" dir="auto" data-user-id="1">BramWhittle</a></li><li>
<i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a href="/threads/48213/" class="u-concealed">
<time class="u-dt" dir="auto" datetime="2024-11-03T21:01:00+0000">Nov 3, 2024</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post"
data-href="/inline-mod/" data-search-target="*"><span class="u-anchorTarget" id="posts"></span><div class="block-outer"></div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-48213">
<div class="block-body js-replyNewMessageContainer">
${xfPosts.map(xfPost).join('\n')}
</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button rippleButton"
data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span></a></div></div></div>
<div class="block" data-widget-id="24" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads">
<div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">${xfSimilar
  .map(
    (t, i) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a
href="/threads/${i}/">${t}</a>
</div><div class="structItem-minor"><ul class="structItem-parts"><li><a class="username">Old Ferris</a></li><li class="structItem-startDate">Oct ${i + 2},
2024</li></ul>
</div></div><div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt><dd>${i + 7}</dd></dl><dl class="pairs
pairs--justified structItem-minor"><dt>Views</dt><dd>${i + 3}K</dd></dl></div></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="block"><div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span
class="shareButtons-label">Share:</span><div class="shareButtons-buttons">${xfShare
  .map(
    (s) => `<a class="shareButtons-button" data-href="#" rel="nofollow">
<i aria-hidden="true"></i><span>${s}</span></a>`,
  )
  .join('')}</div></div></div></div></div></div></div>
<div class="p-breadcrumbs p-breadcrumbs--bottom"><ul class="p-breadcrumbs">${xfCrumbs
  .map(
    (c, i) => `<li><a
href="/forums/${i}/"><span>${c}</span></a></li>`,
  )
  .join('')}
</ul></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(xfFoot)}</ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.example" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform by XenForo<sup>®</sup> <span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0"
data-visibility=""><div class="notice-content"><div class="u-alignCenter">${xfCookie}</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="button--notice button"><span class="button-text">Accept</span></a><a href="/help/cookies" class="button--notice button
button--link"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=2b6c1f0e"></script><script>jQuery.extend(true, XF.config, {"userId":0,"enablePush":false});</script></body></html>`;
export const xenforoThread: TestPage = {
  html: xfHtml,
  name: 'heldout93-xenforo-forum-thread',
  kind: 'forum',
  // every post is body (the quote in post 3 in neither list); user names, post dates, the thread starter and start date
  // and the "Last edited" line are bylines; user titles, the Joined / Messages / Reaction score / Location pairs,
  // signatures, post numbers, reactions, "Report", the prefix label, the guest reply line and the rails are furniture
  title: xfTitle,
  headings: [],
  body: xfPosts.flatMap((p) => texts(p.body)),
  bylines: ['BramWhittle', 'Old Ferris', 'Kestrel Joinery', 'Nov 3, 2024', 'Nov 4, 2024', 'Nov 5, 2024', 'Last edited: Nov 4, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xfNav, 'Log in', 'Register', 'Search', ...xfSub, xfNotice, ...xfCrumbs, 'Help', 'Thread starter', 'Start date', 'New member', 'Well-known member',
    'Trade', 'Joined', 'Sep 2, 2024', 'Mar 14, 2011', 'Jan 8, 2016', 'Messages', '9,806', 'Reaction score', '4,217', 'Location', 'Norfolk', 'Derbyshire',
    'Cumbria', 'Share', '#1', '#2', '#3', '#4', '#5', 'Old Ferris said:',
    'Click to expand...', ...Object.values(xfSigs), 'Report', 'Reactions:', ...xfReacts.slice(1).filter((r) => r !== 'Old Ferris'),
    'You must log in or register to reply here.', 'Similar threads', ...xfSimilar, 'Replies', 'Views', 'Share:', ...xfShare, ...xfFoot,
    'Community platform by XenForo® © 2010-2025 XenForo Ltd.', xfCookie, 'Accept', 'Learn more…',
  ].filter((t, i, a) => a.indexOf(t) === i),
};
