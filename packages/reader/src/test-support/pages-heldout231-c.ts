import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';
import { msQa } from './pages-heldout231-c2.js';

/**
 * Held-out batch 231, file c: a Physics Forums thread on XenForo 2 (header and nav tabs, breadcrumbs, the thread title with
 * "Thread starter / Start date / Tags", the "TL;DR Summary" box, posts with user cells (user title, joined, messages),
 * "#n" post numbers, a quoted post inside a reply, "Likes" lines, share links, the ad slot between posts, the "Similar
 * threads" block, the "Log in or register to reply" notice, the cookie notice and the footer) and, from file c2, a
 * Microsoft Q&amp;A question.
 */
const pTitle = 'Why does a spinning top precess instead of falling over?';
const pSummary = 'I understand torque in the static case but cannot see why gravity makes the axis go round rather than down.';
const pPosts = [
  {
    user: 'Nadia Kovalenko',
    utitle: '',
    joined: 'Jan 12, 2026',
    msgs: '14',
    time: 'Mar 2, 2026',
    n: '#1',
    quote: '',
    likes: '',
    ps: [
      j(
        'I am revising rotational dynamics for a first-year exam. I can follow the algebra for the precession rate, Omega = Mgr / (I omega),',
        'but physically it makes no sense to me. Gravity pulls the top down, so why does the axis move sideways instead of tipping?',
      ),
      j(
        'My textbook says "the torque changes the direction of the angular momentum, not its size", which I can repeat but do not feel.',
        'Is there an intuitive way to see it?',
      ),
    ],
  },
  {
    user: 'Brannagh',
    utitle: 'Science Advisor',
    joined: 'Aug 3, 2017',
    msgs: '6,902',
    time: 'Mar 2, 2026',
    n: '#2',
    quote: 'Gravity pulls the top down, so why does the axis move sideways instead of tipping?',
    likes: 'Nadia Kovalenko, Ferdinand Oto and 2 others',
    ps: [
      j(
        'Think of the angular momentum as an arrow along the axis. The torque from gravity about the pivot is horizontal, at right angles',
        'to that arrow. In a short time dt the arrow gains a small piece, torque times dt, in that horizontal direction.',
      ),
      j(
        'Adding a small sideways piece to a long arrow turns the arrow without making it longer. Do that continuously and the tip of the',
        'arrow walks round in a circle. That circle is the precession.',
      ),
      j(
        'The top does not "fall" because falling would mean the angular momentum arrow swinging downward, and nothing supplies a torque',
        'in that direction. It only ever gets nudged sideways.',
      ),
    ],
  },
  {
    user: 'Ferdinand Oto',
    utitle: 'Homework Helper',
    joined: 'Feb 19, 2020',
    msgs: '2,318',
    time: 'Mar 2, 2026',
    n: '#3',
    quote: '',
    likes: 'Nadia Kovalenko',
    ps: [
      j(
        'One caveat worth knowing for your exam: that picture is the gyroscopic approximation, which assumes the spin is fast. If you',
        'release a top with its axis held still, it does dip slightly at first, and the axis nods up and down as it goes round. That',
        'wobble is called nutation.',
      ),
      j(
        'For a fast top the nutation is tiny and dies away with friction, so you are left with the smooth precession your formula',
        'describes. For a slow top the approximation breaks down and it really does fall.',
      ),
    ],
  },
  {
    user: 'Nadia Kovalenko',
    utitle: '',
    joined: 'Jan 12, 2026',
    msgs: '14',
    time: 'Mar 3, 2026',
    n: '#4',
    quote: '',
    likes: '',
    ps: [
      j(
        'The arrow picture finally made it click, thank you both. I drew it out with the small dL pieces and it is obvious that the',
        'length stays the same. And good to know about nutation; our lecturer mentioned it once and I had no idea what it meant.',
      ),
    ],
  },
];
const pNav = ['Home', 'Forums', 'Insights', 'Trending', 'Featured Threads', 'Search forums'];
const pCrumbs = ['Forums', 'Physics', 'Classical Physics'];
const pTags = ['angular momentum', 'precession', 'torque'];
const pSimilar = [
  'Gyroscope precession direction and the right-hand rule',
  'Angular momentum of a rolling coin on a table',
  'Energy conservation in a precessing gyroscope',
];
const pFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const pPost = (p: (typeof pPosts)[number], i: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-71${i}" id="js-post-71${i}" itemscope itemtype="https://schema.org/Comment"><span class="u-anchorTarget" id="post-71${i}"></span>
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" aria-label="${p.user}"><div class="message-userDetails">
<h4 class="message-name"><a href="/members/${i}" class="username" data-user-id="${i}" itemprop="name">${p.user}</a></h4>
${p.utitle === '' ? '' : `<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.utitle}</h5>`}</div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/spinning-top.10288/post-71${i}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2026-03-02T18:0${i}:00+0000">${p.time}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/threads/spinning-top.10288/post-71${i}"
class="message-attribution-gadget"
data-xf-init="share-tooltip" rel="nofollow">${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div itemprop="text"><div class="bbWrapper">${
  p.quote === ''
    ? ''
    : `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"
data-quote="Nadia Kovalenko"><div class="bbCodeBlock-title"><a href="/goto/post?id=7100" class="bbCodeBlock-sourceJump">Nadia Kovalenko said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div></div></blockquote>`
}
${p.ps.join('<br>\n<br>\n')}</div></div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/71${i}/react?reaction_id=1" class="reaction actionBar-action" data-th-reaction-id="1"><bdi>Like</bdi></a>
<a href="/threads/spinning-top.10288/reply?quote=71${i}" class="actionBar-action actionBar-action--reply" data-xf-click="quote">Reply</a></div></div>
${p.likes === '' ? '' : `<div class="reactionsBar js-reactionsList is-active"><a class="reactionsBar-link" href="/posts/71${i}/reactions">${p.likes}</a></div>`}
</footer></div></div></div></article>`;
const pAd = `<div class="samCodeUnit" data-position="container_content_between_posts"><div class="samItem"><span class="ad-label">Advertisement</span>
<div id="div-gpt-ad-pf-between-posts-1" data-google-query-id="CPv8"></div></div></div>`;
const pHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-61" data-content-key="thread-10288"
class="has-no-js template-thread_view"><head><meta charset="utf-8"><title>Why does a spinning top precess instead of falling over? • Physics Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><link rel="canonical"
href="https://www.physicsforums.example/threads/spinning-top.10288/">
<meta property="og:site_name" content="Physics Forums: Science Discussion, Homework Help, Articles"><meta property="og:type" content="website">
<meta property="og:title" content="${pTitle}"><meta name="description" content="${pSummary}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${pTitle}","articleSection":"Classical
Physics",
"author":{"@type":"Person","name":"Nadia Kovalenko"},"datePublished":"2026-03-02T18:00:00+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=5&amp;l=1"><script src="/js/xf/preamble.min.js?_v=7a1c"></script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/">
<img src="/styles/pf/logo.svg" alt="Physics Forums: Science Discussion, Homework Help, Articles" width="220" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller">
<ul class="p-nav-list js-offCanvasNavSource">${links(pNav, 'p-navEl')}</ul></div><div class="p-nav-opposite">
<div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay">
<span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register"><span class="p-navgroup-linkText">Register</span></a></div>
</div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${pCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item">
<span itemprop="name">${c}</span></a></li>`,
  )
  .join('\n')}
