import { links, type TestPage, texts } from './page-kit.js';
import { discourseTopic } from './pages-heldout81-b2.js';
import { xfTitle, xf1, xf2, xf3, xf4, xfQuote } from './pages-heldout81-b3.js';

/**
 * Held-out batch 81, file b: a XenForo 2.3 thread on a woodworking community (header logo, the nav tabs with "Log in" and
 * "Register", section links, a dismissible block notice, breadcrumbs top and bottom, the title block with "Thread starter"
 * and "Start date", the JSON-LD DiscussionForumPosting, posts with the user cell (title, joined, messages, reaction score,
 * location), "#n" and share gadgets, a quote with "Click to expand...", "Last edited", signatures, the reactions bar on each
 * post, the guest reply button, the share buttons, "Similar threads", the footer and the cookie notice), and a Discourse
 * topic (file b2).
 */
interface XfPost {
  id: number;
  user: string;
  uid: number;
  utitle: string;
  joined: string;
  msgs: string;
  score: string;
  loc?: string;
  date: string;
  time: string;
  edited?: string;
  sig?: string;
  reactions?: string;
  html: string;
}
const xfBr = (a: readonly string[]): string => a.join('<br />\n<br />\n');
const xfSigM = 'Measure twice, cut once, swear three times.';
const ellis = { user: 'benchdog_ellis', uid: 9981, utitle: 'New member', joined: 'Sep 30, 2024', msgs: '14', score: '9' };
const xfPosts: XfPost[] = [
  { id: 612031, ...ellis, date: 'Feb 11, 2025', time: '7:04 PM', reactions: 'Rowan Teague', html: xfBr(xf1) },
  {
    id: 612044,
    user: 'Maud Okonkwo',
    uid: 2118,
    utitle: 'Well-known member',
    joined: 'Mar 4, 2019',
    msgs: '2,341',
    score: '1,902',
    loc: 'Danesford',
    date: 'Feb 11, 2025',
    time: '7:48 PM',
    sig: xfSigM,
    reactions: 'benchdog_ellis, splinterfree and 4 others',
    html: xfBr(xf2),
  },
  {
    id: 612058,
    user: 'splinterfree',
    uid: 5407,
    utitle: 'Member',
    joined: 'Jul 17, 2021',
    msgs: '388',
    score: '215',
    date: 'Feb 11, 2025',
    time: '9:15 PM',
    edited: 'Feb 11, 2025',
    reactions: 'benchdog_ellis and Maud Okonkwo',
    html: `${xfQuote}\n${xfBr(xf3)}`,
  },
  { id: 612190, ...ellis, date: 'Feb 12, 2025', time: '4:32 PM', reactions: 'Maud Okonkwo, splinterfree, Rowan Teague and 7 others', html: xfBr(xf4) },
];
const xfTime = (p: XfPost, prop = ''): string =>
  `<time class="u-dt" dir="auto" datetime="2025-02-11T19:04:33+0000" data-date="${p.date}" data-time="${p.time}" data-short="Feb '25"
title="${p.date} at ${p.time}"${prop}>${p.date}</time>`;
const xfPost = (p: XfPost, i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://www.sawdustcollective.org/posts/${p.id}/">
<span class="u-anchorTarget" id="post-${p.id}"></span>
<div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="https://www.sawdustcollective.org/members/${p.uid}/">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.uid}/" class="avatar avatar--m" data-user-id="${p.uid}"
data-xf-init="member-tooltip"><img src="/data/avatars/m/${p.uid}.jpg" alt="${p.user}" class="avatar-u${p.uid}-m" width="96" height="96" loading="lazy"
itemprop="image" /></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.uid}/" class="username" dir="auto" data-user-id="${p.uid}"
data-xf-init="member-tooltip"><span itemprop="name">${p.user}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.utitle}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl>
${
  p.loc
    ? `<dl class="pairs pairs--justified"><dt>Location</dt><dd><a href="/misc/location-info?location=${p.loc}" rel="nofollow noreferrer" target="_blank"
class="u-concealed">${p.loc}</a></dd></dl>`
    : ''
}
</div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed">
<a href="/threads/burn-marks-white-oak.48213/post-${p.id}" rel="nofollow" itemprop="url">${xfTime(p, ' itemprop="datePublished"')}</a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/burn-marks-white-oak.48213/post-${p.id}"
class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/${p.id}/share" aria-label="Share" rel="nofollow">
<i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/burn-marks-white-oak.48213/post-${p.id}"
rel="nofollow">#${i + 1}</a></li>
</ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}"
data-lb-caption-desc="${p.user} · ${p.date} at ${p.time}"><article class="message-body js-selectToQuote"><div itemprop="text">
<div class="bbWrapper">${p.html}</div><div class="js-selectToQuoteEnd">&nbsp;</div></div></article></div>
${p.edited ? `<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="2025-02-11T21:20:02+0000">${p.edited}</time></div>` : ''}
${p.sig ? `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>` : ''}
</div>
<footer class="message-footer"><div class="message-microdata" itemprop="interactionStatistic" itemtype="https://schema.org/InteractionCounter" itemscope>
<meta itemprop="interactionType" content="https://schema.org/LikeAction" /></div>
${
  p.reactions
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1">
<i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction"
alt="Like"
title="Like" /></span></li></ul><span class="u-srOnly">Reactions:</span> <a class="reactionsBar-link" href="/posts/${p.id}/reactions"
data-xf-click="overlay" data-cache="false" rel="nofollow">${p.reactions
        .split(/(, | and )/)
        .map((t) => (t === ', ' || t === ' and ' || / others$/.test(t) ? t : `<bdi>${t}</bdi>`))
        .join('')}</a></div>`
    : ''
}
<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div>
</footer></div></div></div></article>`;
const xfNav = ['Home', 'Forums', 'Projects', 'Media', 'Members'];
const xfSection = ['New posts', 'Search forums'];
const xfNotice =
  'The spring build-along starts on March 1st: a shaker side table, cut list and plans in the Projects forum. Everyone is welcome, whatever your tool kit.';
const xfCrumbs = ['Forums', 'Machinery & Tools', 'Table Saws'];
const xfShare = ['Facebook', 'X', 'Bluesky', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Link'];
const xfSimilar = [
  ['Tearout on the underside when crosscutting plywood', 'Gethin Rowe', 'Jan 3, 2024', '12', '1K'],
  ['Which rip blade for hardwoods on a 1.5 hp saw?', 'oakandash', 'Oct 19, 2024', '27', '3K'],
  ['Fence drifts when locked – Brackley contractor saw', 'Priscilla Vane', 'Jun 6, 2023', '8', '921'],
] as const;
const xfFooter = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help'];
const xfCookie = 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.';
const xfCookie2 = 'By continuing to use this site, you are consenting to our use of cookies.';
const xfLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'DiscussionForumPosting',
  '@id': 'https://www.sawdustcollective.org/threads/burn-marks-white-oak.48213/',
  headline: xfTitle,
  articleSection: 'Table Saws',
  author: { '@type': 'Person', name: 'benchdog_ellis', url: 'https://www.sawdustcollective.org/members/9981/' },
  datePublished: '2025-02-11T19:04:33+00:00',
  interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'https://schema.org/ReplyAction', userInteractionCount: 3 },
});
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-variation="default" data-color-scheme="light" data-template="thread_view"
data-container-key="node-31" data-content-key="thread-48213" data-logged-in="false" data-cookie-prefix="xf_" class="has-js template-thread_view">
<head>
<meta charset="utf-8" />
<title>${xfTitle} | Sawdust Collective</title>
<link rel="manifest" href="/webmanifest.php">
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="https://www.sawdustcollective.org/threads/burn-marks-white-oak.48213/" />
<meta property="og:site_name" content="Sawdust Collective" /><meta property="og:type" content="website" />
<meta property="og:title" content="${xfTitle}" /><meta property="og:url" content="https://www.sawdustcollective.org/threads/burn-marks-white-oak.48213/" />
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1738852001" />
<link rel="stylesheet"
href="/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Astructured_list.less&amp;s=1" />
<script src="/js/xf/preamble.min.js?_v=7d1b0c44"></script>
<script type="application/ld+json">${xfLd}</script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/data/assets/logo/sawdust-logo.png" alt="Sawdust Collective" width="220" height="40" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button button--plain p-nav-menuTrigger" data-xf-click="off-canvas" aria-label="Menu"><span class="button-text"><i
aria-hidden="true"></i>
</span></button>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
${xfNav
  .map(
    (t) => `<li><div class="p-navEl${t === 'Forums' ? ' is-selected' : ''}"><a href="/${t.toLowerCase()}/"
class="p-navEl-link">${t}</a></div></li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">Log
in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay">
<span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="What's new"
title="What's new"><i aria-hidden="true"></i><span class="p-navgroup-linkText">What's new</span></a>
<a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" aria-label="Search" title="Search">
<i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div>
</div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">
${xfSection.map((t) => `<li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link">${t}</a></div></li>`).join('\n')}
</ul></div></div></div>
<div class="p-body"><div class="p-body-inner">
<ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6">
<li class="notice js-notice notice--primary" data-notice-id="4" data-delay-duration="0" data-display-duration="0"><div class="notice-content">
<a href="/account/dismiss-notice?notice_id=4" class="notice-dismiss js-noticeDismiss" data-xf-init="tooltip" title="Dismiss
notice"></a>${xfNotice}</div></li></ul>
<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${xfCrumbs
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item"><span
itemprop="name">${t.replace('&', '&amp;')}</span></a><meta itemprop="position" content="${i + 1}" /></li>`,
  )
  .join('\n')}
</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xfTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
<a href="/members/9981/" class="username u-concealed" dir="auto" data-user-id="9981" data-xf-init="member-tooltip">benchdog_ellis</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/threads/burn-marks-white-oak.48213/" class="u-concealed">${xfTime(xfPosts[0]!)}</a></li>
<li><i class="fa--xf far fa-tags" aria-hidden="true"></i><span class="u-srOnly">Tags</span><span class="js-tagList">
<a href="/tags/table-saw/" class="tagItem tagItem--tag_table-saw" dir="auto">table saw</a>
<a href="/tags/alignment/" class="tagItem tagItem--tag_alignment" dir="auto">alignment</a></span></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/">
<div class="block-outer"><div class="block-outer-opposite"><div class="buttonGroup">
<a href="/threads/burn-marks-white-oak.48213/watch" class="button--link button" data-xf-click="switch-overlay"><span
class="button-text">Watch</span></a></div></div></div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote"><div class="block-body js-replyNewMessageContainer">
${xfPosts.map(xfPost).join('\n')}
</div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button--wrap button"
data-xf-click="overlay">
<span class="button-text">You must log in or register to reply here.</span></a></div></div>
</div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="">
<span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">
${xfShare
  .map(
    (t) => `<a class="shareButtons-button shareButtons-button--brand shareButtons-button--${t.toLowerCase()}" href="#" target="_blank"
rel="noopener"><i aria-hidden="true"></i><span>${t}</span></a>`,
  )
  .join('\n')}
</div></div></div>
<div class="block" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads">
<div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
${xfSimilar
  .map(
    ([t, by, d, r, v], i) => `<div class="structItem structItem--thread js-threadListItem-${47000 + i}" data-author="${by}">
<div class="structItem-cell structItem-cell--icon"><div class="structItem-iconContainer"><a href="/members/${i}/" class="avatar avatar--s" data-user-id="${i}">
<img src="/data/avatars/s/${i}.jpg" alt="${by}" width="48" height="48" loading="lazy" /></a></div></div>
<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy"><div class="structItem-title"><a href="/threads/${47000 + i}/"
data-tp-primary="on"
data-xf-init="preview-tooltip">${t}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/${i}/" class="username"
dir="auto">${by}</a></li>
<li class="structItem-startDate"><a href="/threads/${47000 + i}/" rel="nofollow"><time class="u-dt" dir="auto">${d}</time></a></li>
<li><a href="/forums/table-saws.31/">Table Saws</a></li></ul></div></div>
<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt><dd>${r}</dd></dl>
<dl class="pairs pairs--justified structItem-minor"><dt>Views</dt><dd>${v}</dd></dl></div></div>`,
  )
  .join('\n')}
</div></div></div></div>
</div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom" itemscope itemtype="https://schema.org/BreadcrumbList">
${xfCrumbs.map((t, i) => `<li><a href="/forums/${i}/"><span>${t.replace('&', '&amp;')}</span></a></li>`).join('\n')}
</ul>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay" title="Style chooser" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> Default
style</a></li>
</ul></div><div class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(xfFooter)}
<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss"
aria-hidden="true"></i>
<span class="u-srOnly">RSS</span></span></a></li></ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by
XenForo<sup>®</sup>
<span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer>
</div>
<ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer"><li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1"><div class="notice-content"><div class="u-alignCenter">${xfCookie}<br />${xfCookie2}</div>
<div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="button--notice button"><span class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button button--link"><span class="button-text">Learn more…</span></a></div></div></li></ul>
<script src="/js/vendor/jquery/jquery-3.7.1.min.js?_v=7d1b0c44"></script>
<script src="/js/xf/core-compiled.js?_v=7d1b0c44"></script>
</body>
</html>`;
const xenforo: TestPage = {
  html: xfHtml,
  name: 'heldout81-xenforo2-thread',
  kind: 'forum',
  // posts are body (split at <br /><br />); the quote of Maud Okonkwo's post ("said:", "Click to expand...") is in neither list;
  // usernames, post dates and the "Last edited" line are bylines; user titles, profile pairs, "#n", the reactions bars (with the
  // names in them), tags, share buttons, similar threads, notices and footer are furniture
  title: xfTitle,
  headings: [],
  body: [...texts(xf1), ...xf2, ...xf3, ...xf4],
  bylines: ['benchdog_ellis', 'Maud Okonkwo', 'splinterfree', 'Feb 11, 2025', 'Feb 12, 2025', 'Last edited: Feb 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xfNav, 'Log in', 'Register', "What's new", 'Search', ...xfSection, xfNotice, 'Machinery & Tools', 'Table Saws', 'Thread starter',
    'Start date', 'Tags', 'table saw', 'alignment', 'Watch', 'New member', 'Well-known member', 'Member', 'Joined', 'Messages', 'Reaction score',
    'Location', 'Sep 30, 2024', 'Mar 4, 2019', 'Jul 17, 2021', '2,341', '1,902', '388', '215', 'Danesford', '#1', '#2', '#3', '#4', xfSigM,
    'Reactions:', ...xfPosts.map((p) => p.reactions!), 'You must log in or register to reply here.', 'Share:', ...xfShare, 'Similar threads',
    ...xfSimilar.flatMap((s) => [s[0], s[1], s[2]]), 'Replies', 'Views', '27', '3K', '921', 'Default style', ...xfFooter, 'RSS',
    'Community platform by XenForo®', '© 2010-2025 XenForo Ltd.', xfCookie, xfCookie2, 'Accept', 'Learn more…',
  ],
};

export const HELDOUT81_B: readonly TestPage[] = [xenforo, discourseTopic];
