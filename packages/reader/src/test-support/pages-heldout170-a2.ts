import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 170, file a2: a CivFanatics thread (XenForo 2 with the site's game-section nav, a thread prefix label, the
 * starter and date line, posts with user titles, a staff banner, "Joined / Messages / Location" pairs, an ad slot after the
 * first post, a quote, a spoiler button, "Last edited" lines, reaction summaries, the guest reply prompt, "Similar threads",
 * the style chooser and footer, and the cookie notice).
 */
const title = 'Ember Age mod: settler pump or early wonder rush on Prince?';
type Post = {
  id: number;
  user: string;
  rank: string;
  joined: string;
  msgs: string;
  loc?: string;
  time: string;
  paras: string[];
  quote?: string;
  edit?: string;
  react?: string;
  staff?: boolean;
};
const posts: Post[] = [
  {
    id: 16640112,
    user: 'Sandrine_Okoro',
    rank: 'Chieftain',
    joined: 'Feb 2, 2021',
    msgs: '214',
    loc: 'Lyon',
    time: 'Oct 3, 2025',
    react: 'Gorvath and Tull Ironside',
    paras: [
      `I have been playing the Ember Age mod for Civ4 for about a month now and I keep losing the early race for the Hearthstone
wonder. The AI on Prince seems to start it around turn 40, and by the time I have the bronze tech and a decent production city it
is gone.`,
      `My usual opening is warrior, worker, settler, settler, then whatever wonder looks good. Should I just give up on the early
wonders in this mod and pump settlers until I run out of land, or is there a build that gets Hearthstone reliably?`,
    ],
  },
  {
    id: 16640187,
    user: 'Gorvath',
    rank: 'Deity',
    joined: 'Nov 18, 2008',
    msgs: '12,377',
    loc: 'Somewhere cold',
    time: 'Oct 3, 2025',
    quote: 'Should I just give up on the early wonders in this mod',
    react: 'Sandrine_Okoro, Marek_V and 3 others',
    paras: [
      `Not give up, but be choosy. Hearthstone in Ember Age gives the free forge in every city on the same landmass, which is strong
on a Pangaea map and close to worthless on islands. Look at the map before you decide, not after.`,
      `If you do go for it, the mod changed chopping: forests give 20 hammers instead of 30 until you have the woodworking tech, so
the old chop-rush timing from the base game is too slow. Get woodworking first, then chop two or three forests straight into the
wonder. That usually lands it before turn 35 for me.`,
    ],
  },
  {
    id: 16640233,
    user: 'Tull Ironside',
    rank: 'Modder',
    staff: true,
    joined: 'May 7, 2014',
    msgs: '3,905',
    time: 'Oct 4, 2025',
    edit: 'Last edited: Oct 4, 2025',
    react: 'Gorvath, Sandrine_Okoro and 6 others',
    paras: [
      `Mod team here. Gorvath is right about chopping; that was a deliberate change to slow down the very early wonders. We also made
the Prince AI weight Hearthstone more heavily if it starts near stone, so when you see stone near an AI capital, expect it to go
early.`,
      `Two things that help: the Quarryman's Guild belief gives plus one hammer on stone and marble tiles, and capturing an AI worker
with your first warrior is still possible if you are aggressive. Neither is guaranteed, which is sort of the point.`,
      `We are looking at the timings again for version 1.4, so feedback like this thread is genuinely useful.`,
    ],
  },
  {
    id: 16640301,
    user: 'Sandrine_Okoro',
    rank: 'Chieftain',
    joined: 'Feb 2, 2021',
    msgs: '214',
    loc: 'Lyon',
    time: 'Oct 5, 2025',
    react: 'Tull Ironside',
    paras: [
      `Tried it on a new Pangaea start: woodworking first, three chops, and the capital on a hill next to stone. Hearthstone
completed on turn 33 and the forges made the next four cities grow noticeably faster. Lost the second wonder, but I can live with that.`,
      `Thanks both. I will post again once 1.4 is out.`,
    ],
  },
];
const nav = ['Home', 'Forums', 'Civ7', 'Civ6', 'Civ5', 'Civ4', 'Downloads', 'Screenshots', 'Wiki'];
const crumbs = ['Forums', 'Civilization IV', 'Civ4 - Strategy & Tips'];
const similar = [
  ['Ember Age 1.3 released: full changelog', 'Tull Ironside', 'Sep 12, 2025', 'Replies 58'],
  ['Best leader for a wonder-heavy game?', 'Marek_V', 'Aug 30, 2025', 'Replies 14'],
  ['Chop timings on Emperor, a spreadsheet', 'Gorvath', 'Jul 2, 2025', 'Replies 22'],
];
const foot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const cookie =
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register. ' +
  'By continuing to use this site, you are consenting to our use of cookies.';