</ul><div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${pTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" title="Thread starter" aria-hidden="true"></i>
<span class="u-srOnly">Thread starter</span> <a href="/members/0" class="username u-concealed">Nadia Kovalenko</a></li>
<li><span class="u-srOnly">Start date</span> <a href="/threads/spinning-top.10288/" class="u-concealed"><time class="u-dt"
datetime="2026-03-02T18:00:00+0000">Mar 2, 2026</time></a></li>
<li><span class="u-srOnly">Tags</span> ${pTags.map((t) => `<a href="/tags/${t.replace(' ', '-')}/" class="tagItem">${t}</a>`).join('\n')}</li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-outer"><div class="block-outer-opposite"><a href="/threads/spinning-top.10288/watch" class="button--link button">Watch</a></div></div>
<div class="blockMessage blockMessage--highlight pf-tldr"><strong>TL;DR Summary</strong><div class="pf-tldr-text">${pSummary}</div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${pPosts
  .slice(0, 1)
  .map((p, i) => pPost(p, i))
  .join('\n')}
${pAd}
${pPosts
  .slice(1)
  .map((p, i) => pPost(p, i + 1))
  .join('\n')}
</div></div></div>
<div class="block-outer block-outer--after"><div class="blockStatus blockStatus--locked">Answers and Replies are closed for this thread.</div>
<div class="block-outer-opposite"><div class="shareButtons"><span class="shareButtons-label">Share:</span><a class="shareButtons-button--facebook" href="#">
<span>Facebook</span></a><a class="shareButtons-button--twitter" href="#"><span>X</span></a><a class="shareButtons-button--email" href="#"><span>Email</span>
</a>
<a class="shareButtons-button--link is-hidden" data-clipboard="#"><span>Link</span></a></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul class="structItemContainer">
${links(pSimilar, 'structItem')}</ul></div></div></div></div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(pFoot)}</ul></div></div><div class="p-footer-copyright">© 2001–2026 Physics Forums Ltd. Community platform by XenForo®</div></div></footer></div>
<ul class="notices notices--bottom_fixer notices--isMulti js-notices" data-xf-init="notices"><li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1" data-delay-duration="0"><div class="notice-content">
<div class="u-alignCenter">This site uses cookies to help personalise content, tailor your
experience and to keep you logged in if you register.</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice"
class="button--notice button">
<span class="button-text">Accept</span></a> <a href="/help/cookies" class="button--notice button">Learn more…</a></div></div></li></ul>
<script src="/js/xf/core-compiled.js?_v=7a1c"></script>
<script>XF.extendObject(true, XF.config, {"csrf":"1772470000,abc","url":{"fullBase":"https://www.physicsforums.example/"}});</script>
</body></html>`;
const physicsForums: TestPage = {
  name: 'heldout231-physicsforums-thread',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  // the thread's "TL;DR Summary" text is the starter's own words (body); the quoted post in #2 is in neither list
  body: texts([pSummary, ...pPosts.flatMap((p) => p.ps)]),
  bylines: ['Nadia Kovalenko', 'Brannagh', 'Ferdinand Oto', 'Mar 2, 2026', 'Mar 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, 'Log in', 'Register', ...pCrumbs, 'Thread starter', 'Start date', 'Tags', ...pTags, 'Watch', 'TL;DR Summary', 'Science Advisor',
    'Homework Helper', 'Joined', 'Messages', 'Jan 12, 2026', 'Aug 3, 2017', 'Feb 19, 2020', '6,902', '2,318', '#1', '#2', '#3', '#4', 'Like', 'Reply',
    'Nadia Kovalenko said:', 'Nadia Kovalenko, Ferdinand Oto and 2 others', 'Advertisement', 'Answers and Replies are closed for this thread.', 'Share:',
    'Facebook', 'Email', 'Link', 'Similar threads', ...pSimilar, 'Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS',
    '© 2001–2026 Physics Forums Ltd. Community platform by XenForo®',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.', 'Accept', 'Learn more…',
  ],
};

export const HELDOUT231_C: readonly TestPage[] = [physicsForums, msQa];
