import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 123, file e2: a Tom's Guide forum thread on XenForo 2 (the site header and nav with "Log in" / "Register",
 * the sub-nav, a leaderboard ad slot with its "Advertisement" label, the breadcrumbs, the h1 with its "Solved!" prefix
 * label, the thread starter / start date / tags description line, five posts with the user column (name, trophy title,
 * joined, messages, reaction score, points), the "#n" and share gadgets, bbWrapper text split by <br />, a quote with
 * "said:" and "Click to expand...", the question thread's solution box under the first post, "Last edited" lines, reaction
 * bars, Reply / Report links, "You must log in or register to reply here.", the share bar, "Similar threads" and the footer).
 */
const tgTitle = 'Phone only charges to 60-70% overnight since the October update';
type TgPost = { n: number; id: string; user: string; rank: string; joined: string; msgs: string; score: string; pts: string; date: string; html: string };
const tgOp = [
  'My phone (a Tessera P8, about a year old) used to charge from 20 to 100 overnight with no problem. Since the October system update ' +
    "it is often only at 60 or 70 percent in the morning, even though it's plugged in all night.",
  "Same charger and cable as always, the original 25W one. During the day it charges at normal speed, so I don't think the port is " +
    'the problem. Any idea what changed?',
  'Things I have already tried: a different wall socket, a restart, and clearing the cache partition. The diagnostics app says ' +
    'battery health is 94 percent.',
];
const tgR1 = [
  'Check Settings &gt; Battery &gt; Charging for something like \u201cAdaptive charging\u201d or \u201cProtect battery\u201d. A lot of updates turn it ' +
    'on by default now. It holds the charge at around 80 percent and only finishes shortly before your usual alarm time.',
  'If no alarm is set, or the phone thinks you wake up later than you do, it may never get to the last part before you unplug it.',
];
const tgQuote = 'Check Settings &gt; Battery &gt; Charging for something like \u201cAdaptive charging\u201d or \u201cProtect battery\u201d.';
const tgR2 = [
  "It was on, and I don't use the phone's alarm, I use a clock radio. Turned it off last night and it was at 100 this morning. So " + 'that was it, I think.',
];
const tgR3 = [
  "Glad that's sorted. Just so you know, the feature exists to reduce wear: a battery that sits at 100 percent for hours every night " +
    "ages faster. If you'd rather keep it, set a weekday alarm in the clock app at your real wake-up time and it will finish " +
    'charging just before then.',
  'The 60 percent mornings were probably nights when it had paused at 80 and then lost some charge to background sync, which can ' +
    'happen with a weak Wi-Fi signal in the bedroom.',
];
const tgR4 = ["Good to know, thanks. I'll try the alarm trick this week and see if it finishes in time."];
const tgBr = (a: readonly string[]): string => a.join('<br />\n<br />\n');
const tgPosts: TgPost[] = [
  {
    n: 1,
    id: '2561870',
    user: 'marlow_k',
    rank: 'Prominent',
    joined: 'Mar 4, 2022',
    msgs: '14',
    score: '2',
    pts: '515',
    date: 'Nov 1, 2025',
    html: tgBr(tgOp),
  },
  {
    n: 2,
    id: '2561881',
    user: 'Lorcan_D',
    rank: 'Titan',
    joined: 'Jun 12, 2014',
    msgs: '21,940',
    score: '2,311',
    pts: '27,890',
    date: 'Nov 1, 2025',
    html: tgBr(tgR1),
  },
  {
    n: 3,
    id: '2561953',
    user: 'marlow_k',
    rank: 'Prominent',
    joined: 'Mar 4, 2022',
    msgs: '14',
    score: '2',
    pts: '515',
    date: 'Nov 2, 2025',
    html: `<blockquote data-attributes="member: 3311207" data-quote="Lorcan_D" data-source="post: 2561881"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=2561881" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution"
data-content-selector="#post-2561881">Lorcan_D said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${tgQuote}</div><div class="bbCodeBlock-expandLink js-expandLink"><a
role="button"
tabindex="0">Click to expand...</a></div></div></blockquote>${tgBr(tgR2)}`,
  },
  {
    n: 4,
    id: '2561990',
    user: 'vyne_tech',
    rank: 'Estimable',
    joined: 'Sep 30, 2019',
    msgs: '3,402',
    score: '418',
    pts: '4,120',
    date: 'Nov 2, 2025',
    html: tgBr(tgR3),
  },
  {
    n: 5,
    id: '2562014',
    user: 'marlow_k',
    rank: 'Prominent',
    joined: 'Mar 4, 2022',
    msgs: '14',
    score: '2',
    pts: '515',
    date: 'Nov 2, 2025',
    html: tgBr(tgR4),
  },
];
const tgReactions: Record<number, string> = { 2: 'marlow_k and vyne_tech', 4: 'marlow_k' };
const tgSolution = `<div class="block-container message-solution"><div class="block-row block-row--solution"><h3 class="block-textHeader">Solution</h3>
<div class="contentRow"><div class="contentRow-main"><a href="/threads/phone-only-charges-overnight.3991204/post-2561881" class="u-concealed">Lorcan_D</a>
<blockquote class="message-body bbWrapper">Check Settings &gt; Battery &gt; Charging for something like \u201cAdaptive charging\u201d or \u201cProtect
battery\u201d. A lot of updates turn
it on by default now. \u2026</blockquote><a href="/threads/phone-only-charges-overnight.3991204/post-2561881" class="button--link button">Jump to
solution</a></div></div></div></div>`;
const tgTime = (d: string): string =>
  `<time class="u-dt" dir="auto" datetime="2025-11-0${d.slice(4, 5)}T21:08:31+0000" data-timestamp="176203${d.length}" data-date="${d}" data-time="9:08 PM"
data-short="${d.slice(0, 5)}" title="${d} at 9:08 PM">${d}</time>`;
const tgPost = (
  p: TgPost,
): string => `<article class="message message--post js-post js-inlineModContainer${p.n === 2 ? ' message--solution' : ''}" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://forums.tomsguide.com/posts/${p.id}/">
<span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${p.user.toLowerCase()}.${p.id}/" class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="${p.id}"
data-xf-init="member-tooltip" style="background-color: #7a5c85; color: #d7c7dc"><span class="avatar-u${p.id}-m" role="img"
aria-label="${p.user}">${p.user.slice(0, 1)}</span></a>
</div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user.toLowerCase()}.${p.id}/" class="username" dir="auto"
data-user-id="${p.id}"
data-xf-init="member-tooltip" itemprop="name">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.rank}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt>
<dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl><dl class="pairs pairs--justified"><dt>Points</dt>
<dd>${p.pts}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/phone-only-charges-overnight.3991204/post-${p.id}" rel="nofollow"
itemprop="url">${tgTime(p.date)}</a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list "><li><a
href="/threads/phone-only-charges-overnight.3991204/post-${p.id}" class="message-attribution-gadget" data-xf-init="share-tooltip"
data-href="/posts/${p.id}/share"
aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a
href="/threads/phone-only-charges-overnight.3991204/post-${p.id}"
rel="nofollow">#${p.n}</a></li></ul></header><div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"
data-lb-id="post-${p.id}"><article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${p.html}</div></div>
<div class="js-selectToQuoteEnd">&nbsp;</div></article></div>${p.n === 1 ? '<div class="message-lastEdit">Last edited: Nov 1, 2025</div>' : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/login/"
class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report"
data-xf-click="overlay">Report</a></div></div>
<div class="reactionsBar js-reactionsList${tgReactions[p.n] ? ' is-active' : ''}">${
  tgReactions[p.n]
    ? `<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
