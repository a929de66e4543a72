import { links, type TestPage, texts } from './page-kit.js';
import { type XPost, xPosts } from './pages-heldout146-a4.js';

/**
 * Held-out batch 146, file a2: an XDA Forums (XenForo 2) thread in a device Q&A forum as a signed-out visitor saves it (the
 * XDA header and XenForo navigation with "Log in" / "Register", breadcrumbs, the thread title with "Thread starter" and
 * "Start date", the "Watch" button, five posts with their user cells (rank, Joined / Posts / Likes / Location), post
 * number and share gadget, a quote with "Click to expand...", a code block with its "Code:" title, a "Last edited:" line,
 * signatures, Like / Reply bars and reaction lists, an ad slot between posts, the "You must log in or register to reply
 * here." notice, the share buttons, Similar threads, the footer and the XenForo cookie notice); the posts are in file a4.
 */
const xTitle = 'V9 Pro draining 4% an hour on standby since the March update';
const xNav = ['Home', 'Forums', "What's new", 'Members'];
const xSubNav = ['New posts', 'Search forums'];
const xCrumbs = ['Veltra', 'Veltra V9 Pro', 'Veltra V9 Pro Questions & Answers'];
const xShare = ['Facebook', 'X', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Link'];
const xSimilar = [
  { t: 'V9 Pro will not hold 5G after the February patch', u: 'tobiasr', d: 'Feb 11, 2025', r: '9', v: '1K' },
  { t: 'Any way to downgrade the modem firmware without unlocking?', u: 'sanne.b', d: 'Jan 27, 2025', r: '3', v: '402' },
  { t: 'Wi-Fi calling greyed out on Brenna Mobile', u: 'Petrica D.', d: 'Dec 9, 2024', r: '6', v: '733' },
];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const xAbout = 'XDA Forums is where people who build, tweak and repair their phones trade what they have learned.';
const xCookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'By continuing to use this site, you are consenting to our use of cookies.',
];
const xBr = (a: readonly string[]): string => a.join('<br />\n<br />\n');
const xBody = (p: XPost): string => {
  const parts: string[] = [];
  if (p.quote)
    parts.push(`<blockquote data-attributes="member: 1234" data-quote="mirela.t" data-source="post: 89123401" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=89123401" class="bbCodeBlock-sourceJump" rel="nofollow"
data-xf-click="attribution" data-content-selector="#post-89123401">mirela.t said:</a></div><div class="bbCodeBlock-content">
<div class="bbCodeBlock-expandContent js-expandContent ">${p.quote}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button"
tabindex="0">Click to expand...</a></div></div></blockquote>`);
  parts.push(xBr(p.paras));
  if (p.code)
    parts.push(`<div class="bbCodeBlock bbCodeBlock--screenLimited bbCodeBlock--code"><div class="bbCodeBlock-title">Code:</div>
<div class="bbCodeBlock-content" dir="ltr"><pre class="bbCodeCode" dir="ltr" data-xf-init="code-block" data-lang=""><code>${p.code}</code></pre></div></div>`);
  if (p.after) parts.push(xBr(p.after));
  if (p.list) parts.push(`<ol type="1">${p.list.map((t) => `<li data-xf-list-type="ol">${t}</li>`).join('\n')}</ol>`);
  if (p.tail) parts.push(xBr(p.tail));
  return parts.join('<br />\n');
};
const xPost = (p: XPost): string => `<article class="message message--post js-post js-inlineModContainer " data-author="${p.user}" data-content="post-${p.id}"
id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://xdaforums.com/posts/${p.id}/"><meta itemprop="parentItem" itemscope
itemid="https://xdaforums.com/t/v9-pro-draining.4711209/"><span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar "><div class="message-avatar-wrapper"><a href="/m/${p.id}/" class="avatar avatar--m" data-user-id="${p.id}"
data-xf-init="member-tooltip">
<img src="https://xdaforums.example/data/avatars/m/${p.id}.jpg" alt="${p.user}" class="avatar-u${p.id}-m" width="96" height="96" loading="lazy"
itemprop="image"></a>
</div></div><div class="message-userDetails"><h4 class="message-name"><a href="/m/${p.id}/" class="username " dir="auto" data-user-id="${p.id}"
data-xf-init="member-tooltip"><span itemprop="name">${p.user}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto"
itemprop="jobTitle">${p.rank}</h5>
</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs
pairs--justified"><dt>Posts</dt>
<dd>${p.posts}</dd></dl><dl class="pairs pairs--justified"><dt>Likes</dt><dd>${p.likes}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt>
<dd><a href="/misc/location-info?location=${p.loc}" rel="nofollow noreferrer" target="_blank" class="u-concealed">${p.loc}</a></dd></dl></div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed">
<a href="/t/v9-pro-draining.4711209/post-${p.id}" rel="nofollow" itemprop="url"><time class="u-dt" dir="auto" datetime="2025-03-04T09:12:44+0000"
data-timestamp="1741079564" title="${p.date} at 9:12 AM" itemprop="datePublished">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/t/v9-pro-draining.4711209/post-${p.id}"
class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/${p.id}/share" aria-label="Share"
rel="nofollow"><i class="fa--xf far fa-share-alt"
aria-hidden="true"></i></a></li><li><a href="/t/v9-pro-draining.4711209/post-${p.id}" rel="nofollow">${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-${p.id}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${xBody(p)}</div></div>
<div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${p.edited ? `<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="2025-03-05T07:40:00+0000">${p.edited}</time></div>` : ''}
${p.sig ? `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>` : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/${p.id}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-reaction-id="1" rel="nofollow">
<i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP" class="reaction-sprite js-reaction" alt="Like" title="Like">
<span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a href="/posts/${p.id}/reply" class="actionBar-action actionBar-action--reply"
title="Reply, quoting this message" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/${p.id}/quote">Reply</a></div></div>
${
  p.reacts
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1"><i aria-hidden="true"></i></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link"
href="/posts/${p.id}/reactions"
data-xf-click="overlay" data-cache="false" rel="nofollow">${p.reacts}</a></div>`
    : ''
}</footer></div></div></div></article>`;
const xAd = `<div class="samCodeUnit samAlignCenter" data-position="container_message_below_1"><div class="samItem"><div class="ad-wrapper">
<span class="ad-label">Advertisement</span><div id="div-gpt-ad-xda-inthread-1" class="adsninja-ad-zone"
data-slot="xda_forums_inthread"></div></div></div></div>`;
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-11712"
data-content-key="thread-4711209"
data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1741170000,0a1b" class="has-no-js template-thread_view"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport"
content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${xTitle} | XDA Forums</title><link rel="canonical" href="https://xdaforums.com/t/v9-pro-draining-4-an-hour-on-standby.4711209/">
<meta name="description" content="Since the March security update my V9 Pro loses about 4% an hour sitting on the desk with the screen off.">
<meta property="og:site_name" content="XDA Forums"><meta property="og:type" content="website"><meta property="og:title" content="${xTitle}">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=5&amp;l=1&amp;d=1741100000">
<script src="/js/xf/preamble.min.js?_v=0a9f"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://xdaforums.com/t/v9-pro-draining.4711209/",
"headline":"${xTitle}","articleSection":"Veltra V9 Pro Questions & Answers",
"author":{"@type":"Person","name":"mirela.t"},"datePublished":"2025-03-04T09:12:44+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="https://xdaforums.com/"><img src="/styles/xda/xda-logo.svg" alt="XDA Forums" width="120" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" aria-label="Toggle expanded"
aria-expanded="false"><span class="button-text"><i aria-hidden="true"></i></span></button><div class="p-nav-scroller hScroller"><div class="hScroller-scroll">
<ul class="p-nav-list js-offCanvasNavSource">${xNav
  .map(
    (t) => `<li><div class="p-navEl${t === 'Forums' ? ' is-selected' : ''}" data-has-children="true">
