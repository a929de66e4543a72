import { links, type TestPage } from './page-kit.js';
import { at, clean, j } from './pages-heldout470-kit.js';

/**
 * Held-out batch 470, file f: a hair forum thread on XenForo 2 (guest view, cookie notice, reactions, similar threads), and a hair
 * salon's policies page on Weebly (in file f2).
 */
const xTitle = 'Curly girl friendly salons – how do you vet a stylist before booking?';
const xPosts: [string, string, string, string, string, string[]][] = [
  [
    'coilsandcoffee',
    'New member',
    'Jan 12, 2027',
    '14',
    '#1',
    [
      j(
        'Moved to a new town and need a stylist who actually knows curly hair. Last time I booked somewhere that said "all hair types" on',
        'the website, she brushed my hair out dry and thinned it with a razor. Took a year to grow out.',
      ),
      'What do you ask or look for before you book? Any red flags?',
    ],
  ],
  [
    'Wren.B',
    'Well-known member',
    'Jan 12, 2027',
    '2,311',
    '#2',
    [
      j(
        'Look at their Instagram, not the website. You want lots of curls photographed wet or just diffused, from the back, not only',
        'straightened blow-outs. Then book a consultation first, most curl stylists do them free or for a tenner.',
      ),
      j('Red flags for me: they want to wash and blow-dry before cutting, they reach for thinning scissors, or they say your curls', '"need taming".'),
    ],
  ],
  [
    'marisol_k',
    'Active member',
    'Jan 13, 2027',
    '486',
    '#3',
    [
      'Wren.B said:',
      'Then book a consultation first, most curl stylists do them free or for a tenner.',
      j(
        'Agree with this. I also ask what products they use on the day and whether they cut curl by curl or wet. There is no right',
        'answer, but a good stylist can explain why they do it their way.',
      ),
    ],
  ],
];
const xQuote = 2;
const xBody = (paras: string[], i: number): string =>
  i === xQuote
    ? `<blockquote data-attributes="member: 4410" data-quote="Wren.B" data-source="post: 91822" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote
js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=91822" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution"
data-content-selector="#post-91822">${at(paras, 0)}</a></div><div class="bbCodeBlock-content">
<div class="bbCodeBlock-expandContent js-expandContent ">${at(paras, 1)}
</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>${at(paras, 2)}`
    : paras.join('<br />\n<br />\n');
const xPost = (
  [u, title, d, msgs, n, paras]: (typeof xPosts)[number],
  i: number,
): string => `<article class="message message--post js-post js-inlineModContainer"
data-author="${u}" data-content="post-${91821 + i}" id="js-post-${91821 + i}" itemscope itemtype="https://schema.org/Comment"
itemid="https://www.curlcrowd.net/posts/${91821 + i}/">
<span class="u-anchorTarget" id="post-${91821 + i}"></span><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"
itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar "><div class="message-avatar-wrapper">
<a href="/members/${i}/" class="avatar avatar--m"
data-user-id="${i}"><img src="/data/avatars/m/0/${i}.jpg" alt="${u}" class="avatar-u${i}-m" width="96" height="96" loading="lazy" itemprop="image"></a></div>
</div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${i}/" class="username " dir="auto" data-user-id="${i}" itemprop="name">${u}</a>
</h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${title}</h5></div><div class="message-userExtras"><dl class="pairs pairs--justified">
<dt>Messages</dt>
<dd>${msgs}</dd></dl></div><span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main">
<div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed">
<a href="/posts/${91821 + i}/" rel="nofollow"
itemprop="url"><time class="u-dt" dir="auto" datetime="2027-01-12T10:0${i}:00+0000" data-date-string="${d}" itemprop="datePublished">${d}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/posts/${91821 + i}/share" class="message-attribution-gadget"
data-xf-init="share-tooltip" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li>
<a href="/posts/${91821 + i}/" rel="nofollow">${n}</a>
</li></ul></header><div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer ">
<article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${xBody(paras, i)}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/${91821 + i}/reply"
class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote">Reply</a></div></div>
${
  i === 0
    ? ''
    : `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li>
