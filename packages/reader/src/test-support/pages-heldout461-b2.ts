import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout461-kit.js';

/** Held-out batch 461, file b2: a watch forum thread on XenForo 2 with a quote, signatures and reactions. */
const xTitle = 'Brannholt 2210 – service or leave it alone?';
interface XPost {
  id: number;
  user: string;
  title: string;
  joined: string;
  msgs: string;
  date: string;
  time: string;
  paras: readonly string[];
  quote?: readonly [string, string];
  sig?: string;
  likes?: string;
}
const xPosts: XPost[] = [
  {
    id: 40211,
    user: 'kadett62',
    title: 'Member',
    joined: 'Feb 9, 2021',
    msgs: '214',
    date: 'Mar 3, 2027',
    time: '9:12 AM',
    paras: [
      j(
        "I inherited my grandfather's Brannholt 2210 from the Kesteviken school. It runs, but it loses about two minutes a day and",
        'the crown feels gritty. As far as anyone knows it has never been opened.',
      ),
      'Do I send it for a full service, or is there a risk of losing the patina and the value? Any advice welcome.',
    ],
    sig: 'Brannholt 2210 · Aldercroft Orrin 38 · too many straps',
  },
  {
    id: 40214,
    user: 'Henrik_K',
    title: 'Moderator',
    joined: 'Jun 30, 2012',
    msgs: '18,442',
    date: 'Mar 3, 2027',
    time: '10:05 AM',
    paras: [
      j(
        'Service it. A movement that has run for sixty years on old oil is wearing itself out every day. Patina lives on the dial',
        'and case, and a good watchmaker will not touch either.',
      ),
      j('Ask for a movement-only service, no polishing, no relume, old parts returned in a bag. Put it in writing when you drop it', 'off.'),
    ],
    sig: 'Kessler-trained, still learning.',
    likes: 'kadett62, vintage_ola and 6 others',
  },
  {
    id: 40219,
    user: 'vintage_ola',
    title: 'Well-known member',
    joined: 'Oct 2, 2016',
    msgs: '3,101',
    date: 'Mar 3, 2027',
    time: '1:47 PM',
    paras: [
      j(
        'Agree with Henrik. The B-22 is a simple calibre and parts are still around because the same ébauche went into half a',
        'dozen brands. The balance staff is the part to worry about, so ask whether it is intact before you agree the price.',
      ),
    ],
    quote: ['kadett62', 'Do I send it for a full service, or is there a risk of losing the patina and the value?'],
  },
  {
    id: 40233,
    user: 'kadett62',
    title: 'Member',
    joined: 'Feb 9, 2021',
    msgs: '214',
    date: 'Mar 9, 2027',
    time: '6:30 PM',
    paras: [
      j(
        'Update: it went to a watchmaker in Brenport last week. Balance staff fine, mainspring tired, and the gritty crown was',
        'a bit of old gasket. Now running at +4 a day. Thanks all.',
      ),
    ],
    likes: 'Henrik_K and vintage_ola',
  },
];
const xMeta = (p: XPost): string => `<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl></div>`;
const xQuote = (q: readonly [string, string] | undefined): string =>
  q === undefined
    ? ''
    : `<blockquote data-attributes="member: 1187" data-quote="${q[0]}" data-source="post: 40211"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=40211" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution"
data-content-selector="#post-40211">${q[0]} said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${q[1]}</div><div class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;
const xPost = (
  p: XPost,
  n: number,
): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}" data-content="post-${p.id}" id="js-post-${p.id}"
itemscope itemtype="https://schema.org/Comment">
<span class="u-anchorTarget" id="post-${p.id}"></span><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${p.user.toLowerCase()}.1187/" class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="1187">
<span class="avatar-u1187-m" role="img" aria-label="${p.user}">${p.user.charAt(0).toUpperCase()}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user.toLowerCase()}.1187/" class="username" dir="auto" data-user-id="1187">
<span itemprop="name">${p.user}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div>${xMeta(p)}<span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed">
<a href="/threads/brannholt-2210-service.9921/post-${p.id}" rel="nofollow" itemprop="url">
<time class="u-dt" dir="auto" datetime="2027-03-03T09:12:41+0000" data-date-string="${p.date}" data-time-string="${p.time}" title="${p.date} at ${p.time}"
itemprop="datePublished">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li>
<a href="/threads/brannholt-2210-service.9921/post-${p.id}" class="message-attribution-gadget" data-xf-init="share-tooltip" aria-label="Share" rel="nofollow">
<i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li>
<li><a href="/threads/brannholt-2210-service.9921/post-${p.id}" rel="nofollow">#${n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${p.id}">
<article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${xQuote(p.quote)}${p.paras.join('<br>\n<br>\n')}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div>
</article></div>
${p.sig === undefined ? '' : `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>`}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/${p.id}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-click="reaction"
data-reaction-id="1"><i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a>
<a href="/threads/brannholt-2210-service.9921/reply?quote=${p.id}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message"
rel="nofollow">Reply</a></div>
<div class="actionBar-set actionBar-set--internal">
<a href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">Report</a></div></div>
${
  p.likes === undefined
    ? ''
    : `<div class="reactionsBar js-reactionsList is-active">
