import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 115, file e2: a XenForo 2.3 forum thread about a bicycle repair, with the old-thread notice "This topic is
 * over 2 years old. Consider starting a new topic." at the top of the thread (the header nav, breadcrumbs, the thread
 * starter and start date, "Watch", posts with user titles, joined / messages / reaction score pairs, post numbers, "Share",
 * reactions bars, a quoted post, "Report" / "Like" / "Reply" actions, the signature, "Similar threads", the share bar and
 * the footer).
 */
const t = 'Creaking bottom bracket on a 2016 Marlin frame - tried everything';
const old = 'This topic is over 2 years old. Consider starting a new topic.';
const posts = [
  {
    user: 'gravelgrinder_ed',
    title: 'Member',
    joined: 'Mar 4, 2019',
    msgs: '212',
    rs: '58',
    date: 'Feb 11, 2023',
    n: '#1',
    quote: '',
    paras: [
      'My commuter has developed a loud creak on every pedal stroke, worst when climbing out of the saddle. I have replaced the ' +
        'bottom bracket with a new press-fit one, greased the pedal threads, and checked the chainring bolts. Still creaking.',
      'Frame is an aluminium Ridgeback Marlin from 2016, BB92 shell. Anyone had this and found the cause?',
    ],
    likes: 'Like Reaction: Pip_H and dunmore_wheels',
  },
  {
    user: 'Pip_H',
    title: 'Well-known member',
    joined: 'Jul 19, 2014',
    msgs: '4,381',
    rs: '1,902',
    date: 'Feb 11, 2023',
    n: '#2',
    quote: '',
    paras: [
      'Press-fit shells in aluminium frames are notorious for this. Even a new bearing can creak if the shell is slightly oval ' +
        'or the cups are a loose fit. Did you use any retaining compound when you pressed the new one in?',
      'The other usual suspects are the seatpost and saddle rails. A creak that sounds like it comes from the bottom bracket ' +
        'often travels down the frame. Try riding out of the saddle only; if it goes away, look up top.',
    ],
    likes: 'Like Reaction: gravelgrinder_ed',
  },
  {
    user: 'gravelgrinder_ed',
    title: 'Member',
    joined: 'Mar 4, 2019',
    msgs: '212',
    rs: '58',
    date: 'Feb 14, 2023',
    n: '#3',
    quote: 'Did you use any retaining compound when you pressed the new one in?',
    paras: [
      'No, just grease. I took it out again, cleaned the shell with alcohol and refitted with bearing retainer as you suggested. ' +
        'Three rides in and it is completely silent. Thank you!',
      'For anyone finding this later: the old cups had clearly been moving in the shell, there were shiny marks all round.',
    ],
    likes: 'Like Reaction: Pip_H, dunmore_wheels and 2 others',
  },
];
const crumbs = ['Forums', 'Maintenance & Repair', 'Drivetrain'];
const nav = ['Home', 'Forums', 'What’s new', 'Marketplace', 'Members', 'Log in', 'Register'];
const similar = ['BB92 creak after a wet winter', 'Which retaining compound for press-fit cups?', 'Crank creak only in the big ring'];
const foot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Community platform by XenForo® © 2010-2025 XenForo Ltd.'];
const post = (p: (typeof posts)[number], i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${8810 + i}" id="js-post-${8810 + i}" itemscope itemtype="https://schema.org/Comment"><span class="u-anchorTarget" id="post-${
  8810 + i
}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.user}/" class="avatar avatar--m avatar--default"><span
class="avatar-u1-m" role="img">${p.user[0]!.toUpperCase()}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user}/" class="username" dir="auto" itemprop="name">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs
pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.rs}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/creaking-bb.4412/post-${8810 + i}" rel="nofollow" itemprop="url">
<time class="u-dt" dir="auto" datetime="2023-02-11T19:04:12+0000" itemprop="datePublished">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" class="message-attribution-gadget"
data-xf-init="share-tooltip" rel="nofollow">
<span class="u-srOnly">Share</span></a></li><li><a href="/threads/creaking-bb.4412/post-${8810 + i}" rel="nofollow">${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body
js-selectToQuote"><div itemprop="text">
<div class="bbWrapper">${
  p.quote === ''
    ? ''
    : `<blockquote data-attributes="member: 4417" data-quote="Pip_H" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="#" class="bbCodeBlock-sourceJump">Pip_H said:</a></div><div class="bbCodeBlock-content"><div
class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>\n`
}${p.paras.join('<br>\n<br>\n')}</div></div>
<div class="js-selectToQuoteEnd">&nbsp;</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--like"><bdi>Like</bdi></a><a href="#" class="actionBar-action actionBar-action--reply"
data-xf-click="quote">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="#" class="actionBar-action actionBar-action--report"
data-xf-click="overlay">Report</a></div></div>
<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"><i
aria-hidden="true"></i></span></li></ul>
<span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="#" data-xf-click="overlay">${p.likes.replace(
  'Like Reaction: ',
  '',
)}</a></div></footer></div></div></div></article>`;
const html = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14"
data-content-key="thread-4412" data-logged-in="false">
<head><meta charset="utf-8"><title>${t} | Spoke &amp; Chain Forum</title><meta name="viewport" content="width=device-width, initial-scale=1,
viewport-fit=cover">
<link rel="canonical" href="https://forum.spokeandchain.example/threads/creaking-bb.4412/"><meta property="og:site_name" content="Spoke &amp; Chain Forum">
<meta property="og:type" content="website"><meta property="og:title" content="${t}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://forum.spokeandchain.example/threads/creaking-bb.4412/",
"headline":"${t}","datePublished":"2023-02-11T19:04:12+00:00","author":{"@type":"Person","name":"gravelgrinder_ed"},
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":2}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1735689600">
<script src="/js/xf/preamble.min.js?_v=b51a3c9e"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/spoke/logo.png" alt="Spoke &amp; Chain Forum" width="220" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller">
<ul class="p-nav-list js-offCanvasNavSource">${links(nav.slice(0, 5), 'p-navEl')}</ul></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">${nav
  .slice(5)
  .map(
    (n) => `<a href="/${n.toLowerCase()}/" class="p-navgroup-link" data-xf-click="overlay">
<span class="p-navgroup-linkText">${n}</span></a>`,
  )
  .join('')}</div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${crumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/f${i}/" itemprop="item"><span
itemprop="name">${c.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('')}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${t}</h1></div><div class="p-description"><ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
<a href="/members/gravelgrinder_ed/" class="username u-concealed" dir="auto">gravelgrinder_ed</a></li><li><i class="fa--xf far fa-clock"
aria-hidden="true" title="Start date"></i>
<span class="u-srOnly">Start date</span><a href="#" class="u-concealed"><time class="u-dt" datetime="2023-02-11T19:04:12+0000">Feb 11,
2023</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="blockMessage blockMessage--important blockMessage--iconic">${old}</div>
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/"><div class="block-outer"><div
class="block-outer-opposite"><div class="buttonGroup">
<a href="#" class="button--link button--small button" data-xf-click="switch-overlay"><span class="button-text">Watch</span></a></div></div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${posts.map(post).join('\n')}
</div></div></div>
<div class="block"><div class="block-container"><div class="block-body"><div class="block-row block-row--separated">You must log in or register to
reply here.</div></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul>${links(
  similar,
  'block-row',
)}</ul></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-minorHeader">Share this page</h3><div class="block-body block-row"><div
class="shareButtons shareButtons--iconic">
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" href="#"><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--email" href="#"><span>Email</span></a><a class="shareButtons-button shareButtons-button--share
is-hidden" href="#"><span>Share</span></a>
<a class="shareButtons-button shareButtons-button--link is-hidden" href="#"><span>Link</span></a></div></div></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul
class="p-footer-linkList">${links(foot.slice(0, 4))}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.example" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community
platform by XenForo<sup>&#174;</sup>
<span class="copyright">&#169; 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<script src="/js/xf/core-compiled.js?_v=b51a3c9e"></script><script>XF.ready(() => { XF.extendObject(true, XF.config, { cookie: { path: '/' } }); });</script>
</body></html>`;

export const xenforoThread: TestPage = {
  name: 'heldout115-xenforo-old-topic-forum',
  kind: 'forum',
  html,
  title: t,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: ['gravelgrinder_ed', 'Pip_H', 'Feb 11, 2023', 'Feb 14, 2023'],
  furniture: [
    ...nav,
    ...crumbs,
    'Thread starter',
    'Start date',
    old,
    'Watch',
    'Member',
    'Well-known member',
    'Joined',
    'Messages',
    'Reaction score',
    'Mar 4, 2019',
    'Jul 19, 2014',
    '4,381',
    '1,902',
    'Share',
    '#1',
    '#2',
    '#3',
    'Pip_H said:',
    'Click to expand...',
    'Like',
    'Reply',
    'Report',
    'Reactions:',
    'Pip_H and dunmore_wheels',
    'Pip_H, dunmore_wheels and 2 others',
    'You must log in or register to reply here.',
    'Similar threads',
    ...similar,
    'Share this page',
    'Facebook',
    'Email',
    'Link',
    ...foot,
  ],
};
