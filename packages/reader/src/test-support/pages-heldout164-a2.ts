import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 164, file a2: a Physics Forums thread on XenForo 2 as a guest saves it (cookie notice, header nav with
 * Insights / Forums / Trending, log in and register, breadcrumbs, the thread title with "Thread starter" and "Start date",
 * tags, posts with the user cell (user title, joined, messages, reaction score), the attribution row with "Share" and post
 * numbers, a quoted post, reaction lines, the "You must log in or register to reply here." block, "Similar threads", the
 * sidebar share block and ad label, and the footer).
 */
const pfTitle = 'Why does a rolling coin lean into its turn instead of falling flat?';
type PfPost = { n: number; user: string; title: string; joined: string; msgs: string; score: string; when: string; quote?: [string, string]; paras: string[] };
const pfPosts: PfPost[] = [
  {
    n: 1,
    user: 'lindqvist_e',
    title: 'New member',
    joined: 'Aug 2, 2025',
    msgs: '14',
    score: '3',
    when: 'Oct 9, 2025',
    paras: [
      'I have been watching a coin roll across the kitchen floor and it always curves gently and leans toward the inside of the ' +
        'curve for a long time before it finally wobbles down. If gravity is pulling the top of the coin sideways, why does it not ' +
        'just fall over straight away like a coin standing still would?',
      'I know the answer involves angular momentum, but every explanation I find either waves its hands or jumps straight into ' +
        'Euler angles. Is there an intermediate picture that actually explains the turning?',
    ],
  },
  {
    n: 2,
    user: 'Harriet Okonjo',
    title: 'Science Advisor',
    joined: 'Mar 17, 2014',
    msgs: '8,912',
    score: '5,430',
    when: 'Oct 9, 2025',
    paras: [
      'Here is the intermediate picture. The rolling coin has a large angular momentum vector pointing along its axle, roughly ' +
        'horizontal. When it leans, gravity acting at the centre of mass and the normal force at the contact point form a torque. ' +
        'That torque points horizontally too, but along the direction of travel, not along the axle.',
      'A torque changes angular momentum in the direction of the torque. So instead of the axle tipping down, it swings sideways, ' +
        'which is the coin turning. The lean sets the turning rate, and the turning in turn needs a centripetal friction force that ' +
        'helps hold the lean steady.',
    ],
  },
  {
    n: 3,
    user: 'lindqvist_e',
    title: 'New member',
    joined: 'Aug 2, 2025',
    msgs: '14',
    score: '3',
    when: 'Oct 9, 2025',
    quote: ['Harriet Okonjo', 'A torque changes angular momentum in the direction of the torque.'],
    paras: [
      'That helps a lot. So the same thing that makes a gyroscope precess is what makes the coin curve. Does that mean a faster coin ' +
        'should turn less sharply for the same lean?',
    ],
  },
  {
    n: 4,
    user: 'Pemberton',
    title: 'Mentor',
    joined: 'Nov 30, 2011',
    msgs: '21,407',
    score: '11,982',
    when: 'Oct 10, 2025',
    paras: [
      'Yes, to a first approximation. The spin angular momentum grows with speed, so the same gravitational torque produces a ' +
        'slower swing of the axle. That is why a fast coin runs nearly straight and a slow one spirals in.',
      'It is not the whole story, though. For a rolling disc the orbital motion around the turn contributes to the angular ' +
        'momentum as well, and the friction at the contact point does work on the motion. When you write the equations for steady ' +
        'rolling in a circle you get a relation between lean angle, speed and radius that has no solution below a certain speed. ' +
        'Below that speed the coin cannot roll steadily at any lean, and you see the wobble grow.',
      'If you want to try it yourself, the standard reference problem is the rolling disc in most intermediate mechanics texts. ' +
        'Do the steady-state case first and leave the stability analysis for later.',
    ],
  },
  {
    n: 5,
    user: 'Quill_and_Lens',
    title: 'Gold Member',
    joined: 'Jan 5, 2019',
    msgs: '1,206',
    score: '744',
    when: 'Oct 11, 2025',
    paras: [
      'A nice experiment: roll two identical coins off a shallow ramp, one from twice the height. Film them from above with your ' +
        'phone and compare the radius of the curve for the same initial lean. The faster one should trace a much wider arc.',
      'The final rattling, where the coin spins faster and faster on its edge before stopping, is a different effect. That one ' +
        'involves rolling friction and air between the coin and the floor, and people still publish papers about it.',
    ],
  },
];
const pfNav = ['Insights', 'Forums', 'Trending', 'Featured Threads', 'Log in', 'Register', 'Search'];
const pfCrumbs = ['Forums', 'Physics', 'Classical Physics'];
const pfTags = ['angular momentum', 'gyroscope', 'rolling', 'torque'];
const pfSimilar = [
  'Why does a bicycle stay upright when it moves?',
  'Precession of a gyroscope on a string: where does the energy go?',
  'Friction on a rolling cylinder, static or kinetic?',
  'Euler’s disk final spin-up',
];
const pfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const pfCookie =
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register. By continuing ' +
  'to use this site, you are consenting to our use of cookies.';
