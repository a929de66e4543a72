import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 225, file a2: a XenForo 2.2 thread on an invented gardening forum (the cookie notice, the header and
 * nav tabs with "Log in" / "Register", breadcrumbs, the thread starter and date under the title, the page nav, six posts
 * with user titles, message counts, "Share" and "#n" links, one quoted post with "Click to expand...", reaction bars, the
 * "You must log in or register to reply here." block, "Similar threads", the share bar and the footer).
 */
const title = 'Tomato leaves curling upwards in the greenhouse, should I be worried?';
interface Post {
  user: string;
  rank: string;
  msgs: string;
  time: string;
  quote?: { who: string; text: string };
  paras: string[];
  react?: string;
}
const posts: Post[] = [
  {
    user: 'MarrowMaud',
    rank: 'Well-known member',
    msgs: '1,486',
    time: '14 Jun 2025',
    paras: [
      'Morning all. The lower leaves on four of my six ‘Ailsa Craig’ plants have started rolling upwards along their length, ' +
        'some of them almost into tubes. The top growth looks normal and the first truss has set fine.',
      'They are in grow bags in an unheated lean-to greenhouse, watered every evening, fed weekly with tomato feed since the first ' +
        'flowers opened. We have had a run of very warm days and it has been hitting 34C in there by mid-afternoon even with the door open.',
      'Is this a virus? I have read horror stories and don’t want to lose the lot.',
    ],
    react: 'Gillyflower and Tom_at_No7',
  },
  {
    user: 'Gillyflower',
    rank: 'Senior Member',
    msgs: '7,902',
    time: '14 Jun 2025',
    paras: [
      'Almost certainly physiological leaf roll rather than anything nasty. It is the plant’s way of cutting water loss when it gets ' +
        'too hot or when the roots can’t keep up. The older leaves go first and it looks alarming but it does very little harm.',
      'Virus usually shows as mottling, twisting of the new growth or streaks on the stems, not neat rolling of the old leaves.',
    ],
    react: 'MarrowMaud',
  },
  {
    user: 'Tom_at_No7',
    rank: 'Member',
    msgs: '212',
    time: '14 Jun 2025',
    paras: [
      'Agree with Gilly. Mine do it every year when the greenhouse cooks. I put up some cheap shade netting on the south side and ' +
        'damp down the floor at lunchtime and they unroll within a week or so. Well, most of them.',
    ],
  },
  {
    user: 'MarrowMaud',
    rank: 'Well-known member',
    msgs: '1,486',
    time: '15 Jun 2025',
    quote: { who: 'Tom_at_No7', text: 'damp down the floor at lunchtime' },
    paras: [
      'Thanks both, that is a relief. I will try the damping down. Would you cut back on the evening watering as well, or is that a ' + 'separate thing?',
    ],
  },
  {
    user: 'Gillyflower',
    rank: 'Senior Member',
    msgs: '7,902',
    time: '15 Jun 2025',
    paras: [
      'Keep the watering steady, it is the swings between dry and soaked that cause trouble, including blossom end rot later on. ' +
        'If you can, water in the morning instead of the evening so the plants go into the hot part of the day with moist roots.',
      'I would also leave off removing too many lower leaves for now. People strip them to let air in but on a scorching day they ' +
        'are shading the grow bag.',
    ],
    react: 'MarrowMaud, Tom_at_No7 and 2 others',
  },
  {
    user: 'MarrowMaud',
    rank: 'Well-known member',
    msgs: '1,486',
    time: '22 Jun 2025',
    paras: [
      'Update for anyone finding this later: shade net up, morning watering, floor damped at one o’clock. The rolling has stopped ' +
        'spreading and the newest leaves are flat. Second truss is setting nicely. Thanks again everyone.',
    ],
    react: 'Gillyflower',
  },
];
const quoteRef = `${posts[3]?.quote?.who ?? ''} said:`;
const nav = ['Forums', 'What’s new', 'Members', 'Garden Gallery'];
const crumbs = ['Forums', 'Grow Your Own', 'Fruit & Vegetables'];
const similar = ['Blossom end rot on peppers again', 'Greenhouse shading: paint or netting?', 'Cucumber leaves yellowing from the bottom'];
const foot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home'];
const cookie = 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.';
const cookie2 = 'By continuing to use this site, you are consenting to our use of cookies.';
const post = (p: Post, i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${8810 + i}" id="js-post-${8810 + i}"><span class="u-anchorTarget" id="post-${8810 + i}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a class="avatar avatar--m avatar--default" data-user-id="${300 + i}">
<span class="avatar-u${300 + i}-m" role="img" aria-label="${p.user}">${p.user.charAt(0)}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a class="username" dir="auto" itemprop="name" href="/members/${i}/">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.rank}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/tomato-leaves-curling.5521/post-${8810 + i}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2025-06-14T08:12:44+0100" itemprop="datePublished">${p.time}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a class="message-attribution-gadget" data-xf-init="share-tooltip"
href="#" rel="nofollow">Share</a></li><li><a href="#post-${8810 + i}" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="" data-quote="${p.quote.who}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="#" class="bbCodeBlock-sourceJump" rel="nofollow">${quoteRef}</a></div><div class="bbCodeBlock-content">
<div class="bbCodeBlock-expandContent js-expandContent">${p.quote.text}</div><div class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div></div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--reaction" data-xf-click="reaction"><bdi>Like</bdi></a>
<a href="#" class="actionBar-action actionBar-action--reply" data-xf-click="quote">Reply</a></div></div>${
  p.react
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1">
<i aria-hidden="true"></i></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="#">${p.react}</a></div>`
    : ''
}</footer></div></div></div></article>`;

const html = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14" class="has-js">
<head><meta charset="utf-8"><title>${title} | Grow Together Forums</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Grow Together Forums"><meta property="og:type" content="website"><meta property="og:title" content="${title}">
<link rel="canonical" href="https://forum.growtogether.example/threads/tomato-leaves-curling.5521/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=1&amp;l=1&amp;d=1718000000">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}",
"author":{"@type":"Person","name":"MarrowMaud"},"datePublished":"2025-06-14T08:12:44+01:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":5}}</script>
<script>window.XF = window.XF || {}; XF.config = {"userId":0,"csrf":"1718371200,abc","js":{}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<ul class="notices notices--bottom_fixer js-notices" data-type="bottom_fixer"><li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1"><div class="notice-content"><div class="u-alignCenter">${cookie}<br>\n${cookie2}</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul>
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/grow/logo.png" alt="Grow Together Forums" width="240" height="60"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller"><ul class="p-nav-list js-offCanvasNavSource">${links(nav, 'p-navEl')}</ul></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn">
<span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--register">
<span class="p-navgroup-linkText">Register</span></a></div><div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link
p-navgroup-link--search" title="Search"><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs--parent"><ul class="p-breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${links(crumbs, 'p-breadcrumbs-item')}</ul></div>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${title}</h1></div><div class="p-description"><ul class="listInline
listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
<a href="/members/0/" class="username u-concealed" dir="auto">MarrowMaud</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true"></i>
<span class="u-srOnly">Start date</span><a href="#" class="u-concealed"><time class="u-dt" datetime="2025-06-14T08:12:44+0100">14 Jun 2025</time></a></li>
</ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-outer"><div class="block-outer-opposite"><div class="buttonGroup"><a href="/watched/threads" class="button--link button">
<span class="button-text">Watch</span></a></div></div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${posts.map(post).join('\n')}
</div></div></div>
<div class="block block--messages"><div class="block-container"><div class="block-body"><div class="block-row">
You must log in or register to reply here.</div></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul class="structItemContainer">
${links(similar, 'structItem structItem--thread')}</ul></div></div></div>
<div class="block"><div class="block-container"><div class="block-body block-row block-row--separated"><div class="shareButtons shareButtons--iconic">
<span class="shareButtons-label">Share:</span><div class="shareButtons-buttons"><a class="shareButtons-button shareButtons-button--brand
shareButtons-button--facebook" href="#"><span>Facebook</span></a><a class="shareButtons-button shareButtons-button--email" href="#"><span>Email</span></a>
<a class="shareButtons-button shareButtons-button--share is-hidden"><span>Share</span></a><a class="shareButtons-button shareButtons-button--link"
data-clipboard="#"><span>Link</span></a></div></div></div></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(foot)}</ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr"
target="_blank" rel="sponsored noopener">Community platform by XenForo® © 2010-2024 XenForo Ltd.</a></div></div></footer></div>
<script src="/js/xf/preamble.min.js?_v=6a3b1c"></script><script src="/js/xf/core-compiled.js?_v=6a3b1c"></script></body></html>`;

export const xenforoThread: TestPage = {
  name: 'heldout225-xenforo-gardening-forum',
  kind: 'forum',
  html,
  title,
  // quoted text and its "said:" line are in neither list; "Reactions:" lists of names are furniture
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: [...new Set(posts.flatMap((p) => [p.user, p.time]))],
  // biome-ignore format: packed furniture
  furniture: [
    cookie, cookie2, 'Accept', 'Learn more…', ...nav, 'Log in', 'Register', 'Search', 'Grow Your Own', 'Fruit & Vegetables', 'Thread starter',
    'Start date', 'Watch', ...new Set(posts.map((p) => p.rank)), 'Messages', ...new Set(posts.map((p) => p.msgs)), '#1', '#2', '#3', '#4', '#5', '#6',
    'Share', 'Like', 'Reply', 'Reactions:', ...new Set(posts.flatMap((p) => (p.react ? [p.react] : []))), 'Click to expand...',
    'You must log in or register to reply here.', 'Similar threads', ...similar, 'Share:', 'Facebook', 'Email', 'Link', ...foot,
    'Community platform by XenForo® © 2010-2024 XenForo Ltd.',
  ],
};
