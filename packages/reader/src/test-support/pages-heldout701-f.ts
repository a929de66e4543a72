import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout701-kit.js';

/**
 * Held-out batch 701, file f: a thread of a tinnitus patient forum on XenForo 2 (thread prefix, user cards, quotes,
 * signatures, reactions, cookie notice), and a question with two answers and comments on Biology Stack Exchange.
 */
const xTitle = 'Six weeks of sound therapy with Hushwave — my notes (long)';
type Post = {
  id: number;
  user: string;
  uid: number;
  title: string;
  staff: boolean;
  joined: string;
  messages: string;
  location: string;
  date: string;
  iso: string;
  html: string;
  paras: string[];
  sig: string;
  reactions: string;
  edited: string;
};
const xList = [
  'Week 1–2: no change at all, and the notched sound was honestly irritating.',
  'Week 3: noticed I wasn’t checking on the ringing as often during the day.',
  'Week 4–6: evening loudness down to a 3 or 4 most days. Still spikes after a noisy day at work.',
];
const x1 = [
  j(
    'Long post, sorry. A few of you asked me to report back after trying the Hushwave app, so here are my notes from the first',
    'six weeks. Usual disclaimer: I’m not a doctor, this is just one person’s experience.',
  ),
  j(
    '<b>Background:</b> high-pitched ringing in both ears since a bad ear infection in 2023, worse in the left. Loudness varies',
    'but it’s usually a 5 or 6 out of 10 in the evenings. My audiologist at Marrick General suggested sound therapy alongside',
    'the CBT course I’m on the waiting list for.',
  ),
  j(
    '<b>What I did:</b> 45 minutes a day with the app’s “notched” setting, through ordinary headphones at a low volume, plus a',
    'fan in the bedroom at night.',
  ),
  j(
    'I can’t tell how much is the app and how much is just getting used to it, or the fan, or the fact that I’m sleeping',
    'better. But I feel less trapped by it than I did in January, and that’s worth something.',
  ),
];
const xQuote = 'But I feel less trapped by it than I did in January, and that’s worth something.';
const x2 = [
  j('This is the bit that matters, honestly. Eight years in, the loudness of mine hasn’t changed much, but how much I notice', 'it has changed enormously.'),
  j(
    'Thanks for writing it up properly. One thing I’d add for anyone reading: keep the volume of the sound therapy below the',
    'tinnitus, not on top of it. My audiologist was very firm about that.',
  ),
];
const mention = (name: string, uid: number): string =>
  `<a href="/members/${name.toLowerCase()}.${uid}/" class="username" data-xf-init="member-tooltip" data-user-id="${uid}" data-username="@${name}">@${name}</a>`;
const x3 = [
  `Great thread, ${mention('meadowlark', 4187)}. I’ve moved it to Treatments and therapies so it’s easier to find.`,
  j(
    'A gentle reminder to everyone: sound therapy apps are fine to try, but please see your GP or audiologist if your tinnitus',
    'is in one ear only, pulses in time with your heartbeat, or came on suddenly with hearing loss.',
  ),
];
const x4 = [`${mention('Fenwick', 22)} thanks, yes — I keep it just under. I’ll post again at the three-month mark.`];
const xQuoteHtml = `<blockquote data-attributes="member: 4187" data-quote="meadowlark" data-source="post: 88120"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=88120"
class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-88120">meadowlark said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${xQuote}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;
const xPosts: Post[] = [
  {
    id: 88120,
    user: 'meadowlark',
    uid: 4187,
    title: 'Member',
    staff: false,
    joined: 'Mar 3, 2024',
    messages: '214',
    location: 'Tarrin valley',
    date: 'Feb 11, 2027',
    iso: '2027-02-11T21:14:08+0000',
    html: `${at(x1, 0)}<br>
<br>
${at(x1, 1)}<br>
<br>
${at(x1, 2)}<br>
<ul>
${xList.map((t) => `<li data-xf-list-type="ul">${t}</li>`).join('\n')}
</ul>${at(x1, 3)}`,
    paras: [...x1.slice(0, 3), ...xList, at(x1, 3)],
    sig: 'Tinnitus since 2023 · L &gt; R · Taking it one quiet evening at a time',
    reactions: '<bdi>hollyhock</bdi>, <bdi>Fenwick</bdi> and 3 others',
    edited: '',
  },
  {
    id: 88131,
    user: 'Fenwick',
    uid: 22,
    title: 'Well-known member',
    staff: false,
    joined: 'Nov 18, 2021',
    messages: '1,802',
    location: 'Porthkennack',
    date: 'Feb 11, 2027',
    iso: '2027-02-11T22:40:51+0000',
    html: `${xQuoteHtml}${at(x2, 0)}<br>
