import { links, type TestPage, texts } from './page-kit.js';
import { woodPage } from './pages-heldout201-d2.js';
import { paras } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file d: a model railroad forum thread on XenForo 2 as a guest saves it (header, the navigation with
 * its section links, "Log in" / "Register", the guest notice, breadcrumbs, the prefixed thread title with "Thread starter"
 * and "Start date", the pager, posts with member titles, joined / messages / reaction score / location, post dates and
 * numbers, a quoted post with "said:" and "Click to expand...", a "Last edited" line, signatures, reaction summaries, the
 * Like / Reply / Report action bar, the "You must log in" prompt, the share row, similar threads, the cookie notice and the
 * footer) and, from file d2, a woodworking forum thread on vBulletin 4.
 */
const mrTitle = 'Sound locos stalling on Electrofrog turnouts since going DCC';
type Post = { id: number; user: string; title: string; joined: string; msgs: string; score: string; loc: string; date: string; n: string };
const mrPosts: (Post & { text: string[]; quote?: string; edited?: string; sig?: string; reactions?: string })[] = [
  {
    ...{ id: 30811, user: 'SteamOnTheBranch', title: 'Well-known member', joined: 'Feb 9, 2016', msgs: '1,482', score: '903', loc: 'Derbyshire' },
    ...{ date: 'Mar 2, 2025', n: '#1', edited: 'Last edited: Mar 2, 2025', sig: 'Ashworth Dale: OO gauge, Midland branch line, 1950s' },
    reactions: 'Nan Okafor, Ferrybridge Phil and 3 others',
    text: paras(`
I finally converted the layout to DCC over the winter, and the diesels run beautifully. The trouble is my two sound-fitted tank
engines. Both stall on the three Peco Electrofrog points in the fiddle yard, always on the frog, and when they stall the sound
cuts out and restarts, which makes a terrible racket.

The points are wired the way the instructions say for DCC, with the rail joiners at the frog end insulated and the frogs switched
through the microswitches on the point motors. The non-sound locos do not stall at all. Track is clean and I have checked the back
to back on both wheelsets with a gauge.

Any ideas before I start ripping things up?`),
  },
  {
    ...{ id: 30814, user: 'Nan Okafor', title: 'Active member', joined: 'Jul 21, 2019', msgs: '388', score: '241', loc: 'Halifax' },
    ...{ date: 'Mar 2, 2025', n: '#2' },
    text: paras(`
Short wheelbase tank engines are the classic victims of this. On an Electrofrog point there is a short dead section while the
switch blades change polarity, and a small loco with pickups on only some wheels can find itself entirely on it. A diesel with
bogies spans it easily.

The sound decoder makes it more obvious because it reboots every time it loses power, where a non-sound decoder just coasts.
A stay-alive capacitor on each of the sound locos usually cures it completely. Most sound decoders have the connections for one.`),
  },
  {
    ...{ id: 30820, user: 'Ferrybridge Phil', title: 'Member', joined: 'Nov 3, 2022', msgs: '57', score: '40', loc: 'West Yorkshire' },
    ...{ date: 'Mar 3, 2025', n: '#3' },
    quote: 'Both stall on the three Peco Electrofrog points in the fiddle yard, always on the frog',
    reactions: 'SteamOnTheBranch and Nan Okafor',
    text: paras(`
Before you buy stay-alives, check the microswitches. I had exactly this and it turned out one of them was changing over a fraction
too late, so the frog was the wrong polarity for a moment as the loco arrived. Watching with a meter while you throw the point
slowly will show it. Bending the actuating arm slightly fixed mine.

If all three points behave the same, though, Nan is probably right and it is the locos, not the wiring.`),
  },
  {
    ...{ id: 30846, user: 'SteamOnTheBranch', title: 'Well-known member', joined: 'Feb 9, 2016', msgs: '1,482', score: '903', loc: 'Derbyshire' },
    ...{ date: 'Mar 9, 2025', n: '#4', sig: 'Ashworth Dale: OO gauge, Midland branch line, 1950s' },
    reactions: 'Nan Okafor, Ferrybridge Phil and 5 others',
    text: paras(`
Thanks both. Phil, the switches were fine on all three, so I fitted a stay-alive to the older of the two tanks this weekend. There
was just room under the bunker once I moved the speaker. It now crawls through the fiddle yard at speed step two without a
flicker, and the sound carries on for a second or so if I lift it off the track.

Ordering another for the second loco now. Marking this solved in case anyone finds it later.`),
  },
];
const mrNav = ['Forums', 'What\u2019s new', 'Media', 'Members', 'New posts', 'Search forums'];
const mrGuest = ['Log in', 'Register'];
const mrNotice = 'Welcome to Ashby Junction Forums. Register for free to join the conversation and see the full photo galleries.';
const mrCrumbs = ['Home', 'Forums', 'Layouts and Track', 'DCC and Electrics'];
const mrActions = ['Like', 'Reply', 'Report'];
const mrShare = ['Share:', 'Facebook', 'X', 'Reddit', 'Pinterest', 'WhatsApp', 'Email', 'Share', 'Link'];
const mrSimilar = [
  'Similar threads',
  'Stay-alive capacitor sizes for OO tank engines',
  'Wiring Electrofrog points for DCC: a walkthrough',
  'Microswitch or Frog Juicer?',
];
const mrCookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register. By continuing ' +
    'to use this site, you are consenting to our use of cookies.',
  'Accept',
  'Learn more…',
];
const mrFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const mrPost = (p: (typeof mrPosts)[number]): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment"><span class="u-anchorTarget" id="post-${p.id}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a class="avatar avatar--m" href="/members/${p.id}/"><img alt="${p.user}"
src="/data/avatars/m/${p.id}.jpg"></a></div></div><div class="message-userDetails"><h4 class="message-name"><a class="username" dir="auto"
itemprop="name" href="/members/${p.id}/">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt>
<dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt>
<dd>${p.loc}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/5512/post-${p.id}" rel="nofollow" itemprop="url"><time class="u-dt"
dir="auto" datetime="2025-03-02T19:41:00+0000" title="${p.date}" itemprop="datePublished">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a class="message-attribution-gadget" data-xf-init="share-tooltip"
href="/threads/5512/post-${p.id}" title="Share"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/5512/post-${p.id}"
rel="nofollow">${p.n}</a></li></ul></header><div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote === undefined
    ? ''
    : `<blockquote data-attributes="member: 30811" data-quote="SteamOnTheBranch" data-source="post: 30811" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=30811" class="bbCodeBlock-sourceJump">SteamOnTheBranch said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div><div class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
}${p.text.join('<br>\n<br>\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${p.edited === undefined ? '' : `<div class="message-lastEdit">${p.edited}</div>`}
${p.sig === undefined ? '' : `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>`}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">${mrActions
  .slice(0, 2)
  .map((a) => `<a href="#" class="actionBar-action actionBar-action--${a.toLowerCase()}">${a}</a>`)
  .join('')}</div><div class="actionBar-set actionBar-set--internal"><a href="#" class="actionBar-action actionBar-action--report">${mrActions[2]}</a>
</div></div>${
  p.reactions === undefined
    ? ''
    : `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"></span></li></ul>
