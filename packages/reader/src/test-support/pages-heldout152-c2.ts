import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 152, file c2: a XenForo 2.3 thread on a car owners' club forum as a guest saves it (the p-header logo,
 * the sticky p-nav with Forums / What's new / Media / Classifieds / Members, Log in / Register / Search, the sub-nav, the
 * breadcrumbs, the h1 with its "Help" prefix label inside it, the "Thread starter" / "Start date" description, messages
 * with the user cell (name, user title, Joined / Messages / Reaction score / Location / Car pairs), attribution with date,
 * share gadget and "#n", bbWrapper text with <br> breaks, an ordered list, a quote with "said:" and "Click to expand...",
 * the attachment list, "Last edited:", the Reply action, the reactions bar, an ad unit, "You must log in or register to
 * reply here.", "Similar threads", the share buttons, the footer and the cookie notice in the bottom fixer).
 */
const xfTitle = 'Idle hunting between 900 and 1400 rpm after cleaning the throttle body';
interface XfPost {
  id: string;
  user: string;
  utitle: string;
  joined: string;
  msgs: string;
  score: string;
  loc: string;
  car: string;
  date: string;
  time: string;
  html: string;
  quote?: readonly [string, string] | undefined;
  attach?: readonly [string, string] | undefined;
  edited?: string | undefined;
  reactions?: string | undefined;
}
const xfP1 = [
  'Car is a 2016 Ferrand Corsa 2.0 manual, 84k miles. Last weekend I cleaned the throttle body because the idle was getting a bit ' +
    'lumpy. Since then it hunts between about 900 and 1400 rpm every time it comes to a stop, and twice it has nearly stalled at junctions.',
  'I disconnected the battery for ten minutes afterwards like the guides say. No warning lights, and my cheap OBD reader shows no stored codes.',
  'Have I broken something, or is there a relearn I have missed?',
];
const xfP2 = [
  'Almost certainly the idle relearn. On the Corsa the ECU remembers how far it had to open the throttle to hold idle with all that ' +
    'carbon in the bore. Now the bore is clean it lets in more air than the ECU expects, so it overshoots, pulls back and overshoots again.',
  'Disconnecting the battery clears the learned values on some cars, but not on these. You need the relearn procedure:',
];
const xfList = [
  'Engine fully warm, all electrical loads off, steering wheel straight.',
  'Ignition on for three seconds, then off for ten, without starting the engine.',
  'Start it and leave it idling with your feet off the pedals for ten minutes, even if it hunts at first.',
  'Switch the air conditioning on for the last two minutes, then off again before you drive.',
];
const xfP3 = [
  'Did that this morning and it settled after about six minutes. Idle is steady at 820 now and it has not dipped once on the school run. ' +
    'Thank you, I was about to order a new idle control sensor.',
];
const xfP4 = [
  'Worth knowing for next time: if you clean it again, do not push the throttle plate open by hand with the ignition on. That is the ' +
    'usual way people damage the motor in these units, and then no relearn will fix it. Clean it with the battery disconnected, wipe ' +
    'the plate and the bore with a lint-free cloth, and let the cleaner evaporate before you reconnect anything.',
];
const xfPosts: readonly XfPost[] = [
  {
    id: '1122841',
    user: 'westbound_gt',
    utitle: 'New member',
    joined: 'Jan 8, 2025',
    msgs: '14',
    score: '6',
    loc: 'Swindon',
    car: 'Corsa 2.0 Sport',
    date: 'Jun 2, 2025',
    time: '7:41 PM',
    html: xfP1.join('<br>\n<br>\n'),
    attach: ['throttle_body_before.jpeg', '214.6 KB · Views: 88'],
  },
  {
    id: '1122857',
    user: 'RevMatchRob',
    utitle: 'Well-known member',
    joined: 'Mar 14, 2019',
    msgs: '3,207',
    score: '1,877',
    loc: 'Stroud',
    car: 'Corsa 2.0 GT, Vireo 1.6',
    date: 'Jun 2, 2025',
    time: '8:26 PM',
    html: `${xfP2.join('<br>\n<br>\n')}<br>\n<ol>${xfList.map((t) => `<li data-xf-list-type="ol">${t}</li>`).join('\n')}</ol>`,
    reactions: 'westbound_gt, Katya_F and 6 others',
  },
  {
    id: '1122903',
    user: 'westbound_gt',
    utitle: 'New member',
    joined: 'Jan 8, 2025',
    msgs: '14',
    score: '6',
    loc: 'Swindon',
    car: 'Corsa 2.0 Sport',
    date: 'Jun 3, 2025',
    time: '9:02 AM',
    quote: ['RevMatchRob', 'Start it and leave it idling with your feet off the pedals for ten minutes, even if it hunts at first.'],
    html: xfP3.join(''),
    edited: 'Jun 3, 2025',
    reactions: 'RevMatchRob and Katya_F',
  },
  {
    id: '1122950',
    user: 'Katya_F',
    utitle: 'Member',
    joined: 'Aug 22, 2021',
    msgs: '512',
    score: '309',
    loc: 'Leeds',
    car: 'Corsa 1.6',
    date: 'Jun 3, 2025',
    time: '12:40 PM',
    html: xfP4.join(''),
  },
];
const xfNav = ['Home', 'Forums', 'What’s new', 'Media', 'Classifieds', 'Members'];
const xfSub = ['New posts', 'Search forums'];
const xfCrumbs = ['Home', 'Forums', 'Technical', 'Engine and Drivetrain'];
const xfShare = ['Share:', 'Facebook', 'X', 'Bluesky', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Share', 'Link'];
const xfSimilar: [string, string, string, string][] = [
  ['Corsa stalls when coming to a stop, only when warm', 'Kestrel_88', 'Replies: 12', 'Engine and Drivetrain'],
  ['Throttle body gasket part number?', 'dunmow_dave', 'Replies: 4', 'Parts and Accessories'],
  ['Best OBD reader for the 2.0 under £50', 'pixel_petrol', 'Replies: 27', 'General Chat'],
];
const xfFoot = ['Default Style', 'English (UK)', 'Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const xfCookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'By continuing to use this site, you are consenting to our use of cookies.',
  'Accept',
  'Learn more…',
];
const xfIcon = (n: string): string => `<i class="fa--xf far fa-${n}" aria-hidden="true"></i>`;
const xfTime = (d: string, t: string, prop = ''): string =>
  `<time class="u-dt" dir="auto" datetime="2025-06-02T19:41:08+0100" data-timestamp="1748889668" data-date="${d}" data-time="${t}"
data-short="${d.slice(0, 5)}" title="${d} at ${t}"${prop}>${d}</time>`;
const xfPost = (p: XfPost, i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://www.corsaclub.example/posts/${p.id}/">
<meta itemprop="parentItem" itemscope itemid="https://www.corsaclub.example/threads/idle-hunting.88213/"><span class="u-anchorTarget" id="post-${p.id}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.user}.${p.score}/" class="avatar
avatar--m" data-user-id="${p.score}" data-xf-init="member-tooltip"><img src="/data/avatars/m/0/${p.score}.jpg" alt="${p.user}" class="avatar-u${p.score}-m"
width="96" height="96" loading="lazy" itemprop="image"></a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user}/"
class="username" dir="auto" data-user-id="${p.score}" data-xf-init="member-tooltip"><span itemprop="name">${p.user}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.utitle}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Joined</dt>
<dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt>
<dd>${p.msgs}</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt>
<dd>${p.score}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt>
<dd>${p.loc}</dd></dl>
<dl class="pairs pairs--justified" data-field="car"><dt>Car</dt>
<dd>${p.car}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/idle-hunting.88213/post-${p.id}" rel="nofollow" itemprop="url">
${xfTime(p.date, p.time, ' itemprop="datePublished"')}</a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list">
<li><a href="/threads/idle-hunting.88213/post-${p.id}" class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share" rel="nofollow">
${xfIcon('share-alt')}</a></li><li><a href="/threads/idle-hunting.88213/post-${p.id}" rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 1877" data-quote="${p.quote[0]}" data-source="post: 1122857" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=1122857" class="bbCodeBlock-sourceJump" rel="nofollow"
data-xf-click="attribution" data-content-selector="#post-1122857">${p.quote[0]} said:</a></div><div class="bbCodeBlock-content"><div
class="bbCodeBlock-expandContent js-expandContent">${p.quote[1]}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to
expand...</a></div></div></blockquote>`
    : ''
}${p.html}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article>${
  p.attach
    ? `<section class="message-attachments"><h4 class="block-textHeader">Attachments</h4><ul class="attachmentList"><li class="file file--linked">
