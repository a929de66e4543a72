import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file c2: a language-exchange forum thread on XenForo 2 (the "out of date browser" notice, the p-nav tabs,
 * breadcrumbs, the thread starter and start date line, posts with user cells (user title, native language, location), post
 * dates and numbers, one reply quoting an earlier post with "said:" and "Click to expand...", action bars, an ad slot, the
 * share bar, "Similar threads", the cookie notice and the footer).
 */
const fTitle = 'echar una mano vs. ayudar in a formal email';
type Post = { user: string; title: string; lang: string; loc: string; date: string; n: string; paras: string[]; quote?: [string, string] };
const posts: Post[] = [
  {
    user: 'lindenfeld',
    title: 'Senior Member',
    lang: 'English - UK',
    loc: 'Leeds',
    date: 'Mar 9, 2026',
    n: '#1',
    paras: [
      j(
        'I am writing to a supplier in Valencia to ask whether they could help us with a delayed delivery. My draft says <i>¿Podrían',
        'echarnos una mano con el envío?</i> A colleague told me this sounds too casual for a first email to a company.',
      ),
      'Would <i>¿Podrían ayudarnos con el envío?</i> be better, or is there a more formal option? Thanks in advance.',
    ],
  },
  {
    user: 'Maripaz_R',
    title: 'Senior Member',
    lang: 'Spanish - Spain',
    loc: 'Castellón',
    date: 'Mar 9, 2026',
    n: '#2',
    paras: [
      j(
        'Your colleague has a point. <i>Echar una mano</i> is friendly and very common, but in a first message to a company you do not',
        'know it can read as if you were asking a favour from a neighbour.',
      ),
      j(
        'I would write: <i>Les agradeceríamos que nos ayudaran a resolver el retraso del envío.</i> The conditional plus <i>agradecer</i>',
        'is the usual polite frame in business Spanish here.',
      ),
    ],
  },
  {
    user: 'Tom Ashgrove',
    title: 'Member',
    lang: 'English - US',
    loc: 'Oregon',
    date: 'Mar 10, 2026',
    n: '#3',
    quote: ['Maripaz_R said:', 'Echar una mano is friendly and very common'],
    paras: [
      j(
        'Is that true across Latin America too? My coworkers in Monterrey use <i>echar la mano</i>, with <i>la</i>, and they put it in',
        'emails to clients all the time.',
      ),
    ],
  },
  {
    user: 'Maripaz_R',
    title: 'Senior Member',
    lang: 'Spanish - Spain',
    loc: 'Castellón',
    date: 'Mar 10, 2026',
    n: '#4',
    paras: [
      j(
        'Good question. In Mexico <i>echar la mano</i> is normal and a little less informal than our version, but I would still not use',
        'it in the very first email. Once you have been writing to someone for a while, either is fine.',
      ),
      'For the original question: since the supplier is in Valencia, I would stay with the formal frame.',
    ],
  },
  {
    user: 'Tom Ashgrove',
    title: 'Member',
    lang: 'English - US',
    loc: 'Oregon',
    date: 'Mar 10, 2026',
    n: '#5',
    paras: [
      j(
        'One more data point from the other side: when I write to suppliers in English, I never say "give us a hand" in a first email',
        'either. It is the same kind of phrase, warm but a bit too close for someone you have never met.',
      ),
    ],
  },
  {
    user: 'lindenfeld',
    title: 'Senior Member',
    lang: 'English - UK',
    loc: 'Leeds',
    date: 'Mar 11, 2026',
    n: '#6',
    paras: ['Thank you all. I have used the <i>agradeceríamos</i> sentence and kept <i>echar una mano</i> for the phone call.'],
  },
];
const fCrumbs = ['Home', 'Forums', 'Español', 'Spanish-English Vocabulary / Vocabulario Español-Inglés'];
const fTabs = ['Dictionary', 'Forums', "What's new", 'Log in', 'Register'];
const fSimilar = ['echar una mano / echar un cable', 'agradecería vs. agradeceríamos in a complaint', 'ayudar a + infinitive or ayudar con'];
const fFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help'];
const post = (p: Post): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}" data-content="post-${p.n}">
<span class="u-anchorTarget" id="post-${p.n.slice(1)}"></span><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-userDetails">
<h4 class="message-name"><a href="/members/${p.user.toLowerCase().replace(/ /g, '-')}/" class="username" dir="auto" itemprop="name">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div><div class="message-userExtras"><dl class="pairs pairs--justified">
<dt>Native language</dt><dd>${p.lang}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd>${p.loc}</dd></dl></div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="#"
rel="nofollow"><time class="u-dt" dir="auto" datetime="2026-03-09T10:00:00+0000" itemprop="datePublished">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" class="message-attribution-gadget" rel="nofollow">Share</a></li>
<li><a href="#" rel="nofollow">${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${
  p.quote === undefined
    ? ''
    : `<blockquote data-attributes="" data-quote="${p.quote[0].replace(' said:', '')}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote
js-expandWatch"><div class="bbCodeBlock-title"><a href="#" class="bbCodeBlock-sourceJump" rel="nofollow">${p.quote[0]}</a></div><div
class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote[1]}</div><div class="bbCodeBlock-expandLink js-expandLink"><a
role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
}${p.paras.join('<br>\n<br>\n')}</div></div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="#"
class="actionBar-action actionBar-action--reply" title="Reply, quoting this message">Reply</a></div><div class="actionBar-set actionBar-set--internal"><a
href="#" class="actionBar-action actionBar-action--report">Report</a></div></div></footer></div></div></div></article>`;
const fHtml = `<!DOCTYPE html><html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="thread_view" data-container-key="node-24"
class="has-no-js template-thread_view"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${fTitle} | Lingoplaza Forums</title><link rel="canonical" href="https://forum.lingoplaza.example/threads/echar-una-mano-vs-ayudar.4410271/" />
<meta property="og:site_name" content="Lingoplaza Forums" /><meta property="og:type" content="website" /><meta property="og:title" content="${fTitle}" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","datePublished":"2026-03-09",
"author":{"@type":"Person","name":"lindenfeld"},"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction",
"userInteractionCount":4}}</script>
<script>window.XF = window.XF || {}; XF.config =
{"userId":0,"enablePush":false,"url":{"fullBase":"https://forum.lingoplaza.example/"},"cookie":{"path":"/"}};</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1771000000" /></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<div class="p-staffBar"></div><div class="js-browserWarning blockMessage blockMessage--warning blockMessage--iconic u-noJsOnly">You are using an out of date
browser. It may not display this or other websites correctly.<br />You should upgrade or use an <a href="#" target="_blank">alternative browser</a>.</div>
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img
src="/styles/lingoplaza/logo.png" alt="Lingoplaza Forums" width="200" height="40" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller">
<ul class="p-nav-list js-offCanvasNavSource">${links(fTabs, 'p-navEl')}</ul></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">${fCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="#" itemprop="item"><span itemprop="name">${c}</span></a>
<meta itemprop="position" content="${i + 1}" /></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${fTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span><a href="#"
class="username u-concealed"
dir="auto">lindenfeld</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a href="#" class="u-concealed"><time
class="u-dt" datetime="2026-03-09T10:00:00+0000">Mar 9, 2026</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${posts.map(post).join('\n')}
</div></div></div>
<div class="samAdvertisement" data-position="container_content_below"><span class="samAdLabel">Advertisement</span><div id="gpt-thread-bottom"></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span><div
class="shareButtons-buttons"><a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" href="#"><span>Facebook</span></a>
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--reddit" href="#"><span>Reddit</span></a><a class="shareButtons-button
shareButtons-button--email" href="#"><span>Email</span></a><a class="shareButtons-button shareButtons-button--link is-hidden" href="#"><span>Link</span></a>
</div></div></div>
<div class="block"><div class="block-outer"><div class="block-outer-opposite"><a href="/login/" class="button--link button">You must log in or register to reply
here.</a></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul class="structItemContainer">
${links(fSimilar, 'structItem structItem--thread')}</ul></div></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(fFoot)}</ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.example" class="u-concealed" dir="ltr" target="_blank">Community
platform by XenForo® © 2010-2026 XenForo Ltd.</a></div></div></footer></div>
<ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices" data-type="bottom_fixer"><li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1" data-visibility=""><div class="notice-content"><div class="u-alignCenter">This site uses cookies to help personalise content, tailor your
experience and to keep you logged in if you register.<br />By continuing to use this site, you are consenting to our use of cookies.</div><div
class="u-inputSpacer u-alignCenter"><a href="#" class="button--notice button"><span class="button-text">Accept</span></a><a href="/help/cookies"
class="button--link button"><span class="button-text">Learn more…</span></a></div></div></li></ul>
<script src="/js/xf/preamble.min.js?_v=3e0a1b2c"></script>
<script>XF.ready(function(){XF.extendObject(XF.phrases, {"date_x_at_time_y":"{date} at {time}"});});</script>
</body></html>`;
export const forumThread: TestPage = {
  name: 'heldout327-xenforo-language-exchange-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(posts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1]]), ...p.paras])),
  bylines: ['lindenfeld', 'Mar 9, 2026', 'Maripaz_R', 'Tom Ashgrove', 'Mar 10, 2026', 'Mar 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You are using an out of date browser. It may not display this or other websites correctly.', 'You should upgrade or use an alternative browser.',
    ...fTabs, ...fCrumbs.filter((c) => c !== 'Forums'), 'Thread starter', 'Start date', 'Senior Member', 'Member', 'Native language', 'English - UK',
    'Spanish - Spain', 'English - US', 'Location', 'Leeds', 'Castellón', 'Oregon', 'Share', 'Maripaz_R said:',
    'Click to expand...', 'Reply', 'Report', 'Advertisement', 'Share:', 'Facebook', 'Reddit', 'Email', 'Link', 'You must log in or register to reply here.',
    'Similar threads', ...fSimilar, ...fFoot, 'Community platform by XenForo® © 2010-2026 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
    'By continuing to use this site, you are consenting to our use of cookies.', 'Accept', 'Learn more…',
  ],
};
