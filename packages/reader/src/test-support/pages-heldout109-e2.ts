import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file e2: a XenForo 2.3 thread as a guest saves it (the p-header logo, the p-nav with "Forums",
 * "What's new", "Media", "Members", "Log in", "Register" and "Search", the section links, breadcrumbs at top and bottom,
 * the title with the "Solved" prefix, thread starter and start date, the message user cells with user titles, joined
 * dates, message counts, reaction scores and locations, the attribution bar with "#1" numbers and share gadget, a quote
 * block with "Click to expand...", the reactions bar, "Reply", a banner ad between posts, "You must log in or register
 * to reply here.", share links, "Similar threads", the style/contact footer and the bottom-fixed cookie notice).
 */
const title = 'Intermittent stalling at idle, Varda Corso 1.4 petrol';
const prefix = 'Solved';
type Msg = { n: number; user: string; utitle: string; joined: string; msgs: string; score: string; loc: string; date: string; paras: string[]; re?: string };
const msgs: Msg[] = [
  {
    n: 1,
    user: 'Grantham_Rob',
    utitle: 'New member',
    joined: 'Mar 3, 2025',
    msgs: '6',
    score: '2',
    loc: 'Sedgeford',
    date: 'Apr 2, 2025',
    paras: [
      'My 2016 Corso 1.4 has started stalling at idle, maybe once or twice a week. It always happens when I come to a stop after a ' +
        'longer drive, never from cold. The revs drop to about 500, hunt for a second and then it dies. It restarts straight away.',
      'No warning lights and no stored codes on my cheap reader. Plugs and coil pack were done at the last service in January. ' +
        'Any ideas where to start before I take it to the garage?',
      'For what it is worth, it has never stalled while moving, only at junctions and once in a car park after the motorway. ' +
        'The battery is two years old and tests fine.',
    ],
  },
  {
    n: 2,
    user: 'Cheviot',
    utitle: 'Well-known member',
    joined: 'Jun 18, 2019',
    msgs: '3,412',
    score: '1,877',
    loc: 'Northallerby',
    date: 'Apr 2, 2025',
    paras: [
      'Classic symptoms of a dirty throttle body on these engines. Carbon builds up around the butterfly, and when everything is hot ' +
        'the idle control cannot open it far enough to keep the engine running.',
      'Take the intake pipe off, hold the butterfly open with a finger and clean it with throttle body cleaner on a rag. Do not spray ' +
        'it straight in with the ignition on. Then disconnect the battery for ten minutes so the ECU relearns the idle position.',
      'If that does not cure it, the next thing I would look at is the idle control valve itself, but nine times out of ten on ' +
        'the 1.4 it is just carbon. It is a twenty-minute job and a can of cleaner costs a few pounds.',
    ],
  },
  {
    n: 3,
    user: 'Grantham_Rob',
    utitle: 'New member',
    joined: 'Mar 3, 2025',
    msgs: '6',
    score: '2',
    loc: 'Sedgeford',
    date: 'Apr 6, 2025',
    re: 'Take the intake pipe off, hold the butterfly open with a finger and clean it with throttle body cleaner on a rag.',
    paras: [
      'Did this on Saturday morning. The butterfly was black with gunk around the edge, much worse than I expected for 58,000 miles. ' +
        'Half a can of cleaner and some patience later it looks like new.',
      'It has done about 200 miles since, including two long motorway runs, and not a single stall. The idle is smoother too. ' +
        'Thanks very much, you have saved me a garage bill.',
    ],
  },
  {
    n: 4,
    user: 'Cheviot',
    utitle: 'Well-known member',
    joined: 'Jun 18, 2019',
    msgs: '3,412',
    score: '1,877',
    loc: 'Northallerby',
    date: 'Apr 6, 2025',
    paras: [
      'Good result. Worth doing every 30,000 miles or so on the 1.4, especially if the car does a lot of short trips. I have marked the ' +
        'thread as solved so others can find it.',
    ],
  },
];
const nav = ['Forums', 'What\u2019s new', 'Media', 'Members'];
const sectionLinks = ['New posts', 'Search forums'];
const crumbs = ['Forums', 'Corso and Corso Sport', 'Engine and Fuel'];
const reactions = ['Cheviot and Dunmore_Al', 'Grantham_Rob, Hesketh and 3 others'];
const similar = [
  { t: 'Rough idle after battery change', by: 'Tamsin_K', d: 'Nov 8, 2024', meta: 'Replies: 7' },
  { t: 'Corso 1.2 hesitation when warm', by: 'pjfoster', d: 'Aug 21, 2024', meta: 'Replies: 12' },
];
const share = ['Facebook', 'X', 'Bluesky', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Share', 'Link'];
const footer = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const cookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'By continuing to use this site, you are consenting to our use of cookies.',
  'Accept',
  'Learn more…',
];
const crumbList = (): string =>
  `<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${crumbs
    .map(
      (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item">
<span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
    )
    .join('')}</ul>`;
const body = (m: Msg): string => {
  const q = m.re
    ? `<blockquote data-attributes="member: 88" data-quote="Cheviot" data-source="post: 51902"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=51902" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution">Cheviot said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${m.re}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : '';
  return `${q}${m.paras.join('<br>\n<br>\n')}`;
};
const msg = (m: Msg): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${m.user}" data-content="post-${51900 + m.n}"
id="js-post-${51900 + m.n}" itemscope itemtype="https://schema.org/Comment" itemid="https://forums.corsaclub.example/posts/${51900 + m.n}/">
<meta itemprop="parentItem" itemscope itemid="https://forums.corsaclub.example/threads/intermittent-stalling.8812/"><span class="u-anchorTarget"
id="post-${51900 + m.n}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${m.user.toLowerCase()}/" class="avatar avatar--m" data-user-id="${m.n}">
<img src="/data/avatars/m/0/${m.n}.jpg" class="avatar-u${m.n}-m" width="96" height="96" alt="${m.user}" itemprop="image"></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${m.user.toLowerCase()}/" class="username" dir="auto" data-user-id="${m.n}">
<span itemprop="name">${m.user}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${m.utitle}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${m.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt>
<dd>${m.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${m.score}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt>
<dd>${m.loc}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/intermittent-stalling.8812/post-${51900 + m.n}" rel="nofollow"
itemprop="url">
<time class="u-dt" dir="auto" datetime="2025-04-02T18:21:00+0100" data-short="Apr '25" title="${m.date} at 6:21 PM"
itemprop="datePublished">${m.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/intermittent-stalling.8812/post-${51900 + m.n}"
class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt"></i></a></li>
<li><a href="/threads/intermittent-stalling.8812/post-${51900 + m.n}" rel="nofollow">#${m.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${51900 + m.n}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${body(m)}</div></div>
<div class="js-selectToQuoteEnd">&nbsp;</div></article></div></div><footer class="message-footer"><div class="message-actionBar actionBar">
<div class="actionBar-set actionBar-set--external"><a href="/threads/intermittent-stalling.8812/reply?quote=${51900 + m.n}"
class="actionBar-action actionBar-action--reply"
title="Reply, quoting this message" rel="nofollow" data-xf-click="quote">Reply</a></div></div>
${
  m.n === 2 || m.n === 3
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"><img
alt="Like"></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${m.n}/reactions"
data-xf-click="overlay">${reactions[m.n - 2]}</a></div>`
    : ''
}</footer></div></div></div></article>`;
const html = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-41" data-content-key="thread-8812"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head><meta
charset="utf-8"><title>${prefix} - ${title} | Corso Owners Club</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><link rel="canonical"
href="https://forums.corsaclub.example/threads/intermittent-stalling.8812/">
<meta property="og:site_name" content="Corso Owners Club"><meta property="og:type" content="website"><meta property="og:title" content="${prefix} - ${title}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://forums.corsaclub.example/threads/intermittent-stalling.8812/",
"headline":"${title}","datePublished":"2025-04-02T17:21:00+00:00","author":{"@type":"Person","name":"Grantham_Rob"},
"interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1741012044">
<script src="/js/xf/preamble.min.js?_v=4b1c2f11"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="https://forums.corsaclub.example"><img src="/styles/corso/logo.png" width="200" height="36" alt="Corso Owners Club"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button button--plain p-nav-menuTrigger" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0"
aria-label="Menu">
<span class="button-text"><i aria-hidden="true"></i></span></button><div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div
class="hScroller-scroll">
<ul class="p-nav-list js-offCanvasNavSource">${nav
  .map(
    (
      t,
      i,
    ) => `<li><div class="p-navEl ${i === 0 ? 'is-selected' : ''}" data-has-children="true"><a href="/${t.length}/" class="p-navEl-link p-navEl-link--splitMenu"
data-nav-id="n${i}">${t}</a><a data-xf-key="${i + 1}" data-xf-click="menu" class="p-navEl-splitTrigger" role="button" tabindex="0"
aria-label="Toggle expanded"></a></div></li>`,
  )
  .join('\n')}</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay"><span
class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span
class="p-navgroup-linkText">Register</span></a>
</div><div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu"
aria-label="Search" title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">
${links(sectionLinks)}</ul></div></div></div>
<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs--parent">${crumbList()}</div>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--green" dir="auto">${prefix}</span><span
class="label-append">&nbsp;</span>${title}</h1>
</div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span><a href="/members/grantham_rob.4410/" class="username u-concealed" dir="auto"
data-user-id="4410">Grantham_Rob</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a
href="/threads/intermittent-stalling.8812/"
class="u-concealed"><time class="u-dt" dir="auto" datetime="2025-04-02T18:21:00+0100"
title="Apr 2, 2025 at 6:21 PM">Apr 2, 2025</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post"
data-href="/inline-mod/">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${msg(msgs[0]!)}
${msg(msgs[1]!)}
<div class="samUnitWrapper samAlignCenter samCustomSize"><div class="samItem" data-xf-init="sam-item"><span class="samLabel">Advertisement</span>
<a href="https://ads.corsaclub.example/click/44" rel="nofollow sponsored" target="_blank"><img src="/data/siropu/am/user/banner-parts.jpg"
alt="Parts for every Corso"></a></div></div>
${msg(msgs[2]!)}
${msg(msgs[3]!)}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><div
class="block-outer-hint">You must log in or register to reply here.</div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span
class="shareButtons-label">Share:</span>
<div class="shareButtons-buttons">${share
  .map((s) => `<a class="shareButtons-button shareButtons-button--brand" data-href="#${s}"><i aria-hidden="true"></i><span>${s}</span></a>`)
  .join('\n')}</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">${similar
  .map(
    (s) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a
href="/threads/${s.by}/">${s.t}</a></div>
<div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/${s.by}/" class="username">${s.by}</a></li><li class="structItem-startDate">
<time class="u-dt">${s.d}</time></li></ul></div></div><div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt>
<dd>${s.meta.slice(9)}</dd></dl></div></div>`,
  )
  .join('\n')}</div></div></div></div>
