import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file d2: a XenForo 2.3 thread on a woodworking forum, saved signed out. Post text sits in
 * `.bbWrapper` as lines split by `<br>`, not in paragraphs, as XenForo stores it.
 */
const title = 'Hand plane chatters on end grain, blade is sharp – what else?';
const tUrl = '/threads/hand-plane-chatters-on-end-grain-blade-is-sharp-what-else.9132/';
type U = { name: string; id: number; title: string; joined: string; msgs: string; score: string; loc?: string; sig?: string };
const users: Record<string, U> = {
  rob: { name: 'oakleaf_rob', id: 4471, title: 'Member', joined: 'Sep 12, 2023', msgs: '87', score: '41', loc: 'Brackenford' },
  hed: {
    name: 'Heddwen_Joiner',
    id: 512,
    title: 'Well-known member',
    joined: 'Feb 2, 2016',
    msgs: '6,214',
    score: '3,980',
    loc: 'Upper Tellow',
    sig: 'Measure twice, cut once, swear a bit, cut again.',
  },
  tsu: { name: 'tsuki_and_saw', id: 3318, title: 'Member', joined: 'Jan 27, 2022', msgs: '402', score: '266' },
};
type P = { id: number; u: U; date: string; full: string; paras: string[]; quote?: [U, number, string]; edit?: string; react?: string };
const posts: P[] = [
  {
    id: 51204,
    u: users.rob as U,
    date: 'Mar 3, 2025',
    full: 'Mar 3, 2025 at 7:41 PM',
    react: '<bdi>Heddwen_Joiner</bdi> and <bdi>tsuki_and_saw</bdi>',
    paras: paras(`
I’ve been trying to clean up the end grain on some breadboard ends with my No. 4 smoother and I get chatter every time: a washboard
pattern right across the width, about 2 mm apart.

The iron is freshly honed to 8000 and shaves arm hair, the cap iron is set about half a millimetre back, and the mouth is fairly
tight. Long grain on the same board planes beautifully, with thin, even shavings.

Is this just a case of needing a block plane or a low-angle plane for end grain, or is something wrong with my setup?`),
  },
  {
    id: 51210,
    u: users.hed as U,
    date: 'Mar 3, 2025',
    full: 'Mar 3, 2025 at 9:02 PM',
    react: '<bdi>oakleaf_rob</bdi>, <bdi>tsuki_and_saw</bdi> and 3 others',
    paras: paras(`
End grain chatter on a bench plane is very often the frog, not the blade. If the frog isn’t bedded solidly on the casting, or the
iron isn’t sitting flat on the frog, the blade can flex as it hits those tough fibres, and it springs back a couple of millimetres
later. That’s your washboard.

Take the frog off, clean both mating surfaces and check the screws are snug. While it’s apart, make sure the back of the iron isn’t
rocking on the frog face. A bit of grit there is enough to do it.

A low-angle plane is lovely for end grain, but a well set up No. 4 will do the job.`),
  },
  {
    id: 51233,
    u: users.rob as U,
    date: 'Mar 4, 2025',
    full: 'Mar 4, 2025 at 6:18 PM',
    quote: [users.hed as U, 51210, 'End grain chatter on a bench plane is very often the frog, not the blade.'],
    paras: paras(`
You were right. There was a lump of old grease and sawdust under one side of the frog. I cleaned it all up and the chatter is mostly
gone, though I still get a little on the last inch, where the board leaves the plane, and the far corner keeps breaking away.`),
  },
  {
    id: 51240,
    u: users.tsu as U,
    date: 'Mar 4, 2025',
    full: 'Mar 4, 2025 at 7:55 PM',
    react: '<bdi>oakleaf_rob</bdi> and <bdi>Heddwen_Joiner</bdi>',
    paras: paras(`
That last inch is usually technique. Plane in from both ends towards the middle so you never push off the far edge, or clamp a
sacrificial block against it. Skewing the plane also helps a lot on end grain, since it lowers the effective cutting angle.

And wax the sole. It makes more difference on end grain than you’d expect.`),
  },
  {
    id: 51262,
    u: users.rob as U,
    date: 'Mar 5, 2025',
    full: 'Mar 5, 2025 at 8:12 AM',
    edit: 'Mar 5, 2025',
    paras: paras(`
Planing from both ends with a slight skew did it. Clean shavings right across, no spelching and no chatter.

Thanks all. Lesson learned about looking under the frog before buying another plane.`),
  },
];
const nav = ['Home', 'Forums', 'What’s new', 'Media', 'Members'];
const sub = ['New posts', 'Search forums'];
const crumbs = ['Home', 'Forums', 'Tools & Techniques', 'Hand Tools'];
const search = ['Everywhere', 'Threads', 'This forum', 'This thread', 'Search titles only', 'By:', 'Advanced search…'];
const notice = 'Welcome to The Timber Bench! Register a free account to post, upload photos of your projects and join the monthly build challenge.';
const share = ['Facebook', 'X', 'Bluesky', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Share', 'Link'];
const similar = [
  ['Low-angle jack or a bevel-up smoother for end grain?', 'weald_woodworks', 'Jan 9, 2025', '7', '412', 'Jan 12, 2025', 'Heddwen_Joiner'],
  ['Restoring a 1950s No. 4: frog won’t sit flat', 'marram_grass', 'Nov 18, 2024', '12', '890', 'Nov 24, 2024', 'marram_grass'],
  ['Tear-out on breadboard ends, any tips?', 'jonah_fenwick', 'Oct 2, 2024', '5', '301', 'Oct 3, 2024', 'tsuki_and_saw'],
];
const cookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'By continuing to use this site, you are consenting to our use of cookies.',
];
const footer = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home'];
const time = (d: string, full: string): string => `<time class="u-dt" dir="auto" datetime="2025-03-0${d[4]}T19:41:06+0000" data-date="${d}"
title="${full}" itemprop="datePublished">${d}</time>`;
const quote = ([u, id, t]: [U, number, string]): string => `<blockquote data-attributes="member: ${u.id}" data-quote="${u.name}"
data-source="post: ${id}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a
href="/goto/post?id=${id}" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-${id}">${u.name}
said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${t}</div><div class="bbCodeBlock-expandLink
js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;
const article = (p: P, i: number): string => `<article class="message message--post js-post js-inlineModContainer  " data-author="${p.u.name}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://www.timberbench.example/posts/${p.id}/">
<meta itemprop="parentItem" itemscope itemid="https://www.timberbench.example${tUrl}"><span class="u-anchorTarget" id="post-${p.id}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
itemtype="https://schema.org/Person"><div class="message-avatar "><div class="message-avatar-wrapper"><a href="/members/${p.u.name}.${p.u.id}/"
class="avatar avatar--m" data-user-id="${p.u.id}" data-xf-init="member-tooltip"><img src="/data/avatars/m/${p.u.id}.jpg" alt="${p.u.name}"
class="avatar-u${p.u.id}-m" width="96" height="96" loading="lazy" itemprop="image"></a></div></div><div class="message-userDetails"><h4
class="message-name"><a href="/members/${p.u.name}.${p.u.id}/" class="username " dir="auto" data-user-id="${p.u.id}"><span itemprop="name">${p.u.name}</span>
</a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.u.title}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Joined</dt>\n<dd>${p.u.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt>\n<dd>${p.u.msgs}</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt>\n<dd>${p.u.score}</dd></dl>${
  p.u.loc
    ? `<dl class="pairs pairs--justified"><dt>Location</dt>\n<dd><a href="/misc/location-info?location=${p.u.loc}" rel="nofollow noreferrer" target="_blank"
class="u-concealed">${p.u.loc}</a></dd></dl>`
    : ''
}</div><span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed"><a
href="${tUrl}post-${p.id}" rel="nofollow" itemprop="url">${time(p.date, p.full)}</a></li></ul><ul class="message-attribution-opposite
message-attribution-opposite--list "><li><a href="${tUrl}post-${p.id}" class="message-attribution-gadget" data-xf-init="share-tooltip"
data-href="/posts/${p.id}/share" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a
href="${tUrl}post-${p.id}" rel="nofollow">#${i + 1}</a></li></ul></header><div class="message-content js-messageContent"><div class="message-userContent
lbContainer js-lbContainer " data-lb-id="post-${p.id}" data-lb-caption-desc="${p.u.name} · ${p.full}"><article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${p.quote ? quote(p.quote) : ''}${p.paras.join('<br>\n<br>\n')}</div></div><div
class="js-selectToQuoteEnd">&nbsp;</div></article></div>${
  p.edit ? `<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="2025-03-05T08:40:00+0000">${p.edit}</time></div>` : ''
}${p.u.sig ? `<aside class="message-signature"><div class="bbWrapper">${p.u.sig}</div></aside>` : ''}</div><footer class="message-footer">
<div class="message-microdata" itemprop="interactionStatistic" itemtype="https://schema.org/InteractionCounter" itemscope><meta
itemprop="userInteractionCount" content="2"><meta itemprop="interactionType" content="https://schema.org/LikeAction"></div>${
  p.react
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP" class="reaction-sprite js-reaction" alt="Like"
title="Like"></span></li></ul><span class="u-srOnly">Reactions:</span> <a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay"
rel="nofollow">${p.react}</a></div>`
    : ''
}<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer></div></div></div></article>`;
const html = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-variation="default" data-color-scheme="light" data-template="thread_view"
data-container-key="node-14" data-content-key="thread-9132" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><title>Question - ${title} | The Timber Bench</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.timberbench.example${tUrl}"><meta property="og:site_name" content="The Timber Bench">
<meta property="og:type" content="website"><meta property="og:title" content="Question - ${title}"><meta name="description"
content="I’ve been trying to clean up the end grain on some breadboard ends with my No. 4 smoother and I get chatter every time...">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;k=9b1">
<script src="/js/xf/preamble.min.js?_v=5b2a9e1f"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://www.timberbench.example${tUrl}",
"headline":"${title}","articleSection":"Hand Tools","author":{"@type":"Person","name":"oakleaf_rob",
"url":"https://www.timberbench.example/members/oakleaf_rob.4471/"},
"datePublished":"2025-03-03T19:41:06+00:00","dateModified":"2025-03-05T08:12:44+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/ReplyAction","userInteractionCount":4}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/timber/logo.png" alt="The Timber Bench"
width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><button type="button"
class="button button--plain p-nav-menuTrigger" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" aria-label="Menu"><span
class="button-text"><i aria-hidden="true"></i></span></button><div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll">
<ul class="p-nav-list js-offCanvasNavSource">${nav
  .map((t, i) => `<li><div class="p-navEl${i === 1 ? ' is-selected' : ''}"><a href="/${i}/" class="p-navEl-link" data-nav-id="n${i}">${t}</a></div></li>`)
  .join('\n')}</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link
p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/"
class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu"
aria-label="Search" aria-expanded="false" aria-haspopup="true" title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a>
<div class="menu menu--structural menu--wide" data-menu="menu" aria-hidden="true"><form action="/search/search" method="post" class="menu-content">
<h3 class="menu-header">Search</h3><div class="menu-row"><input type="text" class="input" name="keywords" placeholder="Search…" aria-label="Search">
<select name="constraints" class="js-quickSearch-constraint input" aria-label="Search within">${search
  .slice(0, 4)
  .map((t) => `<option>${t}</option>`)
  .join('')}</select></div><div class="menu-row"><label class="iconic"><input type="checkbox" name="c[title_only]" value="1"><i aria-hidden="true"></i>
<span class="iconic-label">${search[4]}</span></label></div><div class="menu-row"><div class="inputGroup"><span class="inputGroup-text">${search[5]}</span>
<input type="text" class="input" name="c[users]" placeholder="Member"></div></div><div class="menu-footer"><span class="menu-footer-controls"><button
type="submit" class="button button--primary"><span class="button-text">Search</span></button><button type="submit" class="button" name="from_search_menu"><span
class="button-text">${search[6]}</span></button></span></div></form></div></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">${links(sub)}</ul>
</div></div></div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation"><div
class="offCanvasMenu-backdrop" data-menu-close="true"></div><div class="offCanvasMenu-content"><div class="offCanvasMenu-header">Menu<a
class="offCanvasMenu-closer" data-menu-close="true" role="button" tabindex="0" aria-label="Close"></a></div><div class="p-offCanvasRegisterLink"><div
class="offCanvasMenu-linkHolder"><a href="/login/" class="offCanvasMenu-link">Log in</a></div><hr class="offCanvasMenu-separator"><div
class="offCanvasMenu-linkHolder"><a href="/register/" class="offCanvasMenu-link">Register</a></div></div><div class="js-offCanvasNavTarget"></div>
<div class="offCanvasMenu-installBanner js-installPromptContainer" style="display: none;"><div class="offCanvasMenu-installBanner-header">Install the app</div>
<button type="button" class="button js-installPromptButton"><span class="button-text">Install</span></button></div></div></div>
<div class="p-body"><div class="p-body-inner"><ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block"><li class="notice
js-notice notice--primary" data-notice-id="1"><div class="notice-content"><a href="/account/dismiss-notice?notice_id=1" class="notice-dismiss
js-noticeDismiss" data-xf-init="tooltip" title="Dismiss notice"></a>${notice}</div></li></ul>
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">${crumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/c${i}/" itemprop="item"><span
itemprop="name">${c.replace('&', '&amp;')}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--blue" dir="auto">Question</span><span
class="label-append">&nbsp;</span>${title}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user"
aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/members/oakleaf_rob.4471/" class="username  u-concealed"
dir="auto" data-user-id="4471">oakleaf_rob</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span
class="u-srOnly">Start date</span> <a href="${tUrl}" class="u-concealed">${time('Mar 3, 2025', 'Mar 3, 2025 at 7:41 PM')}</a></li></ul></div></div>
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<span class="u-anchorTarget" id="posts"></span><div class="block-outer"><div class="block-outer-opposite"><div class="buttonGroup"><a
href="${tUrl}watch" class="button--link button" data-xf-click="switch-overlay"><span class="button-text">Watch</span></a></div></div></div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote"><div class="block-body js-replyNewMessageContainer">
${posts.map(article).join('\n')}
</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="blockMessage blockMessage--none">You must log in
or register to reply here.</div></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span class="u-anchorTarget"
id="_xfUid-1"></span><h3 class="shareButtons-label">Share:</h3><div class="shareButtons-buttons">${share
  .map((s) => `<a class="shareButtons-button shareButtons-button--${s.toLowerCase()}" href="#_xfUid-1"><i aria-hidden="true"></i><span>${s}</span></a>`)
  .join('\n')}</div></div></div>
<div class="block" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads"><div class="block-container"><h3 class="block-header">Similar
threads</h3><div class="block-body"><div class="structItemContainer">${similar
  .map(
    ([t, u, d, r, v, l, lu]) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div
class="structItem-title"><a href="/threads/${r}/">${t}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/${u}/"
class="username">${u}</a></li>\n<li class="structItem-startDate"><time class="u-dt">${d}</time></li>\n<li><a href="/forums/hand-tools.14/">Hand Tools</a></li>
</ul></div></div><div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt>\n<dd>${r}</dd></dl><dl class="pairs
pairs--justified structItem-minor"><dt>Views</dt>\n<dd>${v}</dd></dl></div><div class="structItem-cell structItem-cell--latest"><time
class="structItem-latestDate u-dt">${l}</time><div class="structItem-minor"><a href="/members/${lu}/" class="username">${lu}</a></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${crumbs
  .map((c, i) => `<li><a href="/c${i}/"><span>${c.replace('&', '&amp;')}</span></a></li>`)
  .join('\n')}</ul>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList"><li><a
href="/misc/style" data-xf-click="overlay" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> Default style</a></li><li><a
href="/misc/language" data-xf-click="overlay" rel="nofollow"><i class="fa--xf far fa-globe" aria-hidden="true"></i> English (UK)</a></li></ul></div><div
class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(footer)}<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink"
title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss"></i><span class="u-srOnly">RSS</span></span></a></li></ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by
XenForo<sup>®</sup> <span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer"><li
class="notice js-notice notice--primary notice--cookie" data-notice-id="-1"><div class="notice-content"><div class="u-alignCenter">${cookie[0]}<br>
${cookie[1]}</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="button button--icon button--icon--confirm
js-noticeDismiss button--notice"><i class="fa--xf far fa-check" aria-hidden="true"></i><span class="button-text">Accept</span></a><a href="/help/cookies"
class="button button--notice"><span class="button-text">Learn more…</span></a></div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=5b2a9e1f"></script><script>jQuery.extend(XF.config, {"visitorCounts":null,"cookie":{"path":"/","domain":""}});</script>
</body></html>`;
const us = Object.values(users);
export const xenforoThread: TestPage = {
  html,
  name: 'heldout128-xenforo-thread',
  kind: 'forum',
  // every post is body (its <br>-separated blocks are the paragraphs); the quoted line and its "... said:" title are in
  // neither list; names, post dates, "Thread starter" / "Start date" values and "Last edited" are bylines; the "Question"
  // prefix label, user titles and extras, post numbers, reactions, the signature, share bar, similar threads, notices,
  // breadcrumbs, navigation and footer are furniture
  title,
  headings: [],
  body: posts.flatMap((p) => texts(p.paras)),
  bylines: [...us.map((u) => u.name), 'Mar 3, 2025', 'Mar 4, 2025', 'Mar 5, 2025', 'Last edited: Mar 5, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...nav, 'Log in', 'Register', 'Search', ...search, ...sub, 'Menu', 'Install the app', 'Install', notice, ...crumbs, 'Question', 'Thread starter',
    'Start date', 'Watch', ...us.flatMap((u) => [u.title, u.joined, u.msgs, u.score, u.loc ?? '', u.sig ?? '']), 'Joined', 'Messages', 'Reaction score',
    'Location', '#1', '#2', '#3', '#4', '#5', 'Click to expand...', 'Reactions:', 'Heddwen_Joiner and tsuki_and_saw',
    'oakleaf_rob, tsuki_and_saw and 3 others', 'oakleaf_rob and Heddwen_Joiner', 'You must log in or register to reply here.', 'Share:', ...share,
    'Similar threads', ...similar.flat(), 'Replies', 'Views', 'Default style', 'English (UK)', ...footer, 'RSS',
    'Community platform by XenForo® © 2010-2025 XenForo Ltd.', ...cookie, 'Accept', 'Learn more…',
  ].filter((t) => t !== ''))],
};
