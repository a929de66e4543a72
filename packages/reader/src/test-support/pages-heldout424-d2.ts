import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file d2: a hunting forum thread on XenForo 2 with the default style (header with logo, tabbed
 * navigation and sub-navigation, breadcrumbs, thread starter and start date under the title, thread tags, page navigation,
 * five posts with user details, attribution dates, post numbers, a quoted reply, signatures, reaction bars and action bars,
 * the quick-reply editor, "Similar threads" and "Share" blocks, the forum statistics sidebar, the footer and the cookie notice).
 */
const fTitle = 'Early season elk in thick timber: still-hunt or sit the wallows?';
const fOp = [
  j(
    'Drew a cow tag for Unit 44 this year, first week of September. Last two seasons I spent most of my time glassing open',
    'parks at first light and never saw an elk after about 7:30. Once the sun hits, they are gone into the dark timber on the',
    'north faces and I never know what to do with the middle of the day.',
  ),
  j(
    'This year I want to go in after them. I have found three wallows on the Cedar Fork drainage from last fall, all with',
    'fresh sign. Question is whether to sit one all day or slow-walk the timber into the wind. Anyone hunt it either way and',
    'care to share what worked?',
  ),
];
const fR1 = [
  j(
    'Sit the wallow. In early September with warm afternoons they will come in to water and mud, usually between 11 and 3.',
    'I killed my last two bulls in that unit off the same wallow, both times after sitting for six or seven hours.',
  ),
  j(
    'Set up downwind at least 40 yards off and do not walk up to check it mid-morning. Thermals on the north slopes run',
    'downhill until late morning and then switch, so plan your approach around that.',
  ),
];
const fQuoted = 'Question is whether to sit one all day or slow-walk the timber into the wind.';
const fR2 = [
  j(
    'Why not both? I still-hunt from daylight until about ten, working toward the wallow with the wind in my face, then sit',
    'the wallow through the heat of the day. Last hour of light I still-hunt back out. Covers the morning movement and the',
    'midday water trip.',
  ),
  'If you still-hunt, go slower than you think. A hundred yards in twenty minutes is about right in that kind of timber.',
];
const fR4 = [
  j(
    'One more thing: take a good headlamp and mark your way out on a GPS. Dark timber on those north faces all looks the same',
    'after sunset, and more than one guy on this forum has spent a cold night out on Cedar Fork because he trusted his sense',
    'of direction. If you do get one down late, flag the spot and pack out the quarters at first light.',
  ),
];
const fR3 = [
  j('Thanks all, this is really helpful. Sounds like the combination plan is the way to go. I will report back after the', 'opener, hopefully with pictures.'),
];
const fNav = ['Forums', "What's new", 'Classifieds', 'Members', 'Hunt Reports'];
const fSubNav = ['New posts', 'Search forums'];
const fCrumbs = ['Forums', 'Big Game Hunting', 'Elk'];
const fTags = ['elk', 'still hunting', 'wallows'];
const fSimilar = ['Best wind checker for timber hunting?', 'Unit 44 cow tag odds over the last five years', 'Calling cows in early September'];
const fFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home'];
const user = (name: string, title: string, joined: string, posts: string, loc: string): string => `<div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${name.toLowerCase()}/" class="avatar avatar--m" data-user-id="${posts.length}"><img src="/data/avatars/m/0/${posts.length}.jpg" alt="${name}"
class="avatar-u-m" width="96" height="96"></a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${name.toLowerCase()}/"
class="username" dir="auto" itemprop="name">${name}</a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt>
<dd>${posts}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd>${loc}</dd></dl></div><span class="message-userArrow"></span></section></div>`;
const post = (id: number, n: number, name: string, u: string, date: string, body: string, extra: string): string => `<article class="message message--post
js-post js-inlineModContainer" data-author="${name}" data-content="post-${id}" id="js-post-${id}" itemscope itemtype="https://schema.org/Comment">
<span class="u-anchorTarget"
id="post-${id}"></span><div class="message-inner">${u}<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed">
<a href="/threads/early-season-elk.88214/post-${id}" rel="nofollow"><time class="u-dt" dir="auto"
datetime="2026-07-${date.slice(4, 6)}T06:14:00-0600">${date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" class="message-attribution-gadget" aria-label="Share">
<i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/early-season-elk.88214/post-${id}"
rel="nofollow">#${n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${body}</div></div></article></div>${extra}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--like" data-xf-click="reaction">Like</a>
<a href="#" class="actionBar-action actionBar-action--reply" data-xf-click="quote">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="#" class="actionBar-action actionBar-action--report">Report</a></div></div></footer>
</div></div></div></article>`;
const sig = (t: string): string => `<aside class="message-signature"><div class="bbWrapper">${t}</div></aside>`;
const brad = user('BullCreekBrad', 'Well-known member', 'Mar 3, 2019', '1,204', 'Western slope');
const bb = (paras: readonly string[]): string => paras.join('<br>\n<br>\n');
const fHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-31" data-content-key="thread-88214"
class="has-no-js template-thread_view"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>${fTitle} | Ridgeline Hunters Forum</title>
<link rel="canonical" href="https://www.ridgelinehunters.example/threads/early-season-elk.88214/"><meta property="og:site_name"
content="Ridgeline Hunters Forum">
<meta property="og:type" content="website"><meta property="og:title" content="Early season elk in thick timber">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://www.ridgelinehunters.example/threads/88214/",
"headline":"Early season elk in thick timber","author":{"@type":"Person","name":"BullCreekBrad"},"datePublished":"2026-07-21T06:14:00-06:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<script>window.XF = window.XF || {}; XF.config = {"userId":0,"url":{"fullBase":"https://www.ridgelinehunters.example/"},"cookie":{"path":"/",
"prefix":"xf_"}};</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1769"></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/ridgeline/logo.png" alt="Ridgeline Hunters Forum" width="240" height="60"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller">
<div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${links(fNav, 'p-navEl')}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/"
class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn">
<span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register">
<span class="p-navgroup-linkText">Register</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><ul class="p-sectionLinks-list">${links(fSubNav, 'p-navEl')}</ul></div></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(fCrumbs)}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${fTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" title="Thread starter" aria-hidden="true"></i>
<span class="u-srOnly">Thread starter</span> <a href="/members/bullcreekbrad.4471/" class="username u-concealed">BullCreekBrad</a></li>
<li><i class="fa--xf far fa-clock" title="Start date" aria-hidden="true"></i><span class="u-srOnly">Start date</span>
<a href="/threads/early-season-elk.88214/" class="u-concealed"><time class="u-dt"
datetime="2026-07-21T06:14:00-0600">Jul 21, 2026</time></a></li></ul></div></div>
<div class="p-body-main p-body-main--withSidebar"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block-outer"><div class="block-outer-opposite"><div class="tagList"><span class="u-srOnly">Tags</span>
${fTags.map((t) => `<a href="/tags/${t.replace(/ /g, '-')}/" class="tagItem tagItem--tag_${t}" dir="auto">${t}</a>`).join('\n')}</div></div></div>
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/"><div class="block-container lbContainer">
<div class="block-body js-replyNewMessageContainer">
${post(1042211, 1, 'BullCreekBrad', brad, 'Jul 21, 2026', bb(fOp), sig('Pack it in, pack it out.'))}
${post(1042230, 2, 'Timberline_Jo', user('Timberline_Jo', 'Active member', 'Oct 12, 2016', '3,877', 'Gunnison Valley'), 'Jul 21, 2026', bb(fR1), '')}
${post(
  1042257,
  3,
  'OldMuley',
  user('OldMuley', 'Senior member', 'Jan 8, 2012', '9,310', 'Mesa County'),
  'Jul 22, 2026',
  `<blockquote data-attributes="member: 4471" data-quote="BullCreekBrad" data-source="post: 1042211" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=1042211" class="bbCodeBlock-sourceJump"
rel="nofollow">BullCreekBrad said:</a>
</div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${fQuoted}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>${bb(fR2)}`,
  sig('NRA instructor. Ask me about the youth hunt program.'),
)}
${post(1042274, 4, 'Timberline_Jo', user('Timberline_Jo', 'Active member', 'Oct 12, 2016', '3,877', 'Gunnison Valley'), 'Jul 22, 2026', bb(fR4), '')}
${post(1042290, 5, 'BullCreekBrad', brad, 'Jul 23, 2026', bb(fR3), '')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button">You must log in or register to reply
here.</a></div></div>
<div class="block block--similarThreads"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body">
<ul class="structItemContainer">${links(fSimilar, 'structItem structItem--thread')}</ul></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span>
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" href="#"><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--twitter" href="#"><span>X (Twitter)</span></a>
<a class="shareButtons-button shareButtons-button--email" href="#"><span>Email</span></a>
<a class="shareButtons-button shareButtons-button--share is-hidden" href="#"><span>Share</span></a>
<a class="shareButtons-button shareButtons-button--link is-hidden" href="#"><span>Link</span></a></div></div>
</div></div>
<div class="p-body-sidebar"><div class="block" data-widget-key="forum_overview_forum_statistics"><div class="block-container">
<h3 class="block-minorHeader">Forum statistics</h3><div class="block-body block-row"><dl class="pairs pairs--justified"><dt>Threads</dt><dd>88,214</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>1,402,655</dd></dl><dl class="pairs pairs--justified"><dt>Members</dt><dd>41,907</dd></dl>
<dl class="pairs pairs--justified"><dt>Latest member</dt><dd><a href="/members/sagebrush_sam.41907/"
class="username">sagebrush_sam</a></dd></dl></div></div></div></div>
</div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay">Default style</a></li><li><a href="/misc/language">English (US)</a></li></ul></div>
<div class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(fFoot)}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.example" class="u-concealed" dir="ltr"
target="_blank">Community platform by XenForo® © 2010-2026 XenForo
Ltd.</a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices"><li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1" data-delay-duration="0"><div class="notice-content"><div class="u-alignCenter">This site uses cookies to help personalise content, tailor
your experience and to keep you logged in if you register.</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice"
class="js-noticeDismiss
button--notice button">Accept</a><a href="/help/cookies" class="button--notice button">Learn more…</a></div></div></li></ul></div>
<script src="/js/xf/preamble.min.js?_v=4f1a2b"></script></body></html>`;
export const xenforo: TestPage = {
  name: 'heldout424-xenforo-hunting-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fOp, ...fR1, ...fR2, ...fR4, ...fR3]),
  bylines: ['BullCreekBrad', 'Jul 21, 2026', 'Timberline_Jo', 'OldMuley', 'Jul 22, 2026', 'Jul 23, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Log in', 'Register', ...fSubNav, 'Big Game Hunting', 'Thread starter', 'Start date', 'Tags', 'still hunting',
    'Well-known member', 'Active member', 'Senior member', 'Joined', 'Mar 3, 2019', 'Oct 12, 2016', 'Jan 8, 2012', 'Messages', '1,204', '3,877',
    '9,310', 'Location', 'Western slope', 'Gunnison Valley', 'Mesa County', 'Like', 'Reply', 'Report', 'Pack it in, pack it out.',
    'BullCreekBrad said:', 'Click to expand...', 'NRA instructor. Ask me about the youth hunt program.', 'You must log in or register to reply here.',
    'Similar threads', ...fSimilar, 'Share:', 'Facebook', 'X (Twitter)', 'Email', 'Share', 'Link', 'Forum statistics', 'Threads', '88,214', '1,402,655',
    'Members', '41,907', 'Latest member', 'sagebrush_sam', 'Default style', 'English (US)', ...fFoot,
    'Community platform by XenForo® © 2010-2026 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.', 'Accept', 'Learn more…',
  ],
};