<a class="file-preview js-lbImage" href="/attachments/${p.attach[0]}.40211/" target="_blank"><img src="/data/attachments/40/40211-thumb.jpg"
alt="${p.attach[0]}"
width="200" height="150" loading="lazy"></a><div class="file-content"><div class="file-info"><span class="file-name"
title="${p.attach[0]}">${p.attach[0]}</span>
<div class="file-meta">${p.attach[1]}</div></div></div></li></ul></section>`
    : ''
}</div>${p.edited ? `<div class="message-lastEdit">Last edited: ${xfTime(p.edited, '9:15 AM')}</div>` : ''}</div><footer class="message-footer">
<div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/threads/idle-hunting.88213/reply?quote=${p.id}"
class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote">Reply</a></div></div>
<div class="reactionsBar js-reactionsList${p.reactions ? ' is-active' : ''}">${
  p.reactions
    ? `<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like"></span></li>
</ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay" rel="nofollow">${p.reactions
        .split(', ')
        .join(', ')}</a>`
    : ''
}</div><div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer></div></div></div></article>${
  i === 0
    ? `\n<div class="samCodeUnit samAlignCenter" data-position="container_message_below_1"><div class="samItem"><span class="samLabel">Advertisement</span>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-7712" data-ad-slot="4410"></ins></div></div>`
    : ''
}`;
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14"
data-content-key="thread-88213" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head>
<meta charset="utf-8"><title>Help - ${xfTitle} | Corsa Owners Club</title><link rel="manifest" href="/webmanifest.php">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><link rel="canonical"
href="https://www.corsaclub.example/threads/idle-hunting.88213/">
<meta name="description" content="Car is a 2016 Ferrand Corsa 2.0 manual, 84k miles."><meta property="og:site_name" content="Corsa Owners Club">
<meta property="og:type" content="website"><meta property="og:title" content="Help - ${xfTitle}"><meta property="twitter:card" content="summary">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1748000000">
<script src="/js/xf/preamble.min.js?_v=ab12cd34"></script><script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://www.corsaclub.example/threads/idle-hunting.88213/","headline":"${xfTitle}","articleSection":"Engine and Drivetrain","author":{"@type":"Person",
"name":"westbound_gt"},"datePublished":"2025-06-02T18:41:08+00:00","interactionStatistic":{"@type":"InteractionCounter","interactionType":
"https://schema.org/ReplyAction","userInteractionCount":3}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="https://www.corsaclub.example"><img src="/styles/corsa/logo.png"
alt="Corsa Owners Club" width="240" height="60"></a></div></div></div></header><div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
<nav class="p-nav"><div class="p-nav-inner"><button type="button" class="button button--plain p-nav-menuTrigger" data-xf-click="off-canvas"
data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="Menu"><span class="button-text"><i aria-hidden="true"></i></span></button>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${xfNav
  .map(
    (t) => `<li><div class="p-navEl${t === 'Forums' ? ' is-selected' : ''}"><a href="/${t.toLowerCase()}/" class="p-navEl-link"