<a href="/${t === 'Home' ? '' : t.toLowerCase().replace(/\W+/g, '-')}" class="p-navEl-link p-navEl-link--splitMenu" data-nav-id="${t}">${t}</a></div></li>`,
  )
  .join('')}</ul>
</div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Log in</span></a><div
class="p-navgroup-divider"></div>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register"
data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a>
</div><div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search"
title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">
${links(xSubNav)}</ul></div></div></div>
<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs--parent"><ul class="p-breadcrumbs"
itemscope itemtype="https://schema.org/BreadcrumbList">
${['Forums', ...xCrumbs]
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/f/${i}/" itemprop="item">
<span itemprop="name">${t.replace(/&/g, '&amp;')}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ul></div>
${xAd.replace('container_message_below_1', 'container_breadcrumb_top_above')}
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div><div class="p-description"><ul class="listInline
listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
<a href="/m/89123401/" class="username u-concealed" dir="auto" data-user-id="1234" data-xf-init="member-tooltip">mirela.t</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/t/v9-pro-draining.4711209/" class="u-concealed"><time class="u-dt" dir="auto"
datetime="2025-03-04T09:12:44+0000">Mar 4, 2025</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post"
data-href="/inline-mod/" data-search-target="*"><div class="block-outer"><div class="block-outer-opposite"><div class="buttonGroup">
<a href="/t/v9-pro-draining.4711209/watch" class="button--link button" data-xf-click="switch-overlay" data-sk-watch="Watch" data-sk-unwatch="Unwatch">
<span class="button-text">Watch</span></a></div></div></div><div class="block-container lbContainer" data-xf-init="lightbox select-to-quote"
data-lb-id="thread-4711209">
<div class="block-body js-replyNewMessageContainer">
${xPosts.map((p, i) => (i === 0 ? `${xPost(p)}\n${xAd}` : xPost(p))).join('\n')}
</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="block-outer-hint">
<a href="/login/" data-xf-click="overlay">You must log in or register to reply here.</a></div></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="">
<span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">${xShare
  .map(
    (t) => `<a class="shareButtons-button shareButtons-button--brand