</div></div></div><div class="p-breadcrumbs--bottom">${crumbList()}</div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> Default style</a></li>
<li><a href="/misc/language" data-xf-click="overlay"><i class="fa--xf far fa-globe" aria-hidden="true"></i> English (UK)</a></li></ul></div>
<div class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(footer)}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.example" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform by XenForo<sup>®</sup>
<span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0">
<div class="notice-content"><div class="u-alignCenter">${cookie[0]}<br>\n${cookie[1]}</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="button button--notice js-noticeDismiss"><span class="button-text">${cookie[2]}</span></a>
<a href="/help/cookies" class="button button--notice button--link"><span class="button-text">${cookie[3]}</span></a></div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=4b1c2f11"></script></body></html>`;

export const xenforoThread: TestPage = {
  html,
  name: 'heldout109-xenforo-forum',
  kind: 'forum',
  // the thread title is the h1 text after the "Solved" prefix label; the quoted post and its "said:" line are in neither
  // list; user titles, joined dates, message counts, reaction scores, locations, post numbers and reactions are furniture
  title,
  headings: [],
  body: texts(msgs.flatMap((m) => m.paras)),
  bylines: ['Grantham_Rob', 'Cheviot', 'Apr 2, 2025', 'Apr 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Log in', 'Register', 'Search', ...sectionLinks, ...crumbs, prefix, 'Thread starter', 'Start date', 'New member', 'Well-known member',
    'Mar 3, 2025', 'Jun 18, 2019', 'Joined', 'Messages', 'Reaction score', 'Location', '3,412', '1,877', 'Sedgeford', 'Northallerby', '#1', '#2', '#3', '#4',
    'Reply', 'Reactions:', ...reactions, 'Click to expand...', 'Advertisement', 'You must log in or register to reply here.', 'Share:', ...share,
    'Similar threads', ...similar.flatMap((s) => [s.t, s.by, s.d]), 'Replies', 'Default style', 'English (UK)', ...footer,
    'Community platform by XenForo® © 2010-2025 XenForo Ltd.', ...cookie,
  ],
};