<br>
${at(x2, 1)}`,
    paras: [xQuote, ...x2],
    sig: 'Moderate tinnitus since 2019. Volunteer at the Porthkennack support group.',
    reactions: '<bdi>meadowlark</bdi> and <bdi>Ros</bdi>',
    edited: '',
  },
  {
    id: 88152,
    user: 'Ros',
    uid: 3,
    title: 'Moderator',
    staff: true,
    joined: 'Jan 5, 2019',
    messages: '6,340',
    location: 'Marrick',
    date: 'Feb 12, 2027',
    iso: '2027-02-12T08:03:17+0000',
    html: `${at(x3, 0)}<br>
<br>
${at(x3, 1)}`,
    paras: x3,
    sig: '',
    reactions: '<bdi>meadowlark</bdi>, <bdi>Fenwick</bdi> and 6 others',
    edited: '',
  },
  {
    id: 88160,
    user: 'meadowlark',
    uid: 4187,
    title: 'Member',
    staff: false,
    joined: 'Mar 3, 2024',
    messages: '214',
    location: 'Tarrin valley',
    date: 'Feb 12, 2027',
    iso: '2027-02-12T09:26:40+0000',
    html: at(x4, 0),
    paras: x4,
    sig: 'Tinnitus since 2023 · L &gt; R · Taking it one quiet evening at a time',
    reactions: '',
    edited: 'Feb 12, 2027',
  },
];
const xPost = (p: Post, n: number): string => `<article class="message message--post js-post js-inlineModContainer${p.staff ? ' is-staff' : ''}"
data-author="${p.user}" data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment"
itemid="https://forum.tinnituscircle.org/posts/${p.id}/">
<meta itemprop="parentItem" itemscope itemid="https://forum.tinnituscircle.org/threads/six-weeks-of-sound-therapy.21904/">
<span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="https://forum.tinnituscircle.org/members/${p.uid}/">
<meta itemprop="url" content="https://forum.tinnituscircle.org/members/${p.uid}/"><div class="message-avatar "><div class="message-avatar-wrapper">
<a href="/members/${p.user.toLowerCase()}.${p.uid}/" class="avatar avatar--m" data-user-id="${p.uid}" data-xf-init="member-tooltip"><img
src="/data/avatars/m/${p.uid % 100}/${p.uid}.jpg?1700000000" alt="${p.user}" class="avatar-u${p.uid}-m" width="96" height="96" loading="lazy"
itemprop="image"></a>
</div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user.toLowerCase()}.${p.uid}/" class="username "
dir="auto" data-user-id="${p.uid}" data-xf-init="member-tooltip">
<span itemprop="name"${p.staff ? ' class="username--staff username--moderator"' : ''}>${p.user}</span></a>
</h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5>
${
  p.staff
    ? `<div class="userBanner userBanner--staff message-userBanner" dir="auto" itemprop="jobTitle"><span class="userBanner-before"></span>
<strong>Staff member</strong><span class="userBanner-after"></span></div>`
    : ''
}
</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.messages}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd>
<a href="/misc/location-info?location=${encodeURIComponent(p.location)}" rel="nofollow noreferrer" target="_blank" class="u-concealed">${p.location}</a></dd>
</dl>
</div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/six-weeks-of-sound-therapy.21904/post-${p.id}" rel="nofollow"
itemprop="url"><time class="u-dt" dir="auto" datetime="${p.iso}" data-timestamp="1802290448" data-date-string="${p.date}" title="${p.date}"
itemprop="datePublished">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/six-weeks-of-sound-therapy.21904/post-${p.id}"
class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/${p.id}/share" aria-label="Share" rel="nofollow"><i
class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/six-weeks-of-sound-therapy.21904/post-${p.id}" rel="nofollow">#${n}</a>
</li></ul></header><div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer "
data-lb-id="post-${p.id}" data-lb-caption-desc="${p.user} · ${p.date} at 21:14"><article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${p.html}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${p.edited === '' ? '' : `<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="${p.iso}">${p.edited}</time></div>`}
${p.sig === '' ? '' : `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>`}
</div><footer class="message-footer"><div class="reactionsBar js-reactionsList${p.reactions === '' ? '' : ' is-active'}">${
  p.reactions === ''
    ? ''
    : `<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like"></span></li>
</ul>
<span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay" data-cache="false"
rel="nofollow">${p.reactions}</a>`
}</div><div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer></div></div></div></div></article>`;
const xNav = ['Home', 'Forums', 'What’s new', 'Members', 'Resources'];
const xSub = ['New posts', 'Search forums'];
const xCrumbs = ['Forums', 'Living with tinnitus', 'Treatments and therapies'];
const xSimilar: [string, string, string, string][] = [
  ['Notched music — worth it?', 'kestrel_w', '12', '830'],
  ['Fan vs. white noise machine for sleep', 'Fenwick', '27', '2K'],
  ['CBT waiting lists in Marrick — anyone got a date?', 'hollyhock', '5', '341'],
];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home'];
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14"
data-content-key="thread-21904" data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1707651234,8c1d2f3e4a5b6c7d" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Experience - Six weeks of sound therapy with Hushwave — my notes (long) | Tinnitus Circle</title>
<link rel="canonical" href="https://forum.tinnituscircle.org/threads/six-weeks-of-sound-therapy.21904/">
<meta name="description" content="Long post, sorry. A few of you asked me to report back after trying the Hushwave app">
<meta property="og:site_name" content="Tinnitus Circle"><meta property="og:type" content="website">
<meta property="og:title" content="Experience - Six weeks of sound therapy with Hushwave — my notes (long)">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1700000000">
<link rel="stylesheet" href="/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Anotices.less%2Cpublic%3Ashare_controls.less&amp;s=1&amp;l=1">
<script src="/js/xf/preamble.min.js?_v=7b2c1a90"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://forum.tinnituscircle.org/threads/21904/",
"headline":"Six weeks of sound therapy with Hushwave — my notes (long)","author":{"@type":"Person","name":"meadowlark"},
"datePublished":"2027-02-11T21:14:08+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="https://forum.tinnituscircle.org"><img src="/styles/tc/logo.png" srcset="/styles/tc/logo@2x.png 2x" alt="Tinnitus Circle" width="200" height="36">
</a></div>
</div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0"
aria-label="Menu"><span class="button-text"><i aria-hidden="true"></i><span class="p-nav-menuText">Menu</span></span></button>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected"><div class="hScroller-scroll">
<ul class="p-nav-list js-offCanvasNavSource">${xNav
  .map(
    (t) => `<li><div class="p-navEl${t === 'Forums' ? ' is-selected' : ''}"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}/" class="p-navEl-link"