<span class="reaction reaction--small reaction--1" data-reaction-id="1">
<i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction"
alt="Like" title="Like">
</span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${91821 + i}/reactions" rel="nofollow"><bdi>coilsandcoffee
</bdi></a></div>`
}
</footer></div></div></div></article>`;
const xNav = ['Home', 'Forums', 'What\u2019s new', 'Members'];
const xCrumbs = ['Home', 'Forums', 'Salons & Stylists', 'Finding a Stylist'];
const xSimilar: [string, string, string, string][] = [
  ['Curl specialist in Harrowfield?', 'coilsandcoffee', 'Finding a Stylist', 'Replies: 6'],
  ['Dry cut vs wet cut for 3B hair', 'marisol_k', 'Cutting & Shaping', 'Replies: 22'],
];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-31" data-content-key="thread-15402"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>${xTitle} | CurlCrowd</title>
<link rel="canonical" href="https://www.curlcrowd.net/threads/curly-girl-friendly-salons-how-do-you-vet-a-stylist.15402/">
<meta property="og:site_name" content="CurlCrowd"><meta property="og:type" content="website"><meta property="og:title" content="${xTitle}">
<link rel="stylesheet"
href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1706&amp;k=a1b2">
<script src="/js/xf/preamble.min.js?_v=b1c2d3e4"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"@id":"https://www.curlcrowd.net/threads/15402/","headline":"${xTitle}",
"author":{"@type":"Person","name":"coilsandcoffee"},"datePublished":"2027-01-12T10:00:00+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":2}}</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/curlcrowd/logo.png" width="200" height="36" alt="CurlCrowd"></a></div></div>
</div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button--plain p-nav-menuTrigger button"
data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" aria-label="Toggle expanded navigation"><span class="button-text"><i aria-hidden="true"></i>
</span></button>
<div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${xNav
  .map(
    (t) => `<li><div class="p-navEl${t === 'Forums' ? ' is-selected' : ''}">
<a href="/${t.toLowerCase().replace(/\W+/g, '-')}/" class="p-navEl-link" data-nav-id="${t.toLowerCase()}">${t}</a></div></li>`,
  )
  .join('')}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn"
data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register"
data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div><div class="p-navgroup p-discovery"><a href="/search/"
class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" aria-label="Search" title="Search"><i aria-hidden="true"></i>
<span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs--parent">
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
${xCrumbs
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/c${i}/" itemprop="item">
<span itemprop="name">${t.replace(/&/g, '&amp;')}</span></a>
<meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ul></div>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div><div class="p-description">
<ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
<a href="/members/0/" class="username  u-concealed"
dir="auto" data-user-id="0">coilsandcoffee</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i>
<span class="u-srOnly">Start date</span>
<a href="/threads/15402/" class="u-concealed"><time class="u-dt" dir="auto" datetime="2027-01-12T10:00:00+0000">Jan 12, 2027</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">${xPosts.map(xPost).join('\n')}</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="blockStatus blockStatus--info"><div class="blockStatus-message">
You must log in or register to reply here.</div></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
${xSimilar
  .map(
    ([t, u, f, r]) => `<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a href="/t/"
data-tp-primary="on">${t}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li><a href="/m/" class="username" dir="auto">${u}</a></li>
<li class="structItem-startDate"><a href="/t/"><time class="u-dt">Nov 3, 2026</time></a></li><li><a href="/f/">${f.replace(/&/g, '&amp;')}</a></li></ul></div>
</div>
<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>${r}</dt></dl></div></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons"><span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" data-href="https://www.facebook.com/sharer.php?u={url}">
<i aria-hidden="true"></i>
<span>Facebook</span></a><a class="shareButtons-button shareButtons-button--share is-hidden" data-xf-init="web-share"><i aria-hidden="true"></i><span>Share
</span></a>
<a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="{url}"><i aria-hidden="true"></i><span>Link</span></a></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList">
<li><a href="/misc/style" data-xf-click="overlay" rel="nofollow">Default style</a></li></ul></div><div class="p-footer-row-opposite">
<ul class="p-footer-linkList">
${links(xFoot)}</ul></div></div><div class="p-footer-copyright">
<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community
platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices">
<li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-visibility=""><div class="notice-content"><div class="u-alignCenter">
This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.<br>
By continuing to use this site, you are consenting to our use of cookies.</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice"
class="button--notice button"><span class="button-text">Accept</span></a><a href="/help/cookies" class="button--notice button">
<span class="button-text">Learn more…</span></a>
</div></div></li></ul></div>
<script src="/js/xf/core-compiled.js?_v=b1c2d3e4"></script><script>jQuery.extend(XF.config, {"userId":0,"enablePush":false,"csrf":"1706_a1b2"});</script>
</body></html>`;
const xenforo: TestPage = clean({
  name: 'heldout470-xenforo-curl-thread',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xPosts.flatMap(([, , , , , paras], i) => (i === xQuote ? paras.slice(1) : paras)),
  bylines: [...xPosts.flatMap(([u, , d]) => [u, d]), 'Wren.B said:', 'Nov 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Log in', 'Register', 'Search', ...xCrumbs, 'Thread starter', 'Start date', ...xPosts.flatMap(([, t, , m, n]) => [t, 'Messages', m, n]),
    'Click to expand...', 'Reply', 'Reactions:', 'coilsandcoffee', 'You must log in or register to reply here.', 'Similar threads',
    ...xSimilar.flatMap((r) => r), 'Share:', 'Facebook', 'Default style', ...xFoot, 'Community platform by XenForo® © 2010-2024 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
    'By continuing to use this site, you are consenting to our use of cookies.', 'Accept', 'Learn more…',
  ],
});

export const HELDOUT470_F: readonly TestPage[] = [xenforo];
