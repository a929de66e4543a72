import { type TestPage, texts } from './page-kit.js';
import { type Post, xfTitle, xfPosts, xfNav, xfSearch, xfCrumbs, xfNotice, xfShare, xfSimilar, xfFoot, xfCookie } from './pages-heldout119-e4.js';

/**
 * Held-out batch 119, file e2: a XenForo 2.3 thread as a guest saves it (the logo header, the sticky primary nav with Forums /
 * What's new / Members and their split menus, "Log in" and "Register", the search menu, the section links, the hidden
 * off-canvas menu with its install-app template, the guest notice, breadcrumbs, the title with "Thread starter" and "Start
 * date", four posts with avatars, user titles, joined / messages / reaction score / location pairs, share and "#n" gadgets,
 * bbWrapper text with <br> line breaks, a quote block with "said:" and "Click to expand...", "Last edited", signatures,
 * Like / Reply / Report action bars and reaction lists, "You must log in or register to reply here.", the share buttons,
 * "Similar threads", the footer and the cookie notice).
 */
const staffBanner = '<div class="userBanner userBanner--staff message-userBanner"><span class="userBanner-before"></span><strong>Staff member</strong></div>';
const time = (
  p: Post,
): string => `<time class="u-dt" dir="auto" datetime="2025-08-14T19:02:11+0100" data-timestamp="1755194531" data-date="${p.date}" data-time="${p.time}"
data-short="Aug '25" title="${p.date} at ${p.time}" itemprop="datePublished">${p.date}</time>`;
const url = '/threads/rear-derailleur-ghost-shifting-after-cable-swap.88231/';
const bb = (ps: readonly string[]): string => ps.join('<br>\n<br>\n');
const post = (
  p: Post,
  n: number,
): string => `<article class="message message--post js-post js-inlineModContainer${p.staff ? ' message--staff' : ''}" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://forum.spokeline.example/posts/${p.id}/">
<meta itemprop="parentItem" itemscope itemid="https://forum.spokeline.example${url}"><span class="u-anchorTarget" id="post-${p.id}"></span><div
class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div
class="message-avatar">
<div class="message-avatar-wrapper"><a href="/members/${p.uid}/" class="avatar avatar--m" data-user-id="${p.uid}" data-xf-init="member-tooltip"><img
src="/data/avatars/m/0/${p.uid}.jpg"
alt="${p.user}" class="avatar-u${p.uid}-m" width="96" height="96" loading="lazy" itemprop="image"></a></div></div><div class="message-userDetails"><h4
class="message-name">
<a href="/members/${p.uid}/" class="username" dir="auto" data-user-id="${p.uid}" data-xf-init="member-tooltip"><span
class="${p.staff ? 'username--staff username--moderator' : ''}"
itemprop="name">${p.user}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5>${
  p.staff ? staffBanner : ''
}</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl
class="pairs pairs--justified"><dt>Messages</dt>
<dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl><dl
class="pairs pairs--justified"><dt>Location</dt><dd>
<a href="/misc/location-info?location=${p.loc}" rel="nofollow noreferrer" target="_blank" class="u-concealed">${p.loc}</a></dd></dl></div><span
class="message-userArrow"></span>
</section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header
class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="${url}post-${p.id}" rel="nofollow" itemprop="url">${time(p)}</a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="${url}post-${p.id}" class="message-attribution-gadget"
data-xf-init="share-tooltip"
data-href="/posts/${p.id}/share" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a
href="${url}post-${p.id}"
rel="nofollow">#${n}</a></li></ul></header><div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"
data-lb-id="post-${p.id}"
data-lb-caption-desc="${p.user} · ${p.date} at ${p.time}"><article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote
    ? `<blockquote data-attributes="member: 881" data-quote="${p.quote[0]}" data-source="post: 712019"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=712019" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution"
