import { links } from './page-kit.js';
import { type ThPost, thPosts } from './pages-heldout134-d4.js';

/**
 * Held-out batch 134, file d2: a Tom's Hardware forum thread (XenForo 2.2, question thread type) as a guest saves it: the
 * site's own top nav above the XenForo nav, the breadcrumb, the "Question" prefix label inside the h1, the thread starter,
 * start date and tag line, the "Solution" block under the first post with its excerpt, the date / votes sort tabs, posts
 * with user titles and joined / messages / reaction score pairs, vote cells, quotes with "Click to expand...", a "Last
 * edited" line, reaction bars, the ad unit between posts, "You must log in or register to reply here.", the share buttons,
 * similar threads, the XenForo footer, the publisher footer and the cookie notice.
 */
export const thTitle = 'RX 7800 fans ramp to full speed and the screen goes black in games after a PSU swap';
export const thSiteNav = ['Reviews', 'Best Picks', 'Raspberry Pi', 'CPUs', 'GPUs', 'Coupons', 'Newsletter', 'Forums'];
export const thXfNav = [
  'Forums',
  'New posts',
  'Search forums',
  "What's new",
  'Featured content',
  'New posts',
  'Latest activity',
  'Log in',
  'Register',
  'Search',
];
export const thCrumbs = ['Forums', 'Hardware', 'Graphics Cards'];
export const thTags = ['black screen', 'pcie cable', 'psu'];
export const thShare = ['Share:', 'Facebook', 'X', 'Bluesky', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Share', 'Link'];
export const thSimilar = [
  ['Black screen and fans at 100% only in one game', 'corran99', 'Jan 11, 2025', '7'],
  ['New PSU, now PC restarts under load', 'mossy_brick', 'Dec 2, 2024', '14'],
  ['Is one daisy-chained PCIe cable really a problem?', 'Helmut_K', 'Sep 27, 2024', '22'],
];
export const thXfFooter = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
export const thPubFooter = [
  'About Us',
  'Contact Future’s experts',
  'Terms and conditions',
  'Privacy policy',
  'Cookies policy',
  'Accessibility Statement',
  'Advertise with us',
  'Web notifications',
  'Careers',
  'Editorial standards',
  'How to pitch a story to us',
];
export const thCookie = `This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register. By continuing
to use this site, you are consenting to our use of cookies.`;
const thPost = (
  p: ThPost,
): string => `<article class="message message--post js-post js-inlineModContainer${p.solution ? ' message--solution' : ''}" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://forums.tomshardware.com/posts/${p.id}/">
<span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"
itemprop="author"
itemscope itemtype="https://schema.org/Person"><div class="message-avatar "><div class="message-avatar-wrapper"><a
href="/members/${p.user.toLowerCase()}.${p.n}/"
class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="${p.n}" style="background-color: #7a3d9e; color: #d9b3ec"><span
class="avatar-u${p.n}-m"
role="img" aria-label="${p.user}">${p.user.charAt(0)}</span></a></div></div><div class="message-userDetails"><h4 class="message-name"><a
href="/members/${p.user.toLowerCase()}.${p.n}/"
class="username " dir="auto" data-user-id="${p.n}" itemprop="name">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto"
itemprop="jobTitle">${p.utitle}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl
class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--vote"><div class="message-column"><div class="contentVote" data-xf-init="content-vote"><a
class="contentVote-vote is-disabled
contentVote-vote--up" data-vote="up"><span class="u-srOnly">Upvote</span></a><span class="contentVote-score js-voteCount"
data-score="${p.votes}">${p.votes}</span>
<a class="contentVote-vote is-disabled contentVote-vote--down" data-vote="down"><span class="u-srOnly">Downvote</span></a></div>
${
  p.solution
    ? `<span class="solutionIcon" data-xf-init="tooltip" title="Solution"><i class="fa--xf far fa-check"></i>
<span class="u-srOnly">Solution</span></span>`
    : ''
}</div></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/rx-7800-fans-ramp.3871204/post-${p.id}" rel="nofollow"
itemprop="url">
<time class="u-dt" dir="auto" datetime="2025-03-02T19:04:22-0500" data-time="1740960262" data-date-string="${p.date}" data-time-string="7:04 PM"
title="${p.date} at 7:04 PM" itemprop="datePublished">${p.date}</time></a></li></ul><ul
class="message-attribution-opposite message-attribution-opposite--list ">
<li><a href="/threads/rx-7800-fans-ramp.3871204/post-${p.id}" class="message-attribution-gadget" data-xf-init="share-tooltip" rel="nofollow"><i
class="fa--xf far fa-share-alt"
aria-hidden="true"></i></a></li><li><a href="/threads/rx-7800-fans-ramp.3871204/post-${p.id}" rel="nofollow">#${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-${p.id}"><article
class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${p.quote ? thQuote(p.quote) : ''}${p.paras[0]}${
  p.list
    ? `<br>\n<br>\n${p.paras[1]}<ul>${p.list.map((t) => `<li data-xf-list-type="ul">${t}</li>`).join('\n')}</ul>
${p.paras[2]}`
    : p.paras
        .slice(1)
        .map((t) => `<br>\n<br>\n${t}`)
        .join('')
}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${
  p.edited
    ? `<div class="message-lastEdit"><time class="u-dt" dir="auto" datetime="2025-03-02T19:20:00-0500"
itemprop="dateModified">${p.edited}</time></div>`
    : ''
}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a
href="/threads/rx-7800-fans-ramp.3871204/reply?quote=${p.id}"
class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote"
data-quote-href="/posts/${p.id}/quote">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report"
data-xf-click="overlay">Report</a></div></div>
${
  p.react
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1"><i aria-hidden="true"></i>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like"
title="Like"></span></li></ul>
<span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay"
rel="nofollow">${p.react}</a></div>`
    : ''
}
<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer></div></div></div></article>
${p.n === 1 ? thSolutionBlock : ''}${p.n === 2 ? thAd : ''}`;
const thQuote = (q: readonly [string, string]): string => `<blockquote data-attributes="member: 2" data-quote="Lutfi_H" data-source="post: 24018840"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=24018840"
class="bbCodeBlock-sourceJump"
rel="nofollow" data-xf-click="attribution" data-content-selector="#post-24018840">${q[0]}</a></div><div class="bbCodeBlock-content"><div
class="bbCodeBlock-expandContent js-expandContent ">
${q[1]}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;
const thSolutionBlock = `<div class="block block--solution"><div class="block-container"><h3 class="block-minorHeader">Solution</h3><div class="block-body">
<div class="message-cell"><div class="bbWrapper">That is most likely it. This card can pull short spikes well above its rated power, and through a single
cable all of that goes
through one connector at the power supply end...</div><a href="/threads/rx-7800-fans-ramp.3871204/post-24018937" class="button--link button">Jump to
solution</a></div></div></div></div>`;
const thAd = `<div class="samCodeUnit samAlignCenter" data-position="post_below_container_2"><div class="samItem"><div class="ad-unit"
data-slot="forum_inthread_1">
<span class="ad-unit__label">Advertisement</span><div id="div-gpt-ad-forum_inthread_1"></div></div></div></div>`;
export const thHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-42" data-content-key="thread-3871204"
data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1741023711,2d1b9bd7a4f1" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Question - ${thTitle} | Tom's Hardware Forum</title><link rel="canonical" href="https://forums.tomshardware.com/threads/rx-7800-fans-ramp.3871204/">
<meta name="description" content="I replaced my old 650 W power supply with a new 750 W unit last week"><meta property="og:site_name"
content="Tom's Hardware Forum">
<meta property="og:type" content="website"><meta property="og:title" content="Question - ${thTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://forums.tomshardware.com/threads/rx-7800-fans-ramp.3871204/",
"headline":"${thTitle}","articleSection":"Graphics Cards","author":{"@type":"Person","name":"Kettlewick"},"datePublished":"2025-03-02T19:04:22-05:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":5}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=7&amp;l=1&amp;d=1740387512">
<script src="/js/xf/preamble.min.js?_v=c2f5b4f8"></script><script async src="https://cdn.futurecdn.example/bordeaux/tomshardware-forum.js"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<div class="future-header" data-component="site-nav"><a class="future-header__logo" href="https://www.tomshardware.com/"><span class="u-srOnly">Tom's
Hardware</span><svg></svg></a>
<ul class="future-header__menu">${links(thSiteNav, 'future-header__item')}</ul></div>
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img
src="/styles/toms/xenforo/logo.png" alt="Tom's Hardware Forum" width="180" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div
class="p-nav-scroller hScroller"><ul class="p-nav-list js-offCanvasNavSource">
<li><div class="p-navEl is-selected" data-has-children="true"><a href="/" class="p-navEl-link p-navEl-link--splitMenu "
data-nav-id="forums">${thXfNav[0]}</a></div></li>
<li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="whatsNew">${thXfNav[3]}</a></div></li></ul></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/"
class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn"
data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">${thXfNav[7]}</span></a><a href="/register/"
class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">${thXfNav[8]}</span></a></div><div class="p-navgroup p-discovery"><a
href="/search/"
class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" aria-label="Search" title="Search"><i aria-hidden="true"></i><span
class="p-navgroup-linkText">${thXfNav[9]}</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><ul
class="p-sectionLinks-list">${links(thXfNav.slice(1, 3), 'p-navEl')}</ul></div></div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true"><div class="offCanvasMenu-content"><ul
class="offCanvasMenu-list">
${links(thXfNav.slice(4, 7), 'offCanvasMenu-link')}</ul></div></div>
<div class="p-body"><div class="p-body-inner"><div class="samBannerUnit samAlignCenter" data-position="container_breadcrumb_top_above"><div class="ad-unit">
<span class="ad-unit__label">Advertisement</span><div id="div-gpt-ad-forum_leaderboard"></div></div></div>
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">${thCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item"><span
itemprop="name">${c}</span></a>
<meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value"><span class="label label--skyBlue" dir="auto">Question</span><span
class="label-append">&nbsp;</span>${thTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span
class="u-srOnly">Thread starter</span>
<a href="/members/kettlewick.1/" class="username  u-concealed" dir="auto" data-user-id="1">Kettlewick</a></li><li><i class="fa--xf far fa-clock"
aria-hidden="true" title="Start date"></i>
<span class="u-srOnly">Start date</span><a href="/threads/rx-7800-fans-ramp.3871204/" class="u-concealed" rel="nofollow"><time class="u-dt" dir="auto"
datetime="2025-03-02T19:04:22-0500">Mar 2, 2025</time></a></li>
<li><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span>${thTags
  .map(
    (t) => `<a
href="/tags/${t.replace(/ /g, '-')}/" class="tagItem tagItem--tag_${t.replace(/ /g, '')}" dir="auto">${t}</a>`,
  )
  .join('\n')}</li></ul></div></div>
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-outer"><div
class="block-outer-main">
<div class="tabs tabs--standalone tabs--standalone--small tabs--standalone--inline"><span class="hScroller-scroll"><a class="tabs-tab is-active"
href="?order=post_date">Sort by date</a>
<a class="tabs-tab " href="?order=vote_score">Sort by votes</a></span></div></div></div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-3871204"><div
class="block-body js-replyNewMessageContainer">
${thPosts.map(thPost).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button--wrap button"
data-xf-click="overlay"><span class="button-text">
You must log in or register to reply here.</span></a></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title=""
data-page-desc="">
<span class="shareButtons-label">${thShare[0]}</span><div class="shareButtons-buttons">${thShare
  .slice(1)
  .map(
    (s) =>
      `<a class="shareButtons-button shareButtons-button--brand shareButtons-button--${s.toLowerCase()}" data-href="#"><i
aria-hidden="true"></i><span>${s}</span></a>`,
  )
  .join('\n')}</div></div></div>
<div class="block" data-widget-id="11" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads">
<div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
${thSimilar
  .map(
    (s) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a
href="/forums/graphics-cards.42/?prefix_id=1"
class="labelLink" rel="nofollow"><span class="label label--skyBlue" dir="auto">Question</span></a><a href="/threads/${s[3]}/">${s[0]}</a></div><div
class="structItem-minor">
<ul class="structItem-parts"><li><a href="/members/${s[1]}/" class="username " dir="auto">${s[1]}</a></li><li class="structItem-startDate"><a
href="/threads/${s[3]}/" rel="nofollow">
<time class="u-dt" dir="auto">${s[2]}</time></a></li><li><a href="/forums/graphics-cards.42/">Graphics Cards</a></li></ul></div></div><div
class="structItem-cell structItem-cell--meta">
<dl class="pairs pairs--justified"><dt>Replies</dt><dd>${s[3]}</dd></dl></div></div>`,
  )
  .join('\n')}</div></div></div></div>
</div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(thCrumbs)}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(thXfFooter)}</ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.example" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community
platform by XenForo<sup>®</sup> <span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer>
<div class="future-footer"><p class="future-footer__about">Tom's Hardware is part of Future US Inc, an international media group and leading digital publisher.
<a href="https://www.futureplc.example/">Visit our corporate site</a>.</p><ul class="future-footer__links">${links(thPubFooter, 'future-footer__item')}</ul>
<p class="future-footer__copyright">© Future US, Inc. All rights reserved.</p></div></div>
<ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6"><li
class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div class="notice-content"><div
class="u-alignCenter">${thCookie}</div>
<div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span
class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul>
<script src="/js/xf/core-compiled.js?_v=c2f5b4f8"></script><script>XF.ready(function () { XF.config.cookie = {"path":"\\/","domain":"","prefix":"xf_"};
});</script></body></html>`;