<a class="reactionsBar-link" href="#">${p.reactions}</a></div>`
}</footer></div></div></div></article>`;
const mrHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-logged-in="false" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><title>Sound locos stalling on Electrofrog turnouts since going DCC | Ashby Junction Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta property="og:site_name" content="Ashby Junction Forums">
<meta property="og:type" content="website"><meta property="og:title" content="${mrTitle}">
<link rel="canonical" href="https://www.ashbyjunction.example/threads/sound-locos-stalling-on-electrofrog-turnouts-since-going-dcc.5512/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1739112003">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${mrTitle}",
"author":{"@type":"Person","name":"SteamOnTheBranch"},"datePublished":"2025-03-02T19:41:00+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<script src="/js/xf/preamble.min.js?_v=4b1b0b8f"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/ashby/logo.png" alt="Ashby Junction Forums" width="300" height="60"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller">
<div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${links(mrNav.slice(0, 4), 'p-navEl')}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">${mrGuest[0]}</span></a><a href="/register/" class="p-navgroup-link
p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span
class="p-navgroup-linkText">${mrGuest[1]}</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><ul class="p-sectionLinks-list">${links(mrNav.slice(4), 'p-navEl')}</ul></div></div>
<div class="p-body"><div class="p-body-inner"><ul class="notices notices--block js-notices"><li class="notice js-notice notice--primary" data-notice-id="1">
<div class="notice-content"><a href="/account/dismiss-notice?notice_id=1" class="notice-dismiss js-noticeDismiss"
title="Dismiss notice"></a>${mrNotice}</div></li></ul>
<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${mrCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/c${i}/" itemprop="item"><span
itemprop="name">${c}</span></a>
<meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--blue" dir="auto">Help</span><span
class="label-append">&nbsp;</span>${mrTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span
class="u-srOnly">Thread starter</span> <a href="/members/30811/" class="username u-concealed" dir="auto">SteamOnTheBranch</a></li><li><i
class="fa--xf far fa-clock"
aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span> <a href="/threads/5512/" class="u-concealed"><time
class="u-dt">Mar 2, 2025</time></a>
</li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${mrPosts.map(mrPost).join('\n')}
</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button" data-xf-click="overlay">
<span class="button-text">You must log in or register to reply here.</span></a></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span
class="shareButtons-label">${mrShare[0]}</span>
<div class="shareButtons-buttons">${mrShare
  .slice(1)
  .map((s) => `<a class="shareButtons-button" href="#"><i aria-hidden="true"></i><span>${s}</span></a>`)
  .join('')}</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">${mrSimilar[0]}</h3><ul
class="block-body">${links(mrSimilar.slice(1), 'block-row')}</ul>
</div></div></div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(mrFoot)}</ul></div></div><div class="p-footer-copyright">Community platform by XenForo® © 2010-2025 XenForo Ltd.</div></div></footer></div>
<ul class="notices notices--bottom_fixer js-notices"><li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0">
<div class="notice-content"><div class="u-alignCenter">${mrCookie[0]}</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice"
class="js-noticeDismiss button--notice button"><span class="button-text">${mrCookie[1]}</span></a><a href="/help/cookies" class="button--notice button">
<span class="button-text">${mrCookie[2]}</span></a></div></div></li></ul>
<script src="/js/xf/core-compiled.js?_v=4b1b0b8f"></script><script>XF.ready(function() { XF.config.guest = true; });</script></body></html>`;
const railroad: TestPage = {
  html: mrHtml,
  name: 'heldout201-xenforo-model-railroad-thread',
  kind: 'forum',
  // the thread title without its "Help" prefix label is the title; "Thread starter" / "Start date" labels, member titles
  // and stats, post numbers, signatures and reaction summaries are furniture; the quoted line is in neither list
  title: mrTitle,
  headings: [],
  body: texts(mrPosts.flatMap((p) => p.text)),
  bylines: ['SteamOnTheBranch', 'Nan Okafor', 'Ferrybridge Phil', 'Mar 2, 2025', 'Mar 3, 2025', 'Mar 9, 2025', 'Last edited: Mar 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mrNav.filter((t) => t !== 'Forums'), ...mrGuest, mrNotice, ...mrCrumbs, 'Thread starter', 'Start date',
    ...new Set(mrPosts.flatMap((p) => [p.title, p.joined, p.msgs, p.score, p.loc])),
    'Joined', 'Messages', 'Reaction score', 'Location', '#1', '#2', '#3', '#4', 'SteamOnTheBranch said:', 'Click to expand...',
    'Ashworth Dale: OO gauge, Midland branch line, 1950s', 'Nan Okafor, Ferrybridge Phil and 3 others', 'SteamOnTheBranch and Nan Okafor',
    'Nan Okafor, Ferrybridge Phil and 5 others', ...mrActions, 'You must log in or register to reply here.', ...mrShare, ...mrSimilar,
    ...mrFoot, 'Community platform by XenForo® © 2010-2025 XenForo Ltd.', ...mrCookie,
  ],
};

export const HELDOUT201_D: readonly TestPage[] = [railroad, woodPage];