data-content-selector="#post-712019">${p.quote[0]}
said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote[1]}</div><div
class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}${bb(p.ps)}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>${
  p.edited ? `<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="2025-08-14T19:20:44+0100">${p.edited}</time></div>` : ''
}${p.sig ? `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>` : ''}</div><footer class="message-footer"><div
class="message-actionBar actionBar">
<div class="actionBar-set actionBar-set--external"><a href="/posts/${p.id}/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction"
data-xf-click="reaction"
data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
class="reaction-sprite js-reaction"
alt="Like" title="Like"><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a href="${url}reply?quote=${p.id}"
class="actionBar-action actionBar-action--reply"
title="Reply, quoting this message" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/${p.id}/quote">Reply</a></div><div
class="actionBar-set actionBar-set--internal">
<a href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay" data-cache="false">Report</a></div></div>${
  p.reactions
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"
data-reaction-id="1"><i aria-hidden="true">
</i></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay"
data-cache="false"
rel="nofollow">${p.reactions}</a></div>`
    : ''
}<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer></div></div></div></article>`;
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-variation="default" data-color-scheme="light" data-template="thread_view"
data-container-key="node-14"
data-content-key="thread-88231" data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1755351903,4b7a9c1f0e2d"
class="has-no-js template-thread_view"><head>
<meta charset="utf-8"><title>Rear derailleur ghost shifting after cable swap | Spokeline Cycling Forums</title><link rel="manifest" href="/webmanifest.php">
<meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta
name="theme-color" content="#1d5a8c">
<meta name="apple-mobile-web-app-title" content="Spokeline"><link rel="canonical" href="https://forum.spokeline.example${url}"><meta property="og:site_name"
content="Spokeline Cycling Forums">
<meta property="og:type" content="website"><meta property="og:title" content="${xfTitle}"><meta name="description"
content="Hi all, looking for a sanity check before I take this to a shop.">
<script>window.XF = window.XF || {}; XF.config =
{"cookie":{"path":"/","prefix":"xf_"},"visitorCounts":null,"jsVersion":"f3a1c2d4","url":{"fullBase":"https://forum.spokeline.example/"}};</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1754001122">
<link rel="stylesheet" href="/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Ashare_controls.less&amp;s=1&amp;l=1&amp;d=1754001122">
<script src="/js/xf/preamble.min.js?_v=f3a1c2d4"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://forum.spokeline.example${url}",
"headline":"${xfTitle}",
"articleBody":"Hi all, looking for a sanity check before I take this to a shop.","articleSection":"Drivetrain &
Gears","author":{"@type":"Person","name":"ferny_climbs",
"url":"https://forum.spokeline.example/members/5521/"},"datePublished":"2025-08-14T18:02:11+00:00","dateModified":"2025-08-16T09:05:40+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/ReplyAction","userInteractionCount":3}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner"><div
class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/spokeline/logo.png" alt="Spokeline Cycling Forums" width="180"
height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><button type="button"
class="button button--plain p-nav-menuTrigger"
data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="Menu"><span class="button-text"><i
aria-hidden="true"></i></span></button>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected"><div class="hScroller-scroll"><ul
class="p-nav-list js-offCanvasNavSource">
<li><div class="p-navEl is-selected" data-has-children="true"><a href="/" class="p-navEl-link p-navEl-link--splitMenu" data-nav-id="forums">${xfNav[0]}</a><a
data-xf-key="1"
data-xf-click="menu" class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="Toggle expanded" aria-expanded="false" aria-haspopup="true"></a><div
class="menu
menu--structural" data-menu="menu" aria-hidden="true"><div class="menu-content"><a href="/whats-new/posts/" class="menu-linkRow u-indentDepth0
js-offCanvasCopy">${xfNav[1]}</a>
<a href="/search/?type=post" class="menu-linkRow u-indentDepth0 js-offCanvasCopy">${xfNav[2]}</a></div></div></div></li><li><div class="p-navEl"
data-has-children="true">
<a href="/whats-new/" class="p-navEl-link p-navEl-link--splitMenu" data-nav-id="whatsNew">${xfNav[3]}</a><div class="menu menu--structural" data-menu="menu"
aria-hidden="true">
<div class="menu-content">${xfNav
  .slice(4, 7)
  .map((t) => `<a href="/whats-new/${t.toLowerCase().replace(/ /g, '-')}/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy" rel="nofollow">${t}</a>`)
  .join('')}</div></div></div></li><li><div class="p-navEl" data-has-children="true"><a href="/members/" class="p-navEl-link p-navEl-link--splitMenu"
data-nav-id="members">${xfNav[7]}</a>
<div class="menu menu--structural" data-menu="menu" aria-hidden="true"><div class="menu-content"><a href="/online/"
class="menu-linkRow u-indentDepth0 js-offCanvasCopy">${xfNav[8]}</a>
</div></div></div></li></ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/"
class="p-navgroup-link p-navgroup-link--textual
p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Log in</span></a><div
class="p-navgroup-divider"></div>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on"><span
class="p-navgroup-linkText">Register</span>
</a></div><div class="p-navgroup p-discovery"><a href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew"
aria-label="What&#039;s new" title="What&#039;s new">
<i aria-hidden="true"></i><span class="p-navgroup-linkText">What&#039;s new</span></a><a href="/search/"
class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search"
data-xf-click="menu" data-xf-key="/" aria-label="Search" aria-expanded="false" aria-haspopup="true" title="Search"><i aria-hidden="true"></i><span
class="p-navgroup-linkText">Search</span>
</a><div class="menu menu--structural menu--wide" data-menu="menu" aria-hidden="true"><form action="/search/search" method="post" class="menu-content"
data-xf-init="quick-search">
<h3 class="menu-header">Search</h3><div class="menu-row"><div class="inputGroup inputGroup--joined"><input type="text" class="input" name="keywords"
placeholder="Search…"
aria-label="Search" data-menu-autofocus="true"><select name="constraints" class="js-quickSearch-constraint input" aria-label="Search within">${xfSearch
  .slice(0, 4)
  .map((t) => `<option value="">${t}</option>`)
  .join('')}</select></div></div><div class="menu-row"><label class="iconic"><input type="checkbox" name="c[title_only]" value="1"><i aria-hidden="true"></i>