<a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay" rel="nofollow">${p.likes}</a></div>`
}
</footer></div></div></div></article>`;
const xNav = ['Home', 'Forums', "What's new", 'Members', 'Marketplace'];
const xCrumbs = ['Forums', 'Vintage Watches', 'Servicing and Repairs'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-9921"
data-logged-in="false" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><title>${xTitle} | Escapement Forums</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="https://forum.escapement.example/threads/brannholt-2210-service.9921/"><meta property="og:site_name" content="Escapement Forums">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"kadett62"},"datePublished":"2027-03-03T09:12:41+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1718000000">
<script>window.XF = window.XF || {}; XF.config = {"cookie":{"path":"\\/","domain":"","prefix":"xf_"},"csrf":"1718000000,abc"};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/escapement/logo.png" alt="Escapement Forums" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button button--plain p-nav-menuTrigger" data-xf-click="off-canvas" aria-label="Toggle expanded"><i aria-hidden="true"></i></button>
<div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${links(xNav)}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay">
<span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay">
<span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search">
<i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs--container">
<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(xCrumbs)}</ul></div>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span>
<a href="/members/kadett62.1187/" class="username u-concealed" dir="auto">kadett62</a></li><li>
<i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/threads/brannholt-2210-service.9921/" class="u-concealed"><time class="u-dt" dir="auto" datetime="2027-03-03T09:12:41+0000">Mar 3, 2027</time></a>
</li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPosts.map((p, i) => xPost(p, i + 1)).join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite">
<div class="blockMessage blockMessage--small">You must log in or register to reply here.</div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul class="listPlain"><li>
<a href="/threads/kesteviken-issue-numbers.8420/">Kesteviken issue numbers – a list</a></li></ul></div></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite">
<ul class="p-footer-linkList">${links(xFoot)}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank"
rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup>
<span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div></div></footer></div>
<script src="/js/xf/preamble.min.js?_v=4a1f"></script></body></html>`;
const xenThread: TestPage = {
  name: 'heldout461-xenforo-watch-thread',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1]]), ...p.paras])),
  bylines: ['kadett62', 'Mar 3, 2027', 'Henrik_K', 'vintage_ola', 'Mar 9, 2027', 'kadett62 said:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Log in', 'Register', 'Search', 'Vintage Watches', 'Servicing and Repairs', 'Thread starter', 'Start date', 'Member', 'Moderator',
    'Well-known member', 'Joined', 'Messages', ...new Set(xPosts.flatMap((p) => [p.joined, p.msgs])), '#1', '#2', '#3', '#4',
    ...new Set(xPosts.flatMap((p) => [...(p.sig === undefined ? [] : [p.sig]), ...(p.likes === undefined ? [] : [p.likes])])),
    'Like', 'Reply', 'Report', 'Click to expand...', 'You must log in or register to reply here.', 'Similar threads', 'Kesteviken issue numbers – a list',
    'Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS', 'Community platform by XenForo® © 2010-2024 XenForo Ltd.',
  ],
};

export const HELDOUT461_B2: readonly TestPage[] = [xenThread];