data-nav-id="${t.toLowerCase()}">${t}</a></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/"
class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on"><span
class="p-navgroup-linkText">Register</span></a></div><div class="p-navgroup p-discovery"><a href="/whats-new/" class="p-navgroup-link
p-navgroup-link--iconic p-navgroup-link--whatsnew"
aria-label="What’s new" title="What’s new"><i aria-hidden="true"></i><span class="p-navgroup-linkText">What’s
new</span></a><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" aria-label="Search"
aria-expanded="false" aria-haspopup="true" title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div>
</nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">
${links(xSub)}</ul></div></div></div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation"></div>
<div class="p-body"><div class="p-body-inner"><ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6">
<li class="notice js-notice notice--primary" data-notice-id="2" data-delay-duration="0" data-display-duration="0" data-auto-dismiss=""
data-visibility=""><div class="notice-content">Tinnitus Circle is a peer support community. Posts here are not medical advice.</div></li></ul>
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
${xCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<a href="/${i === 0 ? '' : `forums/${c.toLowerCase().replace(/ /g, '-')}.1${i}/`}"
itemprop="item"><span itemprop="name">${c}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}
</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--green" dir="auto">Experience</span><span
class="label-append">&nbsp;</span>${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span
class="u-srOnly">Thread starter</span><a href="/members/meadowlark.4187/" class="username  u-concealed" dir="auto" data-user-id="4187"
data-xf-init="member-tooltip">meadowlark</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start
date</span><a href="/threads/six-weeks-of-sound-therapy.21904/" class="u-concealed"><time class="u-dt" dir="auto" datetime="2027-02-11T21:14:08+0000"
data-date-string="Feb 11, 2027" title="Feb 11, 2027 at 9:14 PM">Feb 11, 2027</time></a></li></ul></div></div>
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-container lbContainer"
data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-21904"><div class="block-body js-replyNewMessageContainer">
${xPosts.map((p, i) => xPost(p, i + 1)).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="block-outer-hint"><a href="/login/" data-xf-click="overlay">You
must log in or register to reply here.</a></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url=""
data-page-title="" data-page-desc="" data-page-image=""><span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">
${['Facebook', 'X', 'Reddit', 'Email', 'Share Link']
  .map(
    (s) => `<a class="shareButtons-button shareButtons-button--brand shareButtons-button--${s.toLowerCase().replace(' ', '')}" data-href="#"><i
aria-hidden="true"></i><span>${s}</span></a>`,
  )
  .join('\n')}
</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
${xSimilar
  .map(
    ([t, u, r, v]) => `<div class="structItem structItem--thread js-inlineModContainer"><div class="structItem-cell structItem-cell--main"><div
class="structItem-title"><a href="/threads/${t.length}/" class="">${t}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li><a
href="/members/${u}/" class="username " dir="auto">${u}</a></li></ul></div></div><div class="structItem-cell structItem-cell--meta">
<dl class="pairs pairs--justified">
<dt>Replies</dt><dd>${r}</dd></dl><dl class="pairs pairs--justified structItem-minor"><dt>Views</dt>
<dd>${v}</dd></dl></div></div>`,
  )
  .join('\n')}
</div></div></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay" rel="nofollow" class="js-styleVariationsLink"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i>
Style: Tinnitus Circle Light</a></li></ul></div><div class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(xFoot)}
<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss"
aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li></ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by
XenForo<sup>®</sup> <span class="copyright">© 2010-2024 XenForo Ltd.</span></a></div></div></footer></div>
<ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0"
data-visibility=""><div class="uix_noticeInner"><div class="notice-content"><div class="u-alignCenter">This site uses cookies to help personalise content,
tailor your experience and to keep you logged in if you register.<br>By continuing to use this site, you are consenting to our use of cookies.</div>
<div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span
class="button-text">Accept</span></a><a href="/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></div>
</li></ul>
<script src="/js/xf/core-compiled.js?_v=7b2c1a90"></script>
<script>jQuery.extend(XF.config, {"userId":0,"enablePush":false,"url":{"fullBase":"https:\\/\\/forum.tinnituscircle.org\\/"}});</script></body></html>`;
const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const xenforo: TestPage = gold({
  name: 'heldout701-xenforo-tinnitus-sound-therapy',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xPosts.flatMap((p) => p.paras)),
  bylines: ['meadowlark', 'Feb 11, 2027', ...xPosts.flatMap((p) => [p.user, p.date]), 'Last edited: Feb 12, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', ...xNav, 'Log in', 'Register', 'What’s new', 'Search', ...xSub, 'Tinnitus Circle is a peer support community. Posts here are not medical advice.',
    ...xCrumbs, 'Experience', 'Thread starter', 'Start date',
    ...uniq(xPosts.flatMap((p) => [p.title, 'Joined', p.joined, 'Messages', p.messages, 'Location', p.location])), 'Staff member',
    ...xPosts.map((_, i) => `#${i + 1}`), 'meadowlark said:', 'Click to expand...', ...texts(xPosts.map((p) => p.sig).filter((s) => s !== '')),
    'Reactions:', ...texts(xPosts.map((p) => p.reactions).filter((s) => s !== '')), 'You must log in or register to reply here.', 'Share:', 'Facebook',
    'X', 'Reddit', 'Email', 'Share Link', 'Similar threads', ...xSimilar.flatMap(([t, u, r, v]) => [t, u, 'Replies', r, 'Views', v]),
    'Style: Tinnitus Circle Light', ...xFoot,
    'RSS', 'Community platform by XenForo® © 2010-2024 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
    'By continuing to use this site, you are consenting to our use of cookies.', 'Accept', 'Learn more…',
  ],
});