class="reaction-sprite js-reaction"
alt="Like" title="Like"></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions"
data-xf-click="overlay" rel="nofollow"><bdi>${tgReactions[p.n]}</bdi></a>`
    : ''
}</div><div class="js-historyTarget message-historyTarget toggleTarget"></div></footer>
</div></div></div></article>${p.n === 1 ? tgSolution : ''}`;
const tgNav = ['Forums', "What's new", 'Members'];
const tgSub = ['New posts', 'Search forums'];
const tgCrumbs = ['Forums', 'Smartphones', 'Android Phones'];
const tgTags = ['battery', 'charging', 'software update'];
const tgShare = ['Facebook', 'X', 'Bluesky', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Share Link'];
const tgSimilar = [
  ['Question', 'Battery drains overnight after the new update', 'Fernhaven', 'Oct 18, 2025', 'Replies', '4', 'Views', '612'],
  ['Solved!', 'Fast charging stopped working with original cable', 'pk_ondra', 'Sep 2, 2025', 'Replies', '7', 'Views', '1K'],
];
const tgFootNav = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const tgFuture = [
  "Tom's Guide is part of Future plc, an international media group and leading digital publisher.",
  'Terms and conditions',
  'Privacy policy',
  'Cookies policy',
  'Accessibility Statement',
  'Advertise with us',
  'Careers',
];
const tgHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view_type_question" data-container-key="node-1214"
data-content-key="thread-3991204" data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1762040000,2f6e1a7c5b"
class="has-no-js template-thread_view_type_question">
<head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=Edge" /><meta name="viewport"
content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Solved! - ${tgTitle} | Tom's Guide Forum</title><link rel="canonical" href="https://forums.tomsguide.com/threads/phone-only-charges-overnight.3991204/"
/>
<meta name="description" content="My phone (a Tessera P8, about a year old) used to charge from 20 to 100 overnight with no problem." />
<meta property="og:site_name" content="Tom's Guide Forum" /><meta property="og:type" content="website" /><meta property="og:title"
content="Solved! - ${tgTitle}" />
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=4&amp;l=1&amp;d=1761812345" />
<script src="/js/xf/preamble.min.js?_v=8c0a12b3"></script><script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://forums.tomsguide.com/threads/phone-only-charges-overnight.3991204/",
"headline":"${tgTitle}","articleSection":"Android Phones","author":{"@type":"Person","name":"marlow_k"},"datePublished":"2025-11-01T21:08:31+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/ReplyAction","userInteractionCount":4}}</script></head>
<body data-template="thread_view_type_question"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a
href="https://forums.tomsguide.com">
<img src="/data/assets/logo/tomsguide-forum.svg" alt="Tom's Guide Forum" width="220" height="36" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"
data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
${tgNav.map((t, i) => `<li><div class="p-navEl${i === 0 ? ' is-selected' : ''}"><a href="/${i}" class="p-navEl-link">${t}</a></div></li>`).join('\n')}
</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/"
class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/"
class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div><div class="p-navgroup p-discovery"><a
href="/search/"
class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search" title="Search"><span
class="p-navgroup-linkText">Search</span></a></div></div>
</div></nav></div><div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><ul class="p-sectionLinks-list">
${tgSub.map((t) => `<li><div class="p-navEl"><a href="/${t.length}" class="p-navEl-link">${t}</a></div></li>`).join('\n')}</ul></div></div>
<div class="p-body"><div class="p-body-inner"><div class="samCodeUnit" data-position="container_breadcrumb_top_above"><div class="samItem"><div
class="ad-label">Advertisement</div>
<div id="div-gpt-ad-leaderboard-top" class="dfp-slot" data-slot="leaderboard" style="min-height:90px"></div></div></div>
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
${tgCrumbs
  .map(
    (
      t,
      i,
    ) => `<li itemscope itemprop="itemListElement" itemtype="https://schema.org/ListItem"><a href="/${i}" itemprop="item"><span itemprop="name">${t}</span></a>
<meta itemprop="position" content="${i + 1}" /></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--green" dir="auto">Solved!</span><span
class="label-append">&nbsp;</span>${tgTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span
class="u-srOnly">Thread
starter</span> <a href="/members/marlow_k.2561870/" class="username u-concealed" dir="auto" data-user-id="2561870">marlow_k</a></li><li><i
class="fa--xf far fa-clock"
aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span> <a href="/threads/phone-only-charges-overnight.3991204/"
class="u-concealed">${tgTime('Nov 1, 2025')}</a></li>
<li><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span> <ul class="listInline listInline--comma">
${tgTags
  .map(
    (t) => `<li><a href="/tags/${t.replace(/ /g, '-')}/" class="tagItem tagItem--tag_${t.replace(/ /g, '-')}"
dir="auto">${t}</a></li>`,
  )
  .join('')}</ul></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post"
data-href="/inline-mod/">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${tgPosts.map(tgPost).join('\n')}
</div></div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button rippleButton"
data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span></a></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span><div
class="shareButtons-buttons">
${tgShare
  .map(
    (t) => `<a class="shareButtons-button shareButtons-button--brand shareButtons-button--${t.toLowerCase().replace(/ /g, '')}" href="#"><i
aria-hidden="true"></i><span>${t}</span></a>`,
  )
  .join('\n')}
</div></div></div>
<div class="block block--similarThreads"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div
class="structItemContainer">
${tgSimilar
  .map(
    ([
      pre,
      t,
      u,
      d,
      rl,
      r,
      vl,
      v,
    ]) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title">
<span class="label label--blue" dir="auto">${pre}</span> <a href="/threads/${t?.length}/">${t}</a></div><div class="structItem-minor"><ul
class="structItem-parts"><li><a
class="username" href="/members/${u}/">${u}</a></li><li class="structItem-startDate"><time class="u-dt">${d}</time></li></ul></div></div><div
class="structItem-cell
structItem-cell--meta"><dl class="pairs pairs--justified"><dt>${rl}</dt><dd>${r}</dd></dl><dl
class="pairs pairs--justified structItem-minor"><dt>${vl}</dt><dd>${v}</dd></dl></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(tgFootNav)}</ul></div></div><div class="future-footer"><p class="future-footer__about">${tgFuture[0]} <a href="https://www.futureplc.com/">Visit our
corporate site</a>.</p>
<ul class="future-footer__links">${links(tgFuture.slice(1))}</ul><p class="future-footer__copyright">\u00a9 Future US, Inc.</p></div></div></footer></div>
<script src="/js/xf/core-compiled.js?_v=8c0a12b3"></script></body></html>`;
export const tomsGuideThread: TestPage = {
  html: tgHtml,
  name: 'heldout123-toms-guide-xenforo-forum',
  kind: 'forum',
  // the title is the h1 without its "Solved!" prefix label (furniture); every post is body, <br />-split paragraphs each on
  // their own; the quote in post 3 (with "Lorcan_D said:" and "Click to expand...") and the solution box's excerpt under
  // the first post are in neither list; names, post dates and the "Last edited" line are bylines; user titles, join dates,
  // counts, reactions ("Like" bars), "#n" links and buttons are furniture
  title: tgTitle,
  headings: [],
  body: texts([...tgOp, ...tgR1, ...tgR2, ...tgR3, ...tgR4]),
  bylines: ['marlow_k', 'Lorcan_D', 'vyne_tech', 'Nov 1, 2025', 'Nov 2, 2025', 'Last edited: Nov 1, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...tgNav, 'Log in', 'Register', 'Search', ...tgSub, 'Advertisement', ...tgCrumbs, 'Solved!', 'Thread starter', 'Start date', 'Tags', ...tgTags,
    ...tgPosts.flatMap((p) => [p.rank, p.joined, p.msgs, p.score, p.pts, `#${p.n}`]), 'Joined', 'Messages', 'Reaction score', 'Points', 'Solution',
'Jump to solution', 'Reply', 'Report', 'Reactions:', 'marlow_k and vyne_tech', 'You must log in or register to reply here.',
    'Share:', ...tgShare, 'Similar threads', ...tgSimilar.flat(), ...tgFootNav, ...tgFuture, 'Visit our corporate site', '\u00a9 Future US, Inc.',
  ])],
};
