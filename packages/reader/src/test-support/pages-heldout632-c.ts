import { links, type TestPage, texts } from './page-kit.js';
import { HELDOUT632_C2 } from './pages-heldout632-c2.js';
import { j, settle } from './pages-heldout632-kit.js';

/**
 * Held-out batch 632, file c: a riding forum thread on XenForo 2 (default style) about choosing lessons at a riding school,
 * with user cells, reactions, a quote block and similar threads; the Ghost page of the pair is in file c2.
 */
const xTitle = 'Adult beginner: private or group lessons at a riding school?';
interface Post {
  user: string;
  title: string;
  joined: string;
  msgs: string;
  date: string;
  quote?: [string, string];
  paras: string[];
  react?: string;
}
const xPosts: Post[] = [
  {
    user: 'MarshGate',
    title: 'New member',
    joined: 'May 28, 2026',
    msgs: '3',
    date: 'Jun 3, 2026',
    paras: [
      j(
        'I am 41 and have finally booked a trial lesson at a riding school near me after wanting to ride for about thirty years.',
        'They offer 30-minute privates at £44 or hour-long group lessons at £32.',
      ),
      j(
        'Part of me thinks the group is better value, but I am nervous and worried about holding everyone up. Did you start with',
        'privates or jump straight into a group? How long before you moved across?',
      ),
    ],
  },
  {
    user: 'Poppy_Hx',
    title: 'Well-known member',
    joined: 'Feb 11, 2018',
    msgs: '4,817',
    date: 'Jun 3, 2026',
    quote: ['MarshGate said:', 'I am nervous and worried about holding everyone up.'],
    paras: [
      j(
        'Honestly, do privates first. Six to eight of them, until you can walk, trot and steer on your own and do rising trot without',
        'thinking about it. You will learn far more in 30 minutes with someone watching only you than in an hour of following the pony in front.',
      ),
      'A decent school will not put you in a group until you are ready anyway, so ask them how they decide.',
    ],
    react: 'Jodhpurs_and_Jam, Old Grey Cob and 3 others',
  },
  {
    user: 'Old Grey Cob',
    title: 'Well-known member',
    joined: 'Sep 2, 2014',
    msgs: '12,309',
    date: 'Jun 4, 2026',
    paras: [
      j(
        'Agree with Poppy. The other thing I would say is watch a group lesson before you book one. If the instructor spends the whole',
        'hour in the middle shouting "and trot on", go elsewhere. If they are giving each rider something different to work on, that is',
        'a good sign.',
      ),
      'And do not worry about holding people up. Everyone in that group was a beginner once.',
    ],
    react: 'MarshGate',
  },
  {
    user: 'MarshGate',
    title: 'New member',
    joined: 'May 28, 2026',
    msgs: '3',
    date: 'Jun 9, 2026',
    paras: [
      j(
        'Update for anyone who finds this later: did my trial on Saturday on a lovely cob called Bertie. I have booked a block of six',
        'privates and the instructor suggested I watch the Thursday evening group in the meantime. Thanks all!',
      ),
    ],
  },
];
const xSimilar = ['Riding school recommendations, north of the county?', 'How many lessons before cantering?', 'Block booking lessons: worth it?'];
const xCrumbs = ['Forums', 'Horse Care and Riding', 'Riding Schools and Lessons'];
const xNav = ['Forums', "What's new", 'Members'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home'];
const xCookie = j(
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'By continuing to use this site, you are consenting to our use of cookies.',
);
const post = (p: Post, i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${2201 + i}" id="js-post-${2201 + i}" itemscope itemtype="https://schema.org/Comment">
<span class="u-anchorTarget" id="post-${2201 + i}"></span>
<div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${i}/" class="avatar avatar--m avatar--default avatar--default--dynamic"
data-user-id="${i}"><span class="avatar-u${i}-m" role="img" aria-label="${p.user}">${p.user.charAt(0)}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${i}/" class="username" dir="auto" data-user-id="${i}">
<span itemprop="name">${p.user}</span>
</a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/adult-beginner.88213/post-${2201 + i}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2026-06-0${3 + i}T19:12:00+0100" data-time="17808">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/adult-beginner.88213/post-${2201 + i}"
class="message-attribution-gadget" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 1" data-quote="MarshGate" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=2201" class="bbCodeBlock-sourceJump" rel="nofollow">${p.quote[0]}</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${p.quote[1]}</div></div></blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/${2201 + i}/react" class="reaction actionBar-action actionBar-action--reaction" data-reaction-id="1"><span class="reaction-text">
<bdi>Like</bdi></span></a>
<a href="/threads/adult-beginner.88213/reply?quote=${2201 + i}" class="actionBar-action actionBar-action--reply" data-xf-click="quote">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="/posts/${2201 + i}/report" class="actionBar-action actionBar-action--report">Report</a></div></div>
${
  p.react
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction"
alt="Like"></span></li></ul>
<span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${2201 + i}/reactions" rel="nofollow"><bdi>${p.react}</bdi></a></div>`
    : ''
}</footer></div></div></div></article>`;
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-88213"
data-logged-in="false" class="has-no-js template-thread_view"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>${xTitle} | The Tack Room Forum</title>
<link rel="canonical" href="https://www.tackroomforum.co.uk/threads/adult-beginner.88213/"><meta property="og:site_name" content="The Tack Room Forum">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xTitle}",
"datePublished":"2026-06-03T19:12:00+01:00","author":{"@type":"Person","name":"MarshGate"},"interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1780000000">
<script>document.querySelector('html').className = document.querySelector('html').className.replace(/\\bhas-no-js\\b/, 'has-js');</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/tackroom/logo.png" alt="The Tack Room Forum" width="220" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" aria-label="Toggle expanded navigation">
<span class="button-text"><i aria-hidden="true"></i></span></button>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
${xNav
  .map(
    (n) => `<li><div class="p-navEl " ><a href="/${n.toLowerCase()}" class="p-navEl-link " data-nav-id="${n.toLowerCase()}">${n}</a></div>
</li>`,
  )
  .join('\n')}
</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link
p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu"
aria-label="Search" title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
${links(xCrumbs)}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span><a href="/members/0/" class="username  u-concealed" dir="auto" data-user-id="0">MarshGate</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/threads/adult-beginner.88213/" class="u-concealed"><time class="u-dt" datetime="2026-06-03T19:12:00+0100">Jun 3, 2026</time></a></li></ul></div></div>
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-container lbContainer">
<div class="block-body js-replyNewMessageContainer">
${xPosts.map(post).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite">
<a href="/login/" class="button--link button--wrap button" data-xf-click="overlay">
<span class="button-text">You must log in or register to reply here.</span></a></div></div>
<div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" href="#"><i aria-hidden="true"></i><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--share is-hidden" data-xf-init="web-share"><i aria-hidden="true"></i><span>Share</span></a>
<a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="#"><i aria-hidden="true"></i><span>Link</span></a></div></div>
<div class="block block--similarThreads"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body">
<ul class="structItemContainer">${links(xSimilar, 'structItem-title')}</ul></div></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(xFoot)}</ul></div></div><div class="p-footer-copyright">
<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">
Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2026 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0">
<div class="notice-content"><div class="u-alignCenter">${xCookie}</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<script src="/js/xf/preamble.min.js?_v=2f1c"></script></body></html>`;
const tackRoom: TestPage = {
  name: 'heldout632-xenforo-lessons-thread',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), ...p.paras])),
  bylines: ['MarshGate', 'Poppy_Hx', 'Old Grey Cob', 'Jun 3, 2026', 'Jun 4, 2026', 'Jun 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Log in', 'Register', 'Search', ...xCrumbs.slice(1), 'Thread starter', 'Start date', 'New member', 'Well-known member', 'Joined',
    'May 28, 2026', 'Feb 11, 2018', 'Sep 2, 2014', 'Messages', '3', '4,817', '12,309', '#1', '#2', '#3', '#4', 'MarshGate said:', 'Like', 'Reply',
    'Report', 'Reactions:', 'Jodhpurs_and_Jam, Old Grey Cob and 3 others', 'You must log in or register to reply here.', 'Share:', 'Facebook',
    'Similar threads', ...xSimilar, ...xFoot, 'Community platform by XenForo® © 2010-2026 XenForo Ltd.', xCookie, 'Accept',
    'Learn more…', 'M', 'P', 'O',
  ],
};

export const HELDOUT632_C: readonly TestPage[] = [settle(tackRoom), ...HELDOUT632_C2];