const sTitle = 'How does the Orrin Valley salamander survive being frozen solid?';
const sQ = [
  j(
    'I read that the Orrin Valley salamander (<em>Ambystoma orrinense</em>) can spend several weeks of winter with up to 60% of',
    'its body water frozen, and then thaw out in spring and walk away. I understand that ice crystals inside cells are usually',
    'lethal because they tear membranes, so how does it avoid that?',
  ),
  'Specifically:',
];
const sQList = [
  'Does ice form inside its cells at all, or only in the spaces between them?',
  'Where does the antifreeze (if that’s what it is) come from, and how is it made so quickly?',
];
const sQ2 = j(
  'I found one paper (Teller &amp; Hwang, 2019) but it’s behind a paywall and the abstract only mentions “hepatic glucose',
  'mobilisation”, which I don’t fully understand.',
);
const sA1 = [
  'Short answer: ice forms only <em>outside</em> the cells, and the cells protect themselves by filling up with glucose.',
  j(
    '<strong>Where the ice goes.</strong> When the salamander’s skin touches ice, freezing starts in the fluid around its cells,',
    'helped by ice-nucleating proteins in the blood plasma. As water outside the cells turns to ice, the remaining liquid',
    'becomes more concentrated, and water is drawn out of the cells by osmosis. The cells shrink but never freeze inside.',
  ),
  j(
    '<strong>Where the glucose comes from.</strong> Within minutes of ice forming on the skin, the liver starts breaking down its',
    'glycogen stores and releasing glucose into the blood — this is the “hepatic glucose mobilisation” in the abstract. Teller',
    '&amp; Hwang measured blood glucose rising from about 2 mM to over 180 mM within 12 hours:',
  ),
];
const sA1Quote = j(
  'Liver glycogen fell by 84% during the first day of freezing, and glucose accumulated in every tissue sampled, with the',
  'highest concentrations in heart and brain.',
);
const sA1b = [
  j(
    'High glucose inside the cells lowers the amount of water that can leave them and keeps them from shrinking too far, which',
    'would damage membranes in its own way.',
  ),
  j(
    'The heart stops while the animal is frozen, so the glucose has to be distributed <em>before</em> the ice spreads inward.',
    'That is why the response is so fast.',
  ),
];
const sA2 = [
  j(
    'To add to the accepted answer: glucose is not the only cryoprotectant. Urea also builds up during autumn, before any',
    'freezing, as the animals dry out slightly in their burrows. In lab studies of the related Tarrin salamander, animals with',
    'high urea survived freezing at lower temperatures than those without.',
  ),
  j(
    'So you can think of it as a two-stage defence: a slow, seasonal build-up of urea, and a rapid, emergency release of glucose',
    'when ice actually arrives.',
  ),
];
type Comment = { id: number; score: string; text: string; user: string; rep: string; date: string };
const sQc: Comment[] = [
  {
    id: 18812,
    score: '2',
    text: 'Welcome to Biology.SE! Good question. You might also look at work on wood frogs, which do something similar.',
    user: 'Rhys Penhallow',
    rep: '4,120',
    date: 'Jan 4, 2027 at 11:02',
  },
  { id: 18815, score: '', text: 'Thanks, I’ll look those up.', user: 'Ophelia N.', rep: '213', date: 'Jan 4, 2027 at 11:30' },
];
const sAc: Comment[] = [
  {
    id: 18830,
    score: '3',
    text: 'Great answer. Do we know what triggers the liver — is it the ice itself or the cold?',
    user: 'Ophelia N.',
    rep: '213',
    date: 'Jan 4, 2027 at 15:02',
  },
  {
    id: 18834,
    score: '4',
    text: j(
      '<a href="/users/5521/ophelia-n">@OpheliaN.</a> The ice itself, as far as we know: cooling to the same temperature without',
      'ice does not trigger it.',
    ),
    user: 'Dr. Mireille Osei',
    rep: '8,905',
    date: 'Jan 4, 2027 at 15:40',
  },
];
const sTags = ['physiology', 'cryobiology', 'herpetology', 'cold-tolerance'];
const vote = (postId: number, score: string, kind: 'question' | 'answer', accepted: boolean): string => `<div class="votecell post-layout--left">
<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${postId}" data-referrer="">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false"
aria-label="Up vote" data-selected-classes="fc-theme-primary" aria-describedby="--stacks-s-tooltip-up-${postId}"><svg aria-hidden="true"
class="svg-icon iconArrowUpLg" width="36" height="36" viewBox="0 0 36 36"><path d="M2 25h32L18 9 2 25Z"></path></svg></button>
<div id="--stacks-s-tooltip-up-${postId}" class="s-popover s-popover__tooltip" role="tooltip">This ${kind} ${
  kind === 'question' ? 'shows research effort; it is useful and clear' : 'is useful'
}<div class="s-popover--arrow"></div></div>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-black-500 fs-title" itemprop="upvoteCount" data-value="${score}">${score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false"
aria-label="Down vote" aria-describedby="--stacks-s-tooltip-down-${postId}"><svg aria-hidden="true" class="svg-icon iconArrowDownLg" width="36" height="36"
viewBox="0 0 36 36"><path d="M2 11h32L18 27 2 11Z"></path></svg></button>
<div id="--stacks-s-tooltip-down-${postId}" class="s-popover s-popover__tooltip" role="tooltip">This ${kind} ${
  kind === 'question' ? 'does not show any research effort; it is unclear or not useful' : 'is not useful'
}<div class="s-popover--arrow"></div></div>
${
  accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" data-s-tooltip-placement="right"
title="Loading when this answer was accepted…"
tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36"
viewBox="0 0 36 36"><path d="m6 14 8 8L30 6v8L14 30l-8-8v-8Z"></path></svg></div></div>`
    : ''
}</div></div>`;
const sig = (
  action: string,
  date: string,
  iso: string,
  user: string,
  uid: number,
  rep: string,
  badges: [string, string][],
  owner: boolean,
): string => `<div class="post-signature${owner ? ' owner' : ''} flex--item"><div class="user-info user-hover">
<div class="user-action-time">${action} <span title="${iso}" class="relativetime">${date}</span></div>
<div class="user-gravatar32"><a href="/users/${uid}/"><div class="gravatar-wrapper-32">
<img src="https://www.gravatar.com/avatar/${uid}?s=64&amp;d=identicon&amp;r=PG"
alt="${user}'s user avatar" width="32" height="32" class="bar-sm"></div></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/${uid}/">${user}</a><span class="d-none"
itemprop="name">${user}</span><div class="-flair"><span class="reputation-score" title="reputation score ${rep}" dir="ltr">${rep}</span>${badges
  .map(
    ([n, kind]) =>
      `<span title="${n} ${kind} badges" aria-hidden="true"><span class="badge${kind === 'gold' ? 1 : kind === 'silver' ? 2 : 3}"></span><span
class="badgecount">${n}</span></span><span class="v-visible-sr">${n} ${kind} badges</span>`,
  )
  .join('')}</div></div></div></div>`;
const menu = (postId: number, kind: string): string => `<div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="${postId}">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/${kind === 'question' ? 'q' : 'a'}/${postId}" rel="nofollow"
itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this ${kind}">Share</a></div><div class="flex--item"><a href="/posts/${postId}/edit"
class="js-suggest-edit-post js-gps-track" title="">Improve this ${kind}</a></div><div class="flex--item"><button type="button" id="btnFollowPost-${postId}"
class="s-btn s-btn__link js-follow-post js-gps-track" aria-controls="" data-controller=" " data-s-popover-placement="bottom"
aria-pressed="false">Follow</button></div></div></div></div>`;
const comments = (postId: number, list: readonly Comment[]): string => `<div class="post-layout--right js-post-comments-component">
<div id="comments-${postId}" class="comments js-comments-container bt bc-black-075 mt12" data-post-id="${postId}" data-min-length="15">
<ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-cansee="true" data-comments-unavailable="false"
data-addlink-disabled="true">${list
  .map(
    (c) => `<li id="comment-${c.id}" class="comment js-comment " data-comment-id="${c.id}" data-comment-score="${c.score || 0}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide">${
      c.score === '' ? '' : `<span title="number of 'useful comment' votes received" class="cool">${c.score}</span>`
    }</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/${c.id}/" title="${c.rep} reputation" class="comment-user">${c.user}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${c.id}_${postId}"><span title="2027-01-04 11:02:19Z, License: CC BY-SA 4.0"
class="relativetime-clean">${c.date}</span></a></span></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div id="comments-link-${postId}" data-rep="50" data-anon="true"><a class="js-add-link comments-link dno" title="Use comments to ask for more information or
suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div></div>`;
const sRelated: [string, string][] = [
  ['12', 'Why don’t wood frogs’ hearts get damaged by freezing?'],
  ['5', 'Do any mammals tolerate freezing of body fluids?'],
  ['3', 'How do ice-nucleating proteins work?'],
];
const sHot = [
  'Is a tomato plant’s root system larger than its shoot?',
  'Why do some birds stand on one leg in cold weather?',
  'How do deep-sea fish cope with the pressure?',
];
const sNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const sFootSite = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback'];
const sFootCo = ['Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal', 'Privacy Policy', 'Terms of Service', 'Cookie Settings'];
const sHtml = `<!DOCTYPE html>
<html class="html__responsive " lang="en"><head>
<title>physiology - How does the Orrin Valley salamander survive being frozen solid? - Biology Stack Exchange</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/biology/Img/favicon.ico?v=0f0cf3f4d9a4"><meta name="viewport" content="width=device-width,
height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website">
<meta property="og:url" content="https://biology.stackexchange.com/questions/108432/how-does-the-orrin-valley-salamander">
<meta property="og:site_name" content="Biology Stack Exchange"><meta name="twitter:title" property="og:title" itemprop="name"
content="How does the Orrin Valley salamander survive being frozen solid?">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=9a8c2f1e1b2d">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/biology/primary.css?v=5c2e0f3a7e61">
<script>StackExchange.init({"locale":"en","serverTime":1802341200,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com","networkMetaHostname":
"meta.stackexchange.com","site":{"name":"Biology Stack Exchange",
"description":"Q&amp;A for biology researchers, academics, and students"},"user":{"isAnonymous":true}});</script>
</head>
<body class="question-page unified-theme"><div id="notify-container"></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your
privacy</h2><div id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose
information in accordance with our <a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</div></div></div>
<div id="onetrust-button-group-parent"
class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button
class="ot-pc-refuse-all-handler" id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler">Customize
settings</button></div></div></div></div></div></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem" aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a>
<div class="topbar-dialog leftnav-dialog js-leftnav-dialog dno"><div class="left-sidebar js-unpinned-left-sidebar" data-can-be="left-sidebar"></div></div>
<a class="s-topbar--logo network-logo js-gps-track" href="https://stackexchange.com"><span class="-img _glyph">Stack Exchange Network</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar " autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search on Biology…" value="" aria-label="Search" aria-controls="top-search"
class="s-input s-input__search js-search-field"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12" aria-label="Secondary"><ol class="s-topbar--content" role="menubar"><li role="none"><a
href="https://biology.stackexchange.com/users/login?ssrc=head" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track"
role="menuitem" rel="nofollow">Log in</a></li><li role="none"><a href="https://biology.stackexchange.com/users/signup?ssrc=head" class="s-topbar--item
s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap js-gps-track" role="menuitem" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<header class="site-header"><div class="site-header--container"><a class="site-header--link d-flex ai-center fs-title" href="https://biology.stackexchange.com">
<img class="h-auto wmx100" src="https://cdn.sstatic.net/Sites/biology/Img/logo.svg?v=2f8c0a1e" alt="Biology"></a></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${links(sNav, 'ps-relative')}</ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.net/Sites/biology/Img/apple-touch-icon.png?v=1">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item
fl1"><a href="/questions/108432/how-does-the-orrin-valley-salamander-survive-being-frozen-solid" class="question-hyperlink">${sTitle}</a></h1>
<div class="ml12 aside-cta flex--item print:d-none sm:ml0 sm:mb12 sm:order-first sm:as-end"><a href="/questions/ask" class="ws-nowrap s-btn
s-btn__primary">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2027-01-04 10:12:44Z"><span class="fc-black-400
mr2">Asked</span> <time itemprop="dateCreated" datetime="2027-01-04T10:12:44">2 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit" title="2027-01-06 08:20:31Z">2 months ago</a></div><div
class="flex--item ws-nowrap mb8" title="Viewed 4,211 times"><span class="fc-black-400 mr2">Viewed</span> 4k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="108432" data-position-on-page="0"
data-score="14" id="question"><div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow mx-auto
d-flex jc-center fd-column"></div></div>
<div class="post-layout ">${vote(108432, '14', 'question', false)}
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${at(sQ, 0)}</p>
<p>${at(sQ, 1)}</p>
<ul>${lis(sQList)}</ul>
<p>${sQ2}</p>
</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none
js-post-tag-list-wrapper d-inline">${sTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="post-tag" title="show questions tagged &#39;${t}&#39;"
aria-label="show questions tagged &#39;${t}&#39;" rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${menu(108432, 'question')}
<div class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time"><a href="/posts/108432/revisions" title="show all edits
to this post" class="js-gps-track">edited <span title="2027-01-05 09:40:02Z" class="relativetime">Jan 5, 2027 at 9:40</span></a></div><div
class="user-gravatar32"></div><div class="user-details"><a href="/users/7710/ana-ferreira-lund">Ana Ferreira-Lund</a><div class="-flair"><span
class="reputation-score" title="reputation score " dir="ltr">2,377</span></div></div></div></div>
${sig('asked', 'Jan 4, 2027 at 10:12', '2027-01-04 10:12:44Z', 'Ophelia N.', 5521, '213', [['7', 'bronze']], true)}
</div></div></div>
<span class="d-none" itemprop="commentCount">2</span>${comments(108432, sQc)}</div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2
class="mb0" data-answercount="2">2 Answers<span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div class="d-flex g4
gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption"
for="answer-sort-dropdown-select-menu">Sorted by:</label></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">
<option value="scoredesc" selected="selected">Highest score (default)</option><option value="modifieddesc">Date modified (newest first)</option>
<option value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>
<a name="108440"></a><div id="answer-108440" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="108440" data-parentid="108432"
data-score="21" data-position-on-page="1" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">
${vote(108440, '21', 'answer', true)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${sA1.map((t) => `<p>${t}</p>`).join('\n')}
<blockquote><p>${sA1Quote}</p></blockquote>
${sA1b.map((t) => `<p>${t}</p>`).join('\n')}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${menu(108440, 'answer')}
${sig(
  'answered',
  'Jan 4, 2027 at 14:31',
  '2027-01-04 14:31:09Z',
  'Dr. Mireille Osei',
  3302,
  '8,905',
  [
    ['3', 'gold'],
    ['21', 'silver'],
    ['40', 'bronze'],
  ],
  false,
)}
</div></div></div>${comments(108440, sAc)}</div></div>
<a name="108455"></a><div id="answer-108455" class="answer js-answer" data-answerid="108455" data-parentid="108432" data-score="6" data-position-on-page="2"
itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${vote(108455, '6', 'answer', false)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${sA2.map((t) => `<p>${t}</p>`).join('\n')}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${menu(108455, 'answer')}
${sig(
  'answered',
  'Jan 6, 2027 at 8:20',
  '2027-01-06 08:20:31Z',
  'Jonas Whitcombe',
  6120,
  '1,337',
  [
    ['9', 'silver'],
    ['18', 'bronze'],
  ],
  false,
)}
</div></div></div>${comments(108455, [])}</div></div>
<h2 class="space">Your Answer</h2><div class="js-anon-signup"><h2 class="fs-title">Sign up or <a id="login-link" href="/users/login">log in</a></h2>
<div class="d-flex fd-column gs8"><button class="s-btn s-btn__icon s-btn__google">Sign up using Google</button><button class="s-btn s-btn__icon
s-btn__outlined">Sign up using Email and Password</button></div></div><div class="js-anon-guest"><h2 class="fs-title">Post as a guest</h2><label
for="display-name" class="s-label">Name</label><label for="m-address" class="s-label">Email</label><p class="s-description">Required, but never shown</p>
</div><button id="submit-button" class="s-btn s-btn__primary s-btn__md" type="submit">Post Your Answer</button>
<div class="js-general-error text-left"><p class="s-description">By clicking “Post Your Answer”, you agree to our <a
href="https://stackoverflow.com/legal/terms-of-service/public">terms of service</a> and acknowledge you have read our <a
href="https://stackoverflow.com/legal/privacy-policy">privacy policy</a>.</p></div>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${sTags
  .map((t) => `<a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a>`)
  .join(' ')} or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale
mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900
bb bbw1">The Overflow Blog</li><li class="s-sidebarwidget--item d-flex px16"><a href="https://stackoverflow.blog/2027/03/01/"
class="js-gps-track">Writing for people who skim</a></li><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600
d:fc-black-900 bb bbw1">Featured on Meta</li><li class="s-sidebarwidget--item d-flex px16"><a href="https://meta.stackexchange.com/questions/401188/"
class="js-gps-track">Updates to the moderator election schedule</a></li></ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related">${sRelated
  .map(
    ([n, t], i) => `<div class="spacer"><a href="/q/${108000 + i}" title="Question score (highest is best)"><div class="answer-votes answered-accepted
default">${n}</div></a><a href="/questions/${108000 + i}/" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link
s-link__inherit">Hot Network Questions</a></h4><ul>${links(sHot)}</ul></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div
class="site-footer--col"><h5 class="-title"><a href="https://biology.stackexchange.com">Biology</a></h5><ul class="-list">${links(sFootSite)}</ul></div>
<div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.co/">Company</a></h5><ul class="-list">${links(sFootCo)}</ul></div></nav>
<div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo © 2027 Stack Exchange Inc; user contributions licensed under
<span class="td-underline"><a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span>. <span id="svnrev">rev 2027.3.4.44512</span></p></div></div>
</footer>
<script>StackExchange.ready(function(){StackExchange.question.init({votesCast:[],canViewVoteCounts:true,totalCommentCount:4,shownCommentCount:4});});</script>
</body></html>`;
const allComments = [...sQc, ...sAc];
const stackexchange: TestPage = gold({
  name: 'heldout701-stackexchange-frozen-salamander',
  kind: 'forum',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sQ, ...sQList, sQ2, ...sQc.map((c) => c.text), ...sA1, sA1Quote, ...sA1b, ...sAc.map((c) => c.text), ...sA2]),
  bylines: [
    'Asked 2 months ago',
    'Modified 2 months ago',
    'edited Jan 5, 2027 at 9:40',
    'Ana Ferreira-Lund',
    'asked Jan 4, 2027 at 10:12',
    'Ophelia N.',
    'answered Jan 4, 2027 at 14:31',
    'Dr. Mireille Osei',
    'answered Jan 6, 2027 at 8:20',
    'Jonas Whitcombe',
    ...allComments.flatMap((c) => [c.user, c.date]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your privacy',
    j(
      'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information',
      'in accordance with our Cookie Policy.',
    ),
    'Accept all cookies', 'Necessary cookies only', 'Customize settings', 'Stack Exchange Network', 'Log in', 'Sign up', ...sNav,
    'Ask Question', 'Viewed 4k times', 'This question shows research effort; it is useful and clear', '14',
    'This question does not show any research effort; it is unclear or not useful', ...sTags, 'Share', 'Improve this question', 'Follow',
    '2,377', '213', '7 bronze badges', '2', 'Add a comment', '2 Answers', 'Sorted by:', 'This answer is useful', '21', 'This answer is not useful',
    'Improve this answer', '8,905', '3 gold badges', '21 silver badges', '40 bronze badges', '3', '4', '6', '1,337', '9 silver badges',
    '18 bronze badges', 'Your Answer', 'Sign up or log in', 'Sign up using Google', 'Sign up using Email and Password', 'Post as a guest', 'Name',
    'Email', 'Required, but never shown', 'Post Your Answer',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
    `Not the answer you're looking for? Browse other questions tagged ${sTags.join(' ')} or ask your own question.`, 'The Overflow Blog',
    'Writing for people who skim', 'Featured on Meta', 'Updates to the moderator election schedule', 'Related', ...sRelated.flat(),
    'Hot Network Questions', ...sHot, 'Biology', ...sFootSite, 'Company', ...sFootCo,
    'Site design / logo © 2027 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2027.3.4.44512',
  ],
});

export const HELDOUT701_F: readonly TestPage[] = [xenforo, stackexchange];
