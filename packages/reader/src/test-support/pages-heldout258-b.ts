import { links, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout258-b2.js';
import { j, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file b: a XenForo 2.2 thread on a woodworking forum (p-nav with the guest log-in links, section links,
 * the cookie notice, BreadcrumbList, p-title with thread starter and start date, message cells with user title, Joined,
 * Messages, Reaction score and Location pairs, a bbCodeBlock quote with "Click to expand...", reactions bar, signatures,
 * the "You must log in" block, share buttons, Similar threads and the footer) and, from file b2, a Discourse topic.
 */
const xTitle = 'Flattening a 2.4 m laminated beech bench top with hand planes only';
type XPost = { id: number; user: string; uid: number; title: string; joined: string; msgs: string; score: string; loc: string; date: string; sig: string };
const xPosts: XPost[] = [
  {
    id: 90311,
    user: 'Ansel Pryce',
    uid: 4410,
    title: 'Well-known member',
    joined: 'Mar 2, 2019',
    msgs: '1,204',
    score: '1,877',
    loc: 'Ashby Parva',
    date: 'Jan 18, 2026',
    sig: 'Measure twice, plane once, sharpen three times.',
  },
  {
    id: 90316,
    user: 'chisel_and_chai',
    uid: 2210,
    title: 'Established member',
    joined: 'Jul 14, 2015',
    msgs: '6,530',
    score: '9,112',
    loc: 'Wendover Kings',
    date: 'Jan 18, 2026',
    sig: 'Blog: notes from a one-car garage workshop',
  },
  {
    id: 90344,
    user: 'Ansel Pryce',
    uid: 4410,
    title: 'Well-known member',
    joined: 'Mar 2, 2019',
    msgs: '1,204',
    score: '1,877',
    loc: 'Ashby Parva',
    date: 'Jan 25, 2026',
    sig: 'Measure twice, plane once, sharpen three times.',
  },
];
const xP1 = [
  j(
    'I have finally glued up the top for my new workbench: eleven strips of beech, 2.4 m long and 65 cm wide, about 9 cm thick. The',
    'glue-up went better than I feared, but the top is still out by about 4 mm across the width and has a gentle wind from one end to',
    'the other. I do not own a planer big enough, and there is no mill nearby that will take something this size.',
  ),
  j(
    'So it is going to be hand planes. I have a jack plane, a No. 7 jointer and a scrub plane I made from an old wooden smoother. Before',
    'I start, I would like to hear how people who have done this organised the work, because I can see myself chasing the high spots',
    'around the top for a week.',
  ),
];
const xP2 = [
  j('Done this twice. The secret is to stop thinking about the whole surface and work in stages, checking with winding sticks before', 'each stage. Roughly:'),
  'Mark the high corners with chalk after sighting across the winding sticks at both ends.',
  'Take the wind out first with the scrub plane, working diagonally across the grain, only on the high corners.',
  'Switch to the jack plane and work diagonally in both directions until the scrub marks are gone.',
  'Finish with the jointer along the grain, checking with a straightedge every few passes.',
  j(
    'Expect the scrub stage to take an afternoon and the jointer stage to take longer than you think. Keep the irons sharp: beech is',
    'hard on an edge, and a dull iron will tear out around the glue lines.',
  ),
];
const xQuote = 'Keep the irons sharp: beech is hard on an edge';
const xP3 = [
  j(
    'This worked. It took two full days in the end, most of it with the jointer, but the top is now flat to within about half a millimetre',
    'over its length, which is more than good enough for a bench.',
  ),
  j(
    'I sharpened the jointer iron six times on the second day. I also found that a light wipe of paraffin wax on the sole made a huge',
    'difference to how tiring the long strokes were. Photos of the finished top are in my build thread.',
  ),
];
const xBodies = [
  xP1.join('<br />\n<br />\n'),
  `${xP2[0]}<br />\n<ol>\n${xP2
    .slice(1, 5)
    .map((t) => `<li data-xf-list-type="ol">${t}</li>`)
    .join('\n')}\n</ol>\n${xP2[5]}`,
  `<blockquote data-attributes="member: 2210" data-quote="chisel_and_chai" data-source="post: 90316"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=90316"
class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-90316">chisel_and_chai said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${xQuote}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>
${xP3.join('<br />\n<br />\n')}`,
];
const xPost = (p: XPost, i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}"><span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" aria-label="${p.user}"><div class="message-avatar">
<div class="message-avatar-wrapper">
<a href="/members/${p.uid}/" class="avatar avatar--m" data-user-id="${p.uid}">
<img src="/data/avatars/m/4/${p.uid}.jpg" alt="${p.user}" class="avatar-u${p.uid}-m"
width="96" height="96" loading="lazy" /></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.uid}/" class="username" dir="auto" data-user-id="${p.uid}"
data-xf-init="member-tooltip">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl>
<dl class="pairs pairs--justified"><dt>Location</dt><dd><a href="/misc/location-info?location=${encodeURIComponent(p.loc)}" rel="nofollow noreferrer"
target="_blank" class="u-concealed">${p.loc}</a></dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/flattening-a-bench-top.5521/post-${p.id}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2026-01-18T16:22:05+0000" data-date-string="${p.date}" title="${p.date} at 4:22 PM">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/flattening-a-bench-top.5521/post-${p.id}"
class="message-attribution-gadget" data-xf-init="share-tooltip" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li>
<li><a href="/threads/flattening-a-bench-top.5521/post-${p.id}" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}">
<article class="message-body js-selectToQuote"><div class="bbWrapper">${xBodies[i]}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/${p.id}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-reaction-id="1">
<span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a href="/threads/flattening-a-bench-top.5521/reply?quote=${p.id}"
class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote">Reply</a></div></div>
<div class="reactionsBar js-reactionsList is-active"><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay"
rel="nofollow"><bdi>${xReact[i]}</bdi></a></div></footer></div></div></div></article>`;
const xReact = ['Odo Brenner, Lys Calloway and 6 others', 'Ansel Pryce, Tamsin Roe and 14 others', 'chisel_and_chai, Odo Brenner and 21 others'];
const xNav = ['Home', 'Forums', "What's new", 'Media', 'Members', 'Resources'];
const xSub = ['New posts', 'Search forums'];
const xCrumbs = ['Forums', 'Workshop', 'Benches, Vices and Workholding'];
const xSimilar = ['Laminating a Roubo top from construction timber', 'Which plane to buy first for a bench build?', 'Winding sticks: make or buy?'];
const xShare = ['Facebook', 'Email', 'Share', 'Link'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-5521"
data-logged-in="false" data-cookie-prefix="xf_" class="has-js template-thread_view"><head><meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" /><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${xTitle} | Shavings &amp; Shellac</title><link rel="canonical" href="https://forum.shavingsandshellac.example/threads/flattening-a-bench-top.5521/" />
<meta property="og:site_name" content="Shavings &amp; Shellac" /><meta property="og:type" content="website" /><meta property="og:title" content="${xTitle}" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://forum.shavingsandshellac.example/threads/5521/",
"headline":"${xTitle}","articleSection":"Benches, Vices and Workholding","author":{"@type":"Person","name":"Ansel Pryce"},
"datePublished":"2026-01-18T16:22:05+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":2}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1700000000" />
<script>window.XF = window.XF || {}; XF.config = {"url":{"fullBase":"https://forum.shavingsandshellac.example/"},"cookie":{"prefix":"xf_"},
"visitorCounts":null};</script>
</head><body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/shellac/logo.png" width="220" height="36" alt="Shavings &amp; Shellac" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${links(xNav)}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn"
data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/"
class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" title="What's new">
<i aria-hidden="true"></i></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">${links(xSub)}</ul>
</div></div></div>
<div class="p-body"><div class="p-body-inner"><ul class="notices notices--block notices--isMulti js-notices">
<li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0"><div class="notice-content"><div class="u-alignCenter">
This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.<br />
By continuing to use this site, you are consenting to our use of cookies.</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul>
<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${xCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item">
<span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}" /></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span> <a href="/members/4410/" class="username u-concealed" dir="auto" data-user-id="4410">Ansel Pryce</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i>
<span class="u-srOnly">Start date</span> <a href="/threads/5521/" class="u-concealed">
<time class="u-dt" dir="auto" datetime="2026-01-18T16:22:05+0000">Jan 18, 2026</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/"><div class="block-container lbContainer">
<div class="block-body js-replyNewMessageContainer">
${xPosts.map(xPost).join('\n')}
</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button rippleButton"
data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span></a></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul class="structItemContainer">
${links(xSimilar, 'structItem structItem--thread')}</ul></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons">
<span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">${xShare
  .map((s) => `<a class="shareButtons-button shareButtons-button--brand" data-href="#"><span>${s}</span></a>`)
  .join('\n')}</div></div></div>
</div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${xCrumbs.map((c) => `<li><a href="/forums/"><span>${c}</span></a></li>`).join('')}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(xFoot)}</ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform by XenForo<sup>®</sup> © 2010-2025 XenForo Ltd.</a></div></div></footer></div>
<script src="/js/xf/preamble.min.js?_v=1a2b3c4d"></script><script>XF.ready(function(){ XF.activate(document); });</script>
</body></html>`;
const xenforo: TestPage = {
  name: 'heldout258-xenforo2-forum',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts([...xP1, ...xP2, ...xP3]),
  bylines: ['Ansel Pryce', 'chisel_and_chai', 'Jan 18, 2026', 'Jan 25, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...xNav, 'Log in', 'Register',
    ...xSub, 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
    'By continuing to use this site, you are consenting to our use of cookies.', 'Accept', 'Learn more…', ...xCrumbs, 'Thread starter', 'Start date',
    'Well-known member', 'Established member', 'Joined', 'Messages', 'Reaction score', 'Location', 'Mar 2, 2019', 'Jul 14, 2015', '1,204', '1,877', '6,530',
    '9,112', 'Ashby Parva', 'Wendover Kings', ...xPosts.map((p) => p.sig), 'chisel_and_chai said:', 'Click to expand...', 'Like', 'Reply',
    ...xReact, 'You must log in or register to reply here.', 'Similar threads', ...xSimilar, 'Share:', ...xShare, ...xFoot,
    'Community platform by XenForo® © 2010-2025 XenForo Ltd.',
  ]),
};

export const HELDOUT258_B: readonly TestPage[] = [xenforo, discourse];