data-nav-id="${t.toLowerCase()}">${t}</a>
</div></li>`,
  )
  .join('')}</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link
p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">
Register</span></a></div><div class="p-navgroup p-discovery"><a href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew"
aria-label="What's new" title="What's new"><i aria-hidden="true"></i><span class="p-navgroup-linkText">What’s new</span></a><a href="/search/"
class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" aria-label="Search"><i aria-hidden="true"></i>
<span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div><div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller">
<div class="hScroller-scroll"><ul class="p-sectionLinks-list">${xfSub
  .map(
    (t) => `<li><div class="p-navEl"><a href="/x"
class="p-navEl-link">${t}</a></div></li>`,
  )
  .join('')}
</ul></div></div></div><div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true"></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${xfCrumbs
  .map(
    (
      t,
      i,
    ) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/x${i}" itemprop="item"><span itemprop="name">${t}</span></a>
<meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ul><div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--blue" dir="auto">Help</span><span
class="label-append">&nbsp;</span>${xfTitle}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li>${xfIcon('user')}<span
class="u-srOnly">Thread starter</span><a href="/members/westbound_gt.6/" class="username u-concealed" dir="auto" data-user-id="6">westbound_gt</a></li>
<li>${xfIcon('clock')}<span class="u-srOnly">Start date</span><a href="/threads/idle-hunting.88213/" class="u-concealed">${xfTime('Jun 2, 2025', '7:41 PM')}</a>
</li></ul></div></div><div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages"
data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-container lbContainer" data-xf-init="lightbox"
data-lb-id="thread-88213"><div class="block-body js-replyNewMessageContainer">
${xfPosts.map(xfPost).join('\n')}
</div></div></div><div class="blockMessage blockMessage--alt blockMessage--small blockMessage--center"><a href="/login/" data-xf-click="overlay">You must log
in or register to reply here.</a></div><div class="block" data-widget-key="similar_threads"><div class="block-container"><h3 class="block-header">Similar
threads</h3><div class="block-body"><div class="structItemContainer">${xfSimilar
  .map(
    ([t, u, r, f]) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title">
<a href="/threads/x/" data-tp-primary="on">${t}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/x/"
class="username" dir="auto">${u}</a></li><li class="structItem-startDate">${r}</li><li><a href="/forums/x/">${f}</a></li></ul></div></div></div>`,
  )
  .join('\n')}</div></div></div></div><div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons">