<span class="iconic-label">${xfSearch[4]}</span></label></div><div class="menu-row"><div class="inputGroup"><span class="inputGroup-text"
id="ctrl_search_menu_by_member">${xfSearch[5]}</span>
<input type="text" class="input" name="c[users]" data-xf-init="auto-complete" placeholder="Member"
aria-labelledby="ctrl_search_menu_by_member"></div></div><div class="menu-footer">
<span class="menu-footer-controls"><button type="submit" class="button button--icon button--icon--search button--primary"><span
class="button-text">Search</span></button>
<a href="/search/" class="button"><span class="button-text">${xfSearch[6]}</span></a></span></div></form></div></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul
class="p-sectionLinks-list"><li><div class="p-navEl">
<a href="/whats-new/posts/" class="p-navEl-link" data-xf-key="alt+1" data-nav-id="newPosts">${xfNav[1]}</a></div></li><li><div class="p-navEl"><a
href="/search/?type=post"
class="p-navEl-link" data-xf-key="alt+2" data-nav-id="searchForums">${xfNav[2]}</a></div></li></ul></div></div></div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation"><div
class="offCanvasMenu-backdrop"
data-menu-close="true"></div><div class="offCanvasMenu-content"><div class="offCanvasMenu-header">Menu<a class="offCanvasMenu-closer" data-menu-close="true"
role="button" tabindex="0"
aria-label="Close"></a></div><div class="p-offCanvasRegisterLink"><div class="offCanvasMenu-linkHolder"><a href="/login/" class="offCanvasMenu-link"
data-xf-click="overlay"
data-menu-close="true">Log in</a></div><hr class="offCanvasMenu-separator"><div class="offCanvasMenu-linkHolder"><a href="/register/"
class="offCanvasMenu-link" data-xf-click="overlay"
data-menu-close="true">Register</a></div><hr class="offCanvasMenu-separator"></div><div class="js-offCanvasNavTarget"></div><div
class="offCanvasMenu-installBanner
js-installPromptContainer" style="display:
none;" data-xf-init="install-prompt"><div class="offCanvasMenu-installBanner-header">Install the app</div><button type="button"
class="button js-installPromptButton"><span class="button-text">Install</span></button><template class="js-installTemplateIOS"><div
class="js-installTemplateContent">
<div class="overlay-title">How to install the app on iOS</div><div class="block-body"><div class="block-row"><p>Follow along with the video below to see how to
install our site as
a web app on your home screen.</p><p><small><strong>Note:</strong> This feature may not be available in some
browsers.</small></p></div></div></div></template></div></div></div>
<div class="p-body"><div class="p-body-inner"><!--XF:EXTRA_OUTPUT--><ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block"
data-scroll-interval="6">
<li class="notice js-notice notice--primary" data-notice-id="1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility=""><div
class="notice-content">
<a href="/account/dismiss-notice?notice_id=1" class="notice-dismiss js-noticeDismiss" data-xf-init="tooltip"
title="Dismiss notice"></a>${xfNotice}</div></li></ul>
<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${xfCrumbs
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/${i === 0 ? '' : `forums/${i}/`}" itemprop="item"><span
itemprop="name">${t.replace('&', '&amp;')}</span></a>
<meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ul><div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${xfTitle}</h1></div><div class="p-description"><ul
class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span><a href="/members/5521/"
class="username u-concealed"
dir="auto" data-user-id="5521" data-xf-init="member-tooltip">ferny_climbs</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i>
<span class="u-srOnly">Start date</span><a href="${url}" class="u-concealed"><time class="u-dt" dir="auto" datetime="2025-08-14T19:02:11+0100"
title="Aug 14, 2025 at 7:02 PM">Aug 14,
2025</time></a></li></ul></div></div><div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages"
data-xf-init=""
data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-outer"></div><div class="block-container lbContainer"
data-xf-init="lightbox select-to-quote"
data-message-selector=".js-post" data-lb-id="thread-88231"><div class="block-body js-replyNewMessageContainer">
${xfPosts.map((p, i) => post(p, i + 1)).join('\n')}
</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button" data-xf-click="overlay">
<span class="button-text">You must log in or register to reply here.</span></a></div></div></div><div class="blockMessage blockMessage--none"><div
class="shareButtons
shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="" data-page-desc=""><span class="shareButtons-label">Share:</span><div
class="shareButtons-buttons">
${xfShare
  .map(
    (t) => `<a class="shareButtons-button shareButtons-button--brand shareButtons-button--${t.toLowerCase()}" href="#"><i
aria-hidden="true"></i><span>${t}</span></a>`,
  )
  .join('\n')}
</div></div></div><div class="block" data-widget-definition="similar_threads"><div class="block-container"><h3 class="block-header">Similar threads</h3><div
class="block-body">${xfSimilar
  .map(
    ([t, u, d, r, v]) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a
href="/threads/${r}/">${t}</a>
</div><div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/${u}/" class="username">${u}</a></li><li class="structItem-startDate"><a
href="/threads/${r}/">
<time class="u-dt">${d}</time></a></li><li><a href="/forums/drivetrain-gears.14/">Drivetrain &amp; Gears</a></li></ul></div></div><div
class="structItem-cell structItem-cell--meta">
<dl class="pairs pairs--justified"><dt>Replies</dt><dd>${r}</dd></dl><dl
class="pairs pairs--justified structItem-minor"><dt>Views</dt><dd>${v}</dd></dl></div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div><ul class="p-breadcrumbs p-breadcrumbs--bottom">${xfCrumbs
  .map(
    (t) => `<li><a
href="/"><span>${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('')}
</ul></div></div><footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul
class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay" data-xf-init="tooltip" title="Style chooser" rel="nofollow"><i class="fa--xf far fa-paint-brush"
aria-hidden="true"></i> Spokeline
Light</a></li></ul></div><div class="p-footer-row-opposite"><ul class="p-footer-linkList">${xfFoot
  .map(
    (t) =>
      `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}/">${
        t === 'RSS'
          ? `<span aria-hidden="true"><i class="fa--xf far fa-rss"></i><span
class="u-srOnly">RSS</span></span>`
          : t
      }</a></li>`,
  )
  .join('')}</ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform
by XenForo<sup>®</sup> <span class="copyright">© 2010-2024 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer"><li
class="notice js-notice
notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div
class="notice-content">
<div class="u-alignCenter">${xfCookie[0]}<br>${xfCookie[1]}</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice"
class="button button--icon
button--icon--confirm js-noticeDismiss button--notice"><span class="button-text">${xfCookie[2]}</span></a><a href="/help/cookies" class="button button--notice">
<span class="button-text">${xfCookie[3]}</span></a></div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=f3a1c2d4"></script><script>jQuery.extend(XF.phrases,
{"date_x_at_time_y":"{date} at {time}","now":"Now"});</script></body></html>`;
export const xenforoThread: TestPage = {
  html: xfHtml,
  name: 'heldout119-xenforo-thread',
  kind: 'forum',
  // every post's text (its <br>-separated paragraphs) is body; the quoted words in post 3 and its "dave_k said:" line are in
  // neither list; usernames, post dates and the "Last edited" line are bylines; user titles, the staff banner, the
  // joined / messages / reaction score / location pairs, signatures, reactions and action bars are furniture
  title: xfTitle,
  headings: [],
  body: texts(xfPosts.flatMap((p) => p.ps)),
  bylines: ['ferny_climbs', 'Aug 14, 2025', 'dave_k', 'Aug 15, 2025', 'Marguerite L', 'Aug 16, 2025', 'Last edited: Aug 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...xfNav, 'Log in', 'Register', 'Search', ...xfSearch, 'Menu', 'Install the app', 'Install', 'How to install the app on iOS',
    'Follow along with the video below to see how to install our site as a web app on your home screen.',
'Note: This feature may not be available in some browsers.',
    xfNotice, ...xfCrumbs, 'Thread starter', 'Start date', 'New member', 'Well-known member', 'Moderator', 'Staff member', 'Joined', 'Messages',
    'Reaction score',
    'Location', ...xfPosts.flatMap((p) => [p.joined, p.msgs, p.score, p.loc]), '#1', '#2', '#3', '#4', 'Click to expand...', xfPosts[1]!.sig!, 'Like', 'Reply',
    'Report', 'Reactions:', 'ferny_climbs and Marguerite L', 'dave_k, Marguerite L and 3 others', 'You must log in or register to reply here.', 'Share:',
...xfShare,
    'Similar threads', ...xfSimilar.flat(), 'Replies', 'Views', 'Spokeline Light', ...xfFoot,
    'Community platform by XenForo® © 2010-2024 XenForo Ltd.', ...xfCookie,
    ]),
  ],
};