const userBlock = (p: Post): string => `<section class="message-user"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${p.id % 613}/" class="avatar avatar--m" data-user-id="${p.id % 613}" data-xf-init="member-tooltip"><img
src="/data/avatars/m/${p.id % 613}.jpg" alt="${p.user}" class="avatar-u${p.id % 613}-m" width="96" height="96" loading="lazy"></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.id % 613}/" class="username" dir="auto" data-user-id="${p.id % 613}"
data-xf-init="member-tooltip"><span class="${p.staff ? 'username--staff ' : ''}username--style${p.staff ? 4 : 2}">${p.user}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto">${p.rank}</h5>
${
  p.staff
    ? '<div class="userBanner userBanner userBanner--staff message-userBanner" dir="auto">' +
      '<span class="userBanner-before"></span><strong>Ember Age Team</strong><span class="userBanner-after"></span></div>'
    : ''
}
</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl>
${
  p.loc
    ? `<dl class="pairs pairs--justified"><dt>Location</dt><dd><a href="/misc/location-info?location=${p.loc}" rel="nofollow noreferrer"
target="_blank" class="u-concealed">${p.loc}</a></dd></dl>`
    : ''
}</div><span class="message-userArrow"></span></section>`;
const post = (p: Post, n: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}"><span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner">
<div class="message-cell message-cell--user">${userBlock(p)}</div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline">
<li class="u-concealed"><a href="/threads/ember-age-mod.690112/post-${p.id}" rel="nofollow"><time class="u-dt" dir="auto" datetime="2025-10-03T14:00:00+0100"
data-date="${p.time}" title="${p.time}">${p.time}</time></a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list">
<li><a href="/threads/ember-age-mod.690112/post-${p.id}" class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share" rel="nofollow">
<i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/ember-age-mod.690112/post-${p.id}" rel="nofollow">#${n}</a></li></ul>
</header><div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article
class="message-body js-selectToQuote">
<div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 98211" data-quote="Sandrine_Okoro" data-source="post: 16640112"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=16640112"
class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution">Sandrine_Okoro said:</a></div><div class="bbCodeBlock-content">
<div class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button"
tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div><div class="js-selectToQuoteEnd">&nbsp;</div>
</article></div>${p.edit ? `<div class="message-lastEdit">${p.edit}</div>` : ''}</div><footer class="message-footer"><div
class="reactionsBar js-reactionsList is-active">
<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like"
title="Like"></span></li></ul>
<span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay" rel="nofollow">
<bdi>${p.react}</bdi></a></div></footer></div></div></div></article>`;
const ad = `<div class="samCodeUnit" data-position="container_message_above_1"><div class="samItem"><span class="samAdLabel">Advertisement</span>
<div id="cf-thread-ad-1" data-ad-slot="cf_thread_inline" style="min-height:250px"></div><script>window.cfads = window.cfads || [];
cfads.push({slot: 'cf-thread-ad-1', sizes: [[728, 90], [300, 250]]});</script></div></div>`;
const html = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-437"
data-content-key="thread-690112" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head>
<meta charset="utf-8"><title>${title} | CivFanatics Forums</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="I have been playing the Ember Age mod for Civ4 for about a month now and I keep losing the early race for the Hearthstone
wonder.">
<meta property="og:site_name" content="CivFanatics Forums"><meta property="og:type" content="website"><meta property="og:title" content="${title}">
<link rel="canonical" href="https://forums.civfanatics.com/threads/ember-age-mod-settler-pump-or-early-wonder-rush-on-prince.690112/">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=21&amp;l=1&amp;d=1759900000">
<script src="/js/xf/preamble.min.js?_v=9f1e0a2c"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}",
"author":{"@type":"Person","name":"Sandrine_Okoro"},"datePublished":"2025-10-03T13:00:00+00:00","articleSection":"Civ4 - Strategy & Tips"}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="https://www.civfanatics.com/"><img src="/styles/cfc/logo.png"
alt="CivFanatics Forums" width="300" height="60"></a></div></div></div></header><div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
<nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
${links(nav, 'p-navEl')}</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow"><span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow"><span
class="p-navgroup-linkText">Register</span></a>
</div><div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search">
<i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs--parent"><ul class="p-breadcrumbs">${links(crumbs)}</ul></div>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--royalBlue" dir="auto">Discussion</span><span
class="label-append">&nbsp;</span>${title}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li><i
class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/members/98211/"
class="username u-concealed" dir="auto">Sandrine_Okoro</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i>
<span class="u-srOnly">Start date</span> <a href="/threads/ember-age-mod.690112/" class="u-concealed"><time class="u-dt">Oct 3, 2025</time></a></li>
<li><span class="u-srOnly">Tags</span> <i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i> <a href="/tags/ember-age/" class="tagItem"
dir="auto">ember age</a> <a href="/tags/wonders/" class="tagItem" dir="auto">wonders</a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${posts[0] ? post(posts[0], 1) : ''}
${ad}
${posts
  .slice(1)
  .map((p, i) => post(p, i + 2))
  .join('\n')}
</div></div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button--wrap button"
data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span></a></div></div>
<div class="block" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads"><div class="block-container"><h3 class="block-header">Similar
threads</h3>
<div class="block-body"><div class="structItemContainer">${similar
  .map(
    (s) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main">
<div class="structItem-title"><a href="/threads/${s[0]?.length}/">${s[0]}</a></div><div class="structItem-minor"><ul class="structItem-parts">
<li><a class="username">${s[1]}</a></li><li class="structItem-startDate"><time>${s[2]}</time></li></ul></div></div>
<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt><dd>${s[3]?.slice(8)}</dd></dl></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div></div>
<div class="p-breadcrumbs--bottom"><ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(crumbs)}</ul></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay" rel="nofollow" class="js-styleVariationsLink"><i aria-hidden="true"></i> Style variation</a></li></ul>
</div><div class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(foot)}</ul></div></div><div class="p-footer-copyright">
<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by
XenForo® © 2010-2025 XenForo Ltd.</a>
</div></div></footer></div><div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices"><li class="notice js-notice
notice--primary notice--cookie" data-notice-id="-1"><div class="notice-content"><div class="u-alignCenter">${cookie}</div><div class="u-inputSpacer
u-alignCenter">
<a href="/account/dismiss-notice" class="button--notice button"><span class="button-text">Accept</span></a><a href="/help/cookies"
class="button--notice button">
<span class="button-text">Learn more…</span></a></div></div></li></ul></div><script src="/js/xf/core-compiled.js?_v=9f1e0a2c"></script></body></html>`;
export const civfanatics: TestPage = {
  html,
  name: 'heldout170-civfanatics-xenforo-forum',
  kind: 'forum',
  title,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: ['Sandrine_Okoro', 'Gorvath', 'Tull Ironside', 'Oct 3, 2025', 'Oct 4, 2025', 'Oct 5, 2025', 'Last edited: Oct 4, 2025'],
  // the thread prefix label "Discussion" sits inside the h1 and is furniture; the similar threads' starters and dates are furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Log in', 'Register', 'Search', 'Civilization IV', 'Civ4 - Strategy & Tips', 'Discussion', 'Thread starter', 'Start date',
    'Tags', 'ember age', 'wonders', 'Chieftain', 'Deity', 'Modder', 'Ember Age Team', 'Joined', 'Feb 2, 2021', 'Nov 18, 2008', 'May 7, 2014',
    'Messages', '214', '12,377', '3,905', 'Location', 'Lyon', 'Somewhere cold', '#1', '#2', '#3', '#4', 'Advertisement', 'Click to expand...',
    'Reactions:', 'Sandrine_Okoro, Marek_V and 3 others', 'Gorvath and Tull Ironside', 'Gorvath, Sandrine_Okoro and 6 others',
    'You must log in or register to reply here.', 'Similar threads', ...similar.flatMap((s) => [s[0] ?? '', s[2] ?? '']), 'Marek_V', 'Replies', '58', '14',
    '22', 'Style variation', ...foot, 'Community platform by XenForo® © 2010-2025 XenForo Ltd.', cookie, 'Accept', 'Learn more…',
  ],
};
