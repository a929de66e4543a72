import { links, type TestPage, texts } from './page-kit.js';
import { civfanatics } from './pages-heldout170-a2.js';

/**
 * Held-out batch 170, file a: an Ars Technica OpenForum thread (XenForo 2 with the Ars header and site links, a dismissable
 * notice, breadcrumbs, the thread starter and start date, six posts with user titles, "Subscriptor" banners, post counts,
 * quotes with "Click to expand...", "Last edited" lines, the Upvote/Downvote bar, the guest reply prompt, the share bar, the
 * footer and the XenForo cookie notice) and, from file a2, a CivFanatics thread.
 */
const title = 'Mesh Wi-Fi through two-foot stone walls: worth it, or just run cable?';
type Post = {
  id: number;
  user: string;
  rank: string;
  sub: boolean;
  posts: string;
  time: string;
  iso: string;
  paras: string[];
  quote?: string[];
  edit?: string;
  votes: string;
};
const posts: Post[] = [
  {
    id: 41207731,
    user: 'fenwick_tor',
    rank: 'Ars Scholae Palatinae',
    sub: true,
    posts: '1,204',
    time: 'Oct 9, 2025',
    iso: '2025-10-09T20:41:12-0400',
    votes: '3 (3 / 0)',
    edit: 'Last edited: Oct 9, 2025',
    paras: [
      `We finally bought the old farmhouse, and it turns out the internal walls are solid fieldstone, roughly two feet thick. The
fibre comes in at the kitchen end. The office is three rooms and two of those walls away, and my single all-in-one router gives me
one bar there on a good day.`,
      `I have been reading mesh reviews for a week and every one of them is tested in a drywall apartment. Has anyone actually made
wireless backhaul work through masonry like this, or am I kidding myself and should I just budget for drilling and running Cat6?`,
      `The walls are listed as character features in the survey, so the fewer holes the better, but I am not precious about one or two
hidden behind a bookcase.`,
    ],
  },
  {
    id: 41207802,
    user: 'Dallowmere',
    rank: 'Ars Praefectus',
    sub: true,
    posts: '8,930',
    time: 'Oct 9, 2025',
    iso: '2025-10-09T21:03:40-0400',
    votes: '11 (11 / 0)',
    quote: ['Has anyone actually made wireless backhaul work through masonry like this'],
    paras: [
      `Short answer: not reliably. I tried two different tri-band kits in my parents' place, which has similar walls, and the nodes
would fall back to the slow band every evening for no reason I could find. Throughput to the far node swung between 300 and 20.`,
      `What did work was putting the nodes in doorways rather than rooms, so each hop only went through one opening and no stone.
It is ugly, but it is free to try before you drill.`,
    ],
  },
  {
    id: 41207855,
    user: 'quietkestrel',
    rank: 'Smack-Fu Master, in training',
    sub: false,
    posts: '37',
    time: 'Oct 9, 2025',
    iso: '2025-10-09T21:27:05-0400',
    votes: '6 (6 / 0)',
    paras: [
      `Before drilling anything, check whether the house already has a route nobody thinks of. Old farmhouses often have a chimney
breast, a disused flue or a run along the floor joists under the boards. We pulled a cable through an old bell-wire channel in
ours in an afternoon.`,
      `Powerline adapters are also worth a look if the wiring is on one circuit. Results are all over the place, but a pair costs
less than one mesh node and you can return them if they are useless.`,
    ],
  },
  {
    id: 41208410,
    user: 'fenwick_tor',
    rank: 'Ars Scholae Palatinae',
    sub: true,
    posts: '1,204',
    time: 'Oct 11, 2025',
    iso: '2025-10-11T10:15:51-0400',
    votes: '4 (4 / 0)',
    paras: [
      `Update for anyone who finds this later. I tried the doorway trick with a borrowed two-node kit. With the second node on the
hall table in line with two open doors, the office got about 180 down. Close either door and it dropped to 40.`,
      `Then I lifted two floorboards in the hall, as suggested, and found a clear run between the joists all the way to the office
wall. One hole through the skirting and I had Cat6 to the desk by the end of Saturday. Wired node in the office, wireless
everywhere else, and no stone was harmed.`,
    ],
  },
  {
    id: 41208466,
    user: 'Parrot_Lantern',
    rank: 'Ars Tribunus Militum',
    sub: false,
    posts: '2,611',
    time: 'Oct 11, 2025',
    iso: '2025-10-11T11:02:19-0400',
    votes: '8 (8 / 0)',
    paras: [
      `Good result. One tip: if the kit supports wired backhaul, turn off the wireless backhaul fallback on the office node, or
at least check it is not silently using both. Some firmware keeps probing over the air and you get odd latency spikes.`,
      `And label the cable at both ends. The next owner of a house like that will thank you.`,
    ],
  },
];
const arsNav = ['Biz & IT', 'Tech', 'Science', 'Policy', 'Cars', 'Gaming & Culture', 'Store', 'Forums'];
const xfNav = ['Forums', "What's new", 'Members'];
const notice = 'Subscriptors can now hide the forum ad slots from their account preferences.';
const crumbs = ['Forums', 'Technology Lounges', 'Networking Matrix'];
const share = ['Facebook', 'X', 'Bluesky', 'Reddit', 'Email', 'Share', 'Link'];
const foot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const cookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'By continuing to use this site, you are consenting to our use of cookies.',
];
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
const post = (p: Post, n: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://arstechnica.com/civis/posts/${p.id}/">
<span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/civis/members/${p.user.toLowerCase()}.${p.id % 997}/" class="avatar avatar--m" data-user-id="${p.id % 997}" data-xf-init="member-tooltip">
<img src="/civis/data/avatars/m/0/${p.id % 997}.jpg" alt="${p.user}" class="avatar-u${p.id % 997}-m" width="96" height="96" loading="lazy"></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/civis/members/${p.id % 997}/" class="username" dir="auto" itemprop="name">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.rank}</h5>
${
  p.sub
    ? '<div class="userBanner userBanner--subscriptor message-userBanner" itemprop="jobTitle">' +
      '<span class="userBanner-before"></span><strong>Subscriptor</strong></div>'
    : ''
}
</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Posts</dt><dd>${p.posts}</dd></dl></div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline">
<li class="u-concealed"><a href="/civis/threads/1503321/post-${p.id}" rel="nofollow" itemprop="url"><time class="u-dt" dir="auto" datetime="${p.iso}"
data-timestamp="1760056872" data-date="${p.time}" title="${p.time}" itemprop="datePublished">${p.time}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/civis/threads/1503321/post-${p.id}"
class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/civis/posts/${p.id}/share" aria-label="Share" rel="nofollow">
<i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/civis/threads/1503321/post-${p.id}" rel="nofollow">#${n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 41" data-quote="fenwick_tor"
data-source="post: 41207731" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title">
<a href="/civis/goto/post?id=41207731" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution">fenwick_tor said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote.join('<br>')}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}
</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>${p.edit ? `<div class="message-lastEdit">${p.edit}</div>` : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<span class="ars-vote"><a class="ars-vote-up" href="/civis/posts/${p.id}/react?reaction_id=1" rel="nofollow" title="Upvote">Upvote</a>
<span class="ars-vote-score">${p.votes}</span><a class="ars-vote-down" href="/civis/posts/${p.id}/react?reaction_id=2" rel="nofollow"
title="Downvote">Downvote</a></span>
</div></div></footer></div></div></div></article>`;
const html = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-12" data-content-key="thread-1503321"
data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1760200000,abc" class="has-no-js template-thread_view"><head>
<meta charset="utf-8"><title>${esc(title)} | Ars OpenForum</title><link rel="manifest" href="/civis/webmanifest.php">
<meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="We finally bought the old farmhouse, and it turns out the internal walls are solid fieldstone, roughly two feet thick.">
<meta property="og:site_name" content="Ars OpenForum"><meta property="og:type" content="website"><meta property="og:title" content="${esc(title)}">
<meta property="og:url" content="https://arstechnica.com/civis/threads/mesh-wi-fi-through-two-foot-stone-walls.1503321/">
<link rel="canonical" href="https://arstechnica.com/civis/threads/mesh-wi-fi-through-two-foot-stone-walls.1503321/">
<link rel="stylesheet" href="/civis/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=7&amp;l=1&amp;d=1760000000">
<script src="/civis/js/xf/preamble.min.js?_v=a1c3"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://arstechnica.com/civis/threads/1503321/",
"headline":"${esc(title)}","datePublished":"2025-10-10T00:41:12+00:00","author":{"@type":"Person","name":"fenwick_tor"},
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-ARS0FORUM"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<div class="ars-site-header"><a class="ars-logo" href="https://arstechnica.com/"><span class="u-srOnly">Ars Technica home</span></a>
<ul class="ars-sections">${links(arsNav, 'ars-sections-item')}</ul></div>
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/civis/"><img src="/civis/styles/ars/openforum.svg" alt="Ars OpenForum" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0"
aria-label="Menu"><span class="button-text"><i aria-hidden="true"></i></span></button><div class="p-nav-scroller hScroller"><div class="hScroller-scroll">
<ul class="p-nav-list js-offCanvasNavSource">${links(xfNav, 'p-navEl')}</ul></div></div><div class="p-nav-opposite"><div
class="p-navgroup p-account p-navgroup--guest">
<a href="/civis/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" rel="nofollow">
<span class="p-navgroup-linkText">Log in</span></a><a href="/civis/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register"
data-xf-click="overlay" rel="nofollow"><span class="p-navgroup-linkText">Register</span></a></div><div class="p-navgroup p-discovery">
<a href="/civis/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="What's new" title="What's new">
<i aria-hidden="true"></i><span class="p-navgroup-linkText">What's new</span></a><a href="/civis/search/" class="p-navgroup-link p-navgroup-link--iconic
p-navgroup-link--search" data-xf-click="menu" aria-label="Search" aria-expanded="false" aria-haspopup="true" title="Search">
<i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6">
<li class="notice js-notice notice--primary" data-notice-id="31" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility="">
<div class="notice-content"><a href="/civis/account/dismiss-notice?notice_id=31" class="notice-dismiss js-noticeDismiss" data-xf-init="tooltip"
title="Dismiss notice"></a>${notice}</div></li></ul>
<div class="p-breadcrumbs--parent"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${crumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/civis/${i}/" itemprop="item">
<span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ul></div>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${title}</h1></div><div class="p-description">
<ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span> <a href="/civis/members/41/" class="username u-concealed" dir="auto">fenwick_tor</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/civis/threads/1503321/" class="u-concealed"><time class="u-dt" datetime="2025-10-09T20:41:12-0400">Oct 9, 2025</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${posts.map((p, i) => post(p, i + 1)).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/civis/login/" class="button--link button--wrap button"
data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span></a></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons">
<span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">
${share
  .map(
    (s) => `<a class="shareButtons-button shareButtons-button--brand" data-href="#${s}" target="_blank" rel="noopener"><i
aria-hidden="true"></i><span>${s}</span></a>`,
  )
  .join('\n')}
</div></div></div></div></div></div>
<div class="p-breadcrumbs--bottom"><ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(crumbs)}</ul></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite">
<ul class="p-footer-linkList">${links(foot)}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by
XenForo<sup>®</sup> <span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1"><div class="notice-content"><div class="u-alignCenter">
${cookie.join('\n')}</div><div class="u-inputSpacer u-alignCenter"><a href="/civis/account/dismiss-notice" class="button--notice button"><span
class="button-text">Accept</span></a>
<a href="/civis/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<script src="/civis/js/xf/core-compiled.js?_v=a1c3"></script><script>XF.ready(() => { XF.config.url.fullBase = 'https://arstechnica.com/civis/'; });</script>
</body></html>`;
const arsOpenForum: TestPage = {
  html,
  name: 'heldout170-ars-openforum-xenforo-forum',
  kind: 'forum',
  title,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: ['fenwick_tor', 'Dallowmere', 'quietkestrel', 'Parrot_Lantern', 'Oct 9, 2025', 'Oct 11, 2025', 'Last edited: Oct 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ars Technica home', ...arsNav, "What's new", 'Members', 'Log in', 'Register', 'Search', notice, 'Technology Lounges', 'Networking Matrix',
    'Thread starter', 'Start date', 'Ars Scholae Palatinae', 'Ars Praefectus', 'Smack-Fu Master, in training', 'Ars Tribunus Militum',
    'Subscriptor', 'Posts', '1,204', '8,930', '37', '2,611', '#1', '#2', '#3', '#4', '#5', 'Click to expand...', 'Upvote', 'Downvote', '3 (3 / 0)',
    '11 (11 / 0)', '6 (6 / 0)', '4 (4 / 0)', '8 (8 / 0)', 'You must log in or register to reply here.', 'Share:', 'Facebook', 'Bluesky', 'Reddit',
    'Email', 'Link', ...foot, 'Community platform by XenForo® © 2010-2025 XenForo Ltd.', ...cookie, 'Accept', 'Learn more…',
  ],
};

export const HELDOUT170_A: readonly TestPage[] = [arsOpenForum, civfanatics];