const pfLikes: Record<number, string> = { 2: 'Dale, lindqvist_e and Pemberton', 4: 'lindqvist_e, Quill_and_Lens and 2 others' };
const pfPost = (p: PfPost): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-69${p.n}1042" id="js-post-69${p.n}1042"><span class="u-anchorTarget" id="post-69${p.n}1042"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" aria-label="${p.user}">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.n}/" class="avatar avatar--m avatar--default" data-user-id="${p.n}">
<span class="avatar-u${p.n}-m" role="img" aria-label="${p.user}">${p.user.charAt(0)}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.n}/" class="username" dir="auto" data-user-id="${p.n}">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto">${p.title}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/rolling-coin.1081244/post-69${p.n}1042" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2025-10-0${8 + p.n}T17:20:00-0500" data-timestamp="17600${p.n}">${p.when}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/threads/rolling-coin.1081244/post-69${p.n}1042"
class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/69${p.n}1042/share" aria-label="Share" rel="nofollow">
<i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/rolling-coin.1081244/post-69${p.n}1042" rel="nofollow">#${p.n}</a>
</li></ul>
</header><div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-69${p.n}1042">
<article class="message-body js-selectToQuote"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 7" data-quote="${p.quote[0]}"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=6921042"
class="bbCodeBlock-sourceJump" rel="nofollow">${p.quote[0]} said:</a></div><div class="bbCodeBlock-content">
<div class="bbCodeBlock-expandContent js-expandContent">
${p.quote[1]}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}
${p.paras.join('<br>\n<br>\n')}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div></div>
<footer class="message-footer">${
  pfLikes[p.n]
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span
class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
class="reaction-sprite js-reaction" alt="Like" title="Like"></span></li></ul><span class="u-srOnly">Reactions:</span>
<a class="reactionsBar-link" href="/posts/69${p.n}1042/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow">${pfLikes[p.n]}</a></div>`
    : ''
}
<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer></div></div></div></article>`;
const pfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-61"
data-content-key="thread-1081244" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Why does a rolling coin lean into its turn instead of falling flat? • Physics Forums</title>
<meta name="description" content="I have been watching a coin roll across the kitchen floor and it always curves gently and leans toward the inside">
<meta property="og:site_name" content="Physics Forums: Science Discussion, Homework Help, Articles"><meta property="og:type" content="website">
<meta property="og:title" content="${pfTitle}"><link rel="canonical" href="https://www.physicsforums.com/threads/rolling-coin.1081244/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=5&amp;l=1&amp;d=1760000000">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://www.physicsforums.com/threads/rolling-coin.1081244/",
"headline":"${pfTitle}","datePublished":"2025-10-09T22:20:00+00:00","url":"https://www.physicsforums.com/threads/rolling-coin.1081244/",
"author":{"@type":"Person","name":"lindqvist_e"},
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0"
data-visibility=""><div class="notice-content"><div class="u-alignCenter">${pfCookie}</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="button--notice button"><span class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button button--link"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="https://www.physicsforums.com"><img src="/styles/physicsforums/xenforo/logo.png" alt="Physics Forums" width="220" height="44"></a></div></div></div>
</header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button button--plain p-nav-menuTrigger" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0"
aria-label="Menu"><span class="button-text"><i aria-hidden="true"></i></span></button><div class="p-nav-scroller hScroller"><div class="hScroller-scroll">
<ul class="p-nav-list js-offCanvasNavSource">${links(pfNav.slice(0, 4), 'p-navEl')}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn"
data-xf-click="overlay"><span class="p-navgroup-linkText">${pfNav[4]}</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register"
data-xf-click="overlay"><span class="p-navgroup-linkText">${pfNav[5]}</span></a></div><div class="p-navgroup p-discovery"><a href="/search/"
class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search" title="Search">
<span class="p-navgroup-linkText">${pfNav[6]}</span></a></div>
</div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${pfCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item">
<span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}
</ul><div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${pfTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span><a href="/members/1/" class="username u-concealed" dir="auto" data-user-id="1">lindqvist_e</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a href="/threads/rolling-coin.1081244/"
class="u-concealed"><time class="u-dt" dir="auto" datetime="2025-10-09T17:20:00-0500">Oct 9, 2025</time></a></li>
<li><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span>
${pfTags.map((t) => `<a href="/tags/${t.replace(/ /g, '-')}/" class="tagItem tagItem--tag_${t.replace(/ /g, '-')}" dir="auto">${t}</a>`).join('\n')}</li></ul>
</div></div>
<div class="p-body-main p-body-main--withSidebar"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-container lbContainer">
<div class="block-body js-replyNewMessageContainer">
${pfPosts.map(pfPost).join('\n')}
</div></div></div>
<div class="blockMessage blockMessage--important blockMessage--iconic u-noJsOnly">You must log in or register to reply here.</div>
<div class="block block--similarThreads"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body">
<ul class="structItemContainer">
${links(pfSimilar, 'structItem structItem--thread')}</ul></div></div></div>
</div></div><div class="p-body-sidebar"><div class="block" data-widget-key="share_thread"><div class="block-container">
<h3 class="block-minorHeader">Share this thread</h3>
<div class="block-body block-row"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span class="u-anchorTarget" id="_xfUid-1"></span>
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" href="#_xfUid-1"><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--reddit" href="#_xfUid-1"><span>Reddit</span></a>
<a class="shareButtons-button shareButtons-button--email" href="#_xfUid-1"><span>Email</span></a>
<a class="shareButtons-button shareButtons-button--share is-hidden" href="#_xfUid-1"><span>Share</span></a>
<a class="shareButtons-button shareButtons-button--link is-hidden" href="#_xfUid-1"><span>Link</span></a></div></div></div></div>
<div class="block pf-ad" data-widget-key="sidebar_ad"><div class="pf-ad-label">Advertisement</div><div id="div-gpt-ad-pf-right-1" data-ad-slot="PF_Right_1">
</div></div>
</div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(pfCrumbs)}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(pfFoot)}</ul></div></div><div class="p-footer-copyright">© 2001–2025 Physics Forums. All rights reserved.</div></div></footer></div>
<script src="/js/xf/preamble.min.js?_v=5b0a63b1"></script><script>XF.config.userId = 0; XF.config.visitorCounts = {};</script></body></html>`;
export const physicsForumsThread: TestPage = {
  html: pfHtml,
  name: 'heldout164-physicsforums-xenforo-thread',
  kind: 'forum',
  // every post is body; the quoted line and its "said:" title are in neither list; names and post dates are bylines, and
  // so are "Thread starter" and "Start date" (screen-reader labels of the byline row); user titles, joined/messages/
  // reaction-score pairs, post numbers, reaction lines, tags, similar threads, share block, ad label and footer are furniture
  title: pfTitle,
  headings: [],
  body: pfPosts.flatMap((p) => texts(p.paras)),
  bylines: [...new Set(pfPosts.map((p) => p.user)), 'Oct 9, 2025', 'Oct 10, 2025', 'Oct 11, 2025', 'Thread starter', 'Start date'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    pfCookie, 'Accept', 'Learn more…', ...pfNav, ...pfCrumbs, 'Tags', ...pfTags, ...new Set(pfPosts.map((p) => p.title)), 'Joined', 'Messages',
    'Reaction score', ...pfPosts.flatMap((p) => [p.joined, p.msgs, p.score]), '#1', '#2', '#3', '#4', '#5', 'Click to expand...', 'Reactions:',
    ...Object.values(pfLikes), 'You must log in or register to reply here.', 'Similar threads', ...pfSimilar, 'Share this thread', 'Facebook',
    'Reddit', 'Email', 'Share', 'Link', 'Advertisement', ...pfFoot, '© 2001–2025 Physics Forums. All rights reserved.',
  ],
};