<span class="shareButtons-label">${xfShare[0]}</span><div class="shareButtons-buttons">${xfShare
  .slice(1)
  .map(
    (t) => `<a class="shareButtons-button shareButtons-button--brand shareButtons-button--${t.toLowerCase()}" data-href="#"><i aria-hidden="true"></i>
<span>${t}</span></a>`,
  )
  .join('')}</div></div></div></div></div></div><ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(xfCrumbs)}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay" title="Style chooser" rel="nofollow">${xfIcon('paint-brush')} ${xfFoot[0]}</a></li><li><a
href="/misc/language"
data-xf-click="overlay" title="Language chooser" rel="nofollow">${xfIcon('globe')} ${xfFoot[1]}</a></li></ul></div><div class="p-footer-row-opposite">
<ul class="p-footer-linkList">${links(xfFoot.slice(2, 7))}<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS">
<span aria-hidden="true">${xfIcon('rss')}<span class="u-srOnly">RSS</span></span></a></li></ul></div></div><div class="p-footer-copyright">
<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>®</sup> <span
class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer">
<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0"
data-visibility=""><div class="notice-content"><div class="u-alignCenter">${xfCookie[0]}<br>${xfCookie[1]}</div><div class="u-inputSpacer u-alignCenter">
<a href="/account/dismiss-notice" class="button--notice button button--icon button--icon--confirm js-noticeDismiss"><span
class="button-text">${xfCookie[2]}</span>
</a><a href="/help/cookies" class="button--notice button"><span class="button-text">${xfCookie[3]}</span></a></div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=ab12cd34"></script><script>jQuery.extend(XF.config, {"userId":0,"visitorCounts":{"conversationsUnread":0}});</script>
</body></html>`;
export const xenforoThread: TestPage = {
  html: xfHtml,
  name: 'heldout152-xenforo2-car-forum-thread',
  kind: 'forum',
  // every post is body (the <br>-separated stretches, the relearn list); the quote is in neither list; the "Help" prefix
  // label inside the h1 is furniture and not part of the title; user names, dates and "Last edited:" are bylines; user
  // titles and the Joined / Messages / Reaction score / Location / Car pairs, "#n", attachments, reactions, the ad label,
  // similar threads, share buttons, breadcrumbs, nav, footer and cookie notice are furniture
  title: xfTitle,
  headings: [],
  body: [...texts(xfP1), ...texts(xfP2), ...xfList, ...texts(xfP3), ...texts(xfP4)],
  bylines: ['westbound_gt', 'RevMatchRob', 'Katya_F', 'Jun 2, 2025', 'Jun 3, 2025', 'Last edited: Jun 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...xfNav, 'Log in', 'Register', 'Search', ...xfSub, ...xfCrumbs, 'Help', 'Thread starter', 'Start date', 'New member', 'Well-known member', 'Member',
    ...new Set(xfPosts.flatMap((p) => [`Joined ${p.joined}`, `Messages ${p.msgs}`, `Reaction score ${p.score}`, `Location ${p.loc}`, `Car ${p.car}`])),
    '#1', '#2', '#3', '#4', 'Attachments', 'throttle_body_before.jpeg', '214.6 KB · Views: 88', 'Click to expand...', 'Reply', 'Reactions:',
    'westbound_gt, Katya_F and 6 others', 'RevMatchRob and Katya_F', 'Advertisement', 'You must log in or register to reply here.', 'Similar threads',
    ...xfSimilar.flat(), ...xfShare, ...xfFoot, 'Community platform by XenForo® © 2010-2025 XenForo Ltd.', ...xfCookie,
  ])],
};