shareButtons-button--${t.toLowerCase()}" data-href="#"><i aria-hidden="true"></i><span>${t}</span></a>`,
  )
  .join('')}</div></div></div>
<div class="block" data-widget-id="42" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads">
<div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
${xSimilar
  .map(
    (s) => `<div class="structItem structItem--thread js-inlineModContainer"><div class="structItem-cell structItem-cell--main"><div class="structItem-title">
<a href="/t/${s.r}/" data-tp-primary="on">${s.t}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li><a href="/m/${s.r}/"
class="username">${s.u}</a>
</li><li class="structItem-startDate"><a href="/t/${s.r}/" rel="nofollow"><time class="u-dt">${s.d}</time></a></li></ul></div></div>
<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt><dd>${s.r}</dd></dl><dl class="pairs pairs--justified
structItem-minor"><dt>Views</dt><dd>${s.v}</dd></dl></div></div>`,
  )
  .join('\n')}</div></div></div></div>
</div></div></div><ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(['Forums', ...xCrumbs])}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><p
class="p-footer-about">${xAbout}</p></div>
<div class="p-footer-row-opposite"><ul class="p-footer-linkList">${links(xFoot)}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup>
<span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer"
data-scroll-interval="6"><li class="notice js-notice notice--primary
notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div class="notice-content">
<div class="u-alignCenter">${xCookie[0]}<br>${xCookie[1]}</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="button--notice
button js-noticeDismiss button--small"><span class="button-text">Accept</span></a><a href="/help/cookies" class="button--notice button button--small">
<span class="button-text">Learn more…</span></a></div></div></li></ul>
<script src="/js/xf/core-compiled.js?_v=0a9f"></script>
<script>jQuery.extend(XF.config, {"userId":0,"enablePush":false,"url":{"fullBase":"https://xdaforums.com/"}});</script>
</body></html>`;
export const xdaThread: TestPage = {
  html: xHtml,
  name: 'heldout146-xda-forums-thread',
  kind: 'forum',
  // every post is body; the quote (with its "said:" line) and the code block are in neither list; names, the thread
  // starter, post dates and the "Last edited:" line are bylines; ranks, user stats, post numbers, signatures, reaction
  // lists, ads, share buttons and similar threads are furniture
  title: xTitle,
  headings: [],
  body: texts(xPosts.flatMap((p) => [...p.paras, ...(p.after ?? []), ...(p.list ?? []), ...(p.tail ?? [])])),
  bylines: ['mirela.t', 'drummond_k', 'Konstantin V.', 'Mar 4, 2025', 'Mar 5, 2025', 'Last edited: Mar 5, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Log in', 'Register', 'Search', ...xSubNav, 'Advertisement', ...xCrumbs, 'Thread starter', 'Start date', 'Watch',
    ...[...new Set(xPosts.flatMap((p) => [p.rank, p.joined, p.posts, p.likes, p.loc, p.n]))], 'Joined', 'Posts', 'Likes', 'Location', 'Click to expand...',
    'Code:', ...[...new Set(xPosts.flatMap((p) => (p.sig ? [p.sig] : [])))], 'Like', 'Reply', 'Reactions:', 'mirela.t, drummond_k and 14 others',
    'Konstantin V. and drummond_k', 'You must log in or register to reply here.', 'Share:', ...xShare, 'Similar threads',
    ...xSimilar.flatMap((s) => [s.t, s.u, s.d, s.r, s.v]), 'Replies', 'Views', xAbout, ...xFoot, 'Community platform by XenForo', '© 2010-2025 XenForo Ltd.',
    ...xCookie, 'Accept', 'Learn more…',
  ],
};
