import type { TestPage } from './page-kit.js';
import { j, uniq } from './pages-heldout474-kit.js';

/** Held-out batch 474, file f2: an inn review thread on a XenForo 2 forum (split from file f). */
const xTitle = 'Review: The Belvoir Arms, Stanmere (two nights, October)';
const xPosts: {
  id: number;
  user: string;
  utitle: string;
  joined: string;
  msgs: string;
  date: string;
  quote?: [string, string];
  paras: string[];
  react?: string;
}[] = [
  {
    id: 88120,
    user: 'FenlandRambler',
    utitle: 'Well-known member',
    joined: 'Mar 3, 2019',
    msgs: '1,204',
    date: 'Oct 19, 2026',
    paras: [
      'Just back from two nights at the Belvoir Arms, so here is the promised review for anyone thinking of it.',
      j(
        'Room 4 at the front was big with a proper bath, but it is over the bar and you hear everything until closing at 11. If you',
        'sleep lightly, ask for the rooms in the stable block at the back.',
      ),
      'Food was the highlight. The venison pie and the sticky toffee pudding were both excellent and the portions huge. Breakfast was decent.',
      'Staff friendly, parking free, dog-friendly downstairs. 4/5, would go back in summer.',
    ],
    react: 'Jo_Pennick, Marcus W and 3 others',
  },
  {
    id: 88131,
    user: 'Jo_Pennick',
    utitle: 'Member',
    joined: 'Jul 22, 2023',
    msgs: '87',
    date: 'Oct 20, 2026',
    quote: ['FenlandRambler', 'ask for the rooms in the stable block at the back'],
    paras: ['Agree with this. We had room 9 in the stable block in August and it was silent, plus it has its own little patio.'],
  },
  {
    id: 88140,
    user: 'Marcus W',
    utitle: 'Active member',
    joined: 'Jan 9, 2021',
    msgs: '412',
    date: 'Oct 20, 2026',
    paras: ['Useful, thanks. Did they let the dog in the bedrooms or only the bar?'],
  },
  {
    id: 88152,
    user: 'FenlandRambler',
    utitle: 'Well-known member',
    joined: 'Mar 3, 2019',
    msgs: '1,204',
    date: 'Oct 21, 2026',
    paras: ['Stable block rooms only, £15 a night, and you need to book it in advance as there are just two dog rooms.'],
  },
];
const xQuote = (q: [string, string], pid: number): string => `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"
data-attributes="member: 4411" data-quote="${q[0]}" data-source="post: ${pid}"><div class="bbCodeBlock-title"><a href="/goto/post?id=${pid}"
class="bbCodeBlock-sourceJump"
rel="nofollow" data-xf-click="attribution" data-content-selector="#post-${pid}">${q[0]} said:</a></div><div class="bbCodeBlock-content"><div
class="bbCodeBlock-expandContent
js-expandContent ">${q[1]}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button"
tabindex="0">Click to expand...</a></div></div></blockquote>`;
const xPost = (p: (typeof xPosts)[number], i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment"><span class="u-anchorTarget" id="post-${p.id}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<div class="message-avatar "><div class="message-avatar-wrapper"><a href="/members/${p.id}/" class="avatar avatar--m avatar--default avatar--default--dynamic"
data-user-id="${p.id}" data-xf-init="member-tooltip" style="background-color: #a3b85c; color: #3d4522"><span class="avatar-u${p.id}-m" role="img"
aria-label="${p.user}">${p.user.charAt(0)}</span></a></div></div><div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.id}/"
class="username "
dir="auto" data-user-id="${p.id}" itemprop="name">${p.user}</a></h4><h5 class="userTitle message-userTitle" dir="auto"
itemprop="jobTitle">${p.utitle}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt>
<dd>${p.msgs}</dd></dl></div><span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div
class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed"><a
href="/posts/${p.id}/" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2026-10-19T21:14:06+0100" data-date-string="${p.date}" title="${p.date} at 9:14 PM"
itemprop="datePublished">${p.date}</time></a></li>
</ul><ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/posts/${p.id}/" class="message-attribution-gadget"
data-xf-init="share-tooltip"
aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/posts/${p.id}/"
rel="nofollow">#${i + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-${p.id}"><article
class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${p.quote ? xQuote(p.quote, 88120) : ''}${p.paras.join('<br>\n<br>\n')}</div></div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a
href="/posts/${p.id}/react?reaction_id=1"
class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-click="reaction" rel="nofollow"><i aria-hidden="true"></i><span
class="reaction-text">
<bdi>Like</bdi></span></a><a href="/threads/belvoir-arms.5521/reply?quote=${p.id}" class="actionBar-action actionBar-action--reply" data-xf-click="quote"
data-quote-href="/posts/${p.id}/quote">Reply</a></div></div>${
  p.react
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li>
<span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
class="reaction-sprite js-reaction" alt="Like" title="Like"></span></li></ul><a class="reactionsBar-link" href="/posts/${p.id}/reactions"
data-xf-click="overlay"
rel="nofollow"><bdi>${p.react.split(', ')[0]}</bdi>, <bdi>${p.react.split(', ')[1]?.split(' and ')[0]}</bdi> and 3 others</a></div>`
    : ''
}</footer></div></div></div></article>`;
const xNav = ['Forums', "What's new", 'Members', 'Hotel Reviews'];
const xCrumbs = ['Forums', 'UK & Ireland', 'Hotel Reviews'];
const xSimilar = ['Review: Marsh Farm Hotel, Ebbford', 'Dog-friendly pubs with rooms near Stanmere?', 'The Crown, Lowby: new owners, any good?'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-variation-default="default" data-template="thread_view" data-container-key="node-14"
data-content-key="thread-5521" data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1729371234,a1b2c3" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport"
content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${xTitle} | Inn Talk</title><link rel="canonical" href="https://www.inntalk.example/threads/belvoir-arms.5521/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://www.inntalk.example/threads/belvoir-arms.5521/",
"headline":"${xTitle}","author":{"@type":"Person","name":"FenlandRambler"},"datePublished":"2026-10-19T20:14:06+00:00"}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1729000000">
<script>document.querySelector('html').className = document.querySelector('html').className.replace(/(?:^|\\s)has-no-js(?:\\s|$)/, ' has-js ');</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/inntalk/logo.png" srcset="/styles/inntalk/logo-2x.png 2x" alt="Inn Talk" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"
data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
${xNav
  .map(
    (n, i) => `<li><div class="p-navEl ${i === 0 ? 'is-selected' : ''}"><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}/" class="p-navEl-link"
data-nav-id="nav${i}">${n}</a></div></li>`,
  )
  .join('\n')}</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay"><span
class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span
class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu"
aria-label="Search"
title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
${xCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/c${i}/" itemprop="item"><span
itemprop="name">${c.replace(/&/g, '&amp;')}</span></a>
<meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div><div class="p-description"><ul
class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/members/88120/"
class="username  u-concealed"
dir="auto" data-user-id="88120">FenlandRambler</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span
class="u-srOnly">Start date</span>
<a href="/threads/belvoir-arms.5521/" class="u-concealed"><time class="u-dt" dir="auto"
datetime="2026-10-19T21:14:06+0100">Oct 19, 2026</time></a></li></ul></div></div>
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post"
data-href="/inline-mod/">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPosts.map(xPost).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button--wrap button"
data-xf-click="overlay">
<span class="button-text">You must log in or register to reply here.</span></a></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
${xSimilar
  .map(
    (s, i) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a
href="/threads/${5400 + i}/">${s}</a>
</div></div></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" href="#_xfUid-1"><i aria-hidden="true"></i><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--email" href="mailto:?subject=Review"><i aria-hidden="true"></i><span>Email</span></a>
<a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="#_xfUid-2"><i aria-hidden="true"></i><span>Link</span></a></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${xFoot.map((f) => `<li><a href="/${f.toLowerCase().replace(/ /g, '-')}/">${f}</a></li>`).join('')}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup>
<span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div></div></footer></div>
<ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6"><li
class="notice js-notice notice--primary
notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div class="notice-content"><div
class="u-alignCenter">This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.<br>
By continuing to use this site, you are consenting to our use of cookies.</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice"
class="js-noticeDismiss button--notice button button--icon button--icon--confirm"><span class="button-text">Accept</span></a><a href="/help/cookies/"
class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul>
<script src="/js/xf/preamble.min.js?_v=1a2b3c4d"></script></body></html>`;
const xenforoThread: TestPage = {
  name: 'heldout474-xenforo-inn-review',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), ...p.paras]),
  bylines: uniq([...xPosts.flatMap((p) => [p.user, p.date]), 'FenlandRambler said:']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...xNav, 'Log in', 'Register', 'Search', ...xCrumbs, 'Thread starter', 'Start date', ...xPosts.flatMap((p) => [p.utitle, p.joined, p.msgs]), 'Joined',
    'Messages',
    'F', 'J', 'M',
    ...xPosts.map((_, i) => `#${i + 1}`), 'Like', 'Reply', 'Click to expand...', 'Jo_Pennick, Marcus W and 3 others',
    'You must log in or register to reply here.',
    'Similar threads', ...xSimilar, 'Share:', 'Facebook', 'Email', ...xFoot, 'Community platform by XenForo® © 2010-2024 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
    'By continuing to use this site, you are consenting to our use of cookies.', 'Accept', 'Learn more…',
  ]),
};

export const HELDOUT474_F2: readonly TestPage[] = [xenforoThread];
