import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout460-kit.js';

/**
 * Held-out batch 460, file b: a tank build journal thread on a reef-keeping forum (XenForo 2, default style) with quotes,
 * signatures and reactions.
 */
const xTitle = 'Journal: 300 litre mixed reef in a converted sideboard';
interface XPost {
  user: string;
  title: string;
  joined: string;
  msgs: string;
  date: string;
  n: number;
  paras: string[];
  quote?: { who: string; text: string };
  sig?: string;
  react?: string;
}
const xPosts: XPost[] = [
  {
    user: 'harbourlight',
    title: 'Well-known member',
    joined: 'Apr 9, 2019',
    msgs: '2,318',
    date: 'Jan 6, 2026',
    n: 1,
    paras: [
      j(
        'After two years of planning I finally started the build. The cabinet is an old oak sideboard from my grandmother that I have',
        'reinforced with a plywood box inside, sealed with three coats of epoxy. The tank is 120 × 50 × 50 cm, low iron glass, no overflow box.',
      ),
      j(
        'Filtration will be a 40 litre sump in the left cupboard with a filter roller, a small skimmer and a refugium with chaeto.',
        'Return pump on a controller so I can run it quietly at night. Lights are two LED bars on arms so the lid of the sideboard still opens.',
      ),
      'Photos of the cabinet work below. Next step is drilling the back panel for the plumbing.',
    ],
    sig: 'Current: 300 l mixed reef (in progress) | 60 l nano, 4 years',
    react: 'tidepool_ana, Brineworks and 11 others',
  },
  {
    user: 'Brineworks',
    title: 'Member',
    joined: 'Nov 21, 2022',
    msgs: '412',
    date: 'Jan 6, 2026',
    n: 2,
    quote: { who: 'harbourlight', text: 'sealed with three coats of epoxy' },
    paras: [
      j(
        'Did you seal the end grain as well? That is where mine swelled. I would also put a leak sensor on the cupboard floor,',
        'a cheap one that cuts the return pump is worth every penny in a wooden cabinet.',
      ),
    ],
    react: 'harbourlight',
  },
  {
    user: 'harbourlight',
    title: 'Well-known member',
    joined: 'Apr 9, 2019',
    msgs: '2,318',
    date: 'Jan 19, 2026',
    n: 3,
    paras: [
      j('Good call on the end grain, I went back and did a fourth coat on all the cut edges. Leak sensor is ordered and will be wired to', 'the controller.'),
      j(
        'Update: plumbing is in. 32 mm drain, 25 mm return, a gate valve on the drain for a near-silent Herbie. Filled with fresh water',
        'for a leak test and left it running for a week. One slow drip at the bulkhead, fixed by redoing the gasket.',
      ),
      j(
        'Rock is dry rock that I cured in a bucket with bacteria for a month. I went for two islands with a sand channel between them',
        'so the flow can get all the way round. Sand is 4 cm of fine aragonite.',
      ),
    ],
    sig: 'Current: 300 l mixed reef (in progress) | 60 l nano, 4 years',
    react: 'tidepool_ana, Brineworks and 7 others',
  },
  {
    user: 'tidepool_ana',
    title: 'Active member',
    joined: 'Jun 2, 2020',
    msgs: '986',
    date: 'Jan 20, 2026',
    n: 4,
    paras: [
      j(
        'Love the two islands. If you can, let it run with just the cleanup crew for a good while before the first fish, the ugly',
        'phase always comes and it is easier without fish to feed.',
      ),
      'Following!',
    ],
    sig: 'If it is not on the ICP test, it did not happen.',
  },
];
const xNav = ['Forums', "What's new", 'Classifieds', 'Tank journals', 'Members'];
const xCrumbs = ['Forums', 'Reef Aquaria', 'Tank Build Journals'];
const xPost = (
  p: XPost,
): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}" data-content="post-${18820 + p.n}"
id="js-post-${18820 + p.n}">
<span class="u-anchorTarget" id="post-${18820 + p.n}"></span><div class="message-inner"><div class="message-cell message-cell--user">
<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar"><div class="message-avatar-wrapper">
<a href="/members/${p.user}.${p.n}/" class="avatar avatar--m" data-user-id="${p.n}">
<img src="/data/avatars/m/0/${p.n}.jpg" alt="${p.user}" class="avatar-u${p.n}-m" width="96" height="96"></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user}.${p.n}/" class="username" dir="auto" data-user-id="${p.n}">
<span itemprop="name">${p.user}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified">
<dt>Messages</dt><dd>${p.msgs}</dd></dl></div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline ">
<li class="u-concealed"><a href="/threads/journal-300-litre-mixed-reef.7741/post-${18820 + p.n}" rel="nofollow">
<time class="u-dt" dir="auto" datetime="2026-01-06T19:42:11+0000" data-time="1767728531">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li>
<a href="/threads/journal-300-litre-mixed-reef.7741/post-${18820 + p.n}" class="message-attribution-gadget" data-xf-init="share-tooltip" rel="nofollow">
<i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li>
<a href="/threads/journal-300-litre-mixed-reef.7741/post-${18820 + p.n}" rel="nofollow">#${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${18820 + p.n}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${
  p.quote === undefined
    ? ''
    : `<blockquote data-attributes="member: 1" data-quote="${p.quote.who}" data-source="post: 18821"
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="/goto/post?id=18821" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution"
data-content-selector="#post-18821">${p.quote.who} said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${p.quote.text}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
}${p.paras.join(`<br>\n<br>\n`)}</div></div>
<div class="js-selectToQuoteEnd">&nbsp;</div></article></div>${
  p.sig === undefined
    ? ''
    : `<aside class="message-signature">
<div class="bbWrapper">${p.sig}</div></aside>`
}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="/posts/${18820 + p.n}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-click="reaction">
<i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a>
<a href="/threads/journal-300-litre-mixed-reef.7741/reply?quote=${18820 + p.n}" class="actionBar-action actionBar-action--reply"
data-xf-click="quote">Reply</a></div>
<div class="actionBar-set actionBar-set--internal">
<a href="/posts/${18820 + p.n}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">Report</a></div></div>
<div class="reactionsBar js-reactionsList ${p.react === undefined ? '' : 'is-active'}">${
  p.react === undefined
    ? ''
    : `<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"><i></i></span></li></ul>
<span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${18820 + p.n}/reactions" data-xf-click="overlay"><bdi>${p.react}</bdi></a>`
}</div>
</footer></div></div></div></article>`;
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14"
data-content-key="thread-7741" class="has-no-js template-thread_view">
<head><meta charset="utf-8"><title>${xTitle} | Saltline Reef Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="https://forum.saltline.example/threads/journal-300-litre-mixed-reef.7741/">
<meta property="og:site_name" content="Saltline Reef Forum">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"harbourlight"},"datePublished":"2026-01-06T19:42:11+00:00"}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1767000000">
<script>document.documentElement.className=document.documentElement.className.replace('has-no-js','has-js');</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/saltline/logo.png" alt="Saltline Reef Forum" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${xNav
  .map(
    (t) => `<li>
<div class="p-navEl"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/" class="p-navEl-link">${t}</a></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay">
<span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay">
<span class="p-navgroup-linkText">Register</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search"
title="Search"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
${xCrumbs
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${i}/" itemprop="item">
<span itemprop="name">${t}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span>
<a href="/members/harbourlight.1/" class="username  u-concealed" dir="auto" data-user-id="1">harbourlight</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span>
<a href="/threads/journal-300-litre-mixed-reef.7741/" class="u-concealed"><time class="u-dt" datetime="2026-01-06T19:42:11+0000">Jan 6, 2026</time></a></li>
<li><a href="/tags/sideboard/" class="tagItem tagItem--tag_sideboard" dir="auto">sideboard</a> <a href="/tags/mixed-reef/" class="tagItem" dir="auto">mixed
reef</a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-xf-init="" data-type="post">
<div class="block-outer"><div class="block-outer-opposite"><div class="buttonGroup">
<a href="/threads/journal-300-litre-mixed-reef.7741/watch" class="button--link button" data-xf-click="switch-overlay">
<span class="button-text">Watch</span></a></div></div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPosts.map(xPost).join('\n')}
</div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite">
<div class="blockMessage blockMessage--none">You must log in or register to reply here.</div></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><div class="structItemContainer">
<div class="structItem structItem--thread"><div class="structItem-title"><a href="/threads/sump-in-a-bookcase.7012/">Sump in a bookcase: 180 l build</a>
</div></div>
<div class="structItem structItem--thread"><div class="structItem-title">
<a href="/threads/first-reef-questions.7320/">First reef, cabinet weight questions</a></div></div></div></div></div></div>
</div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${xCrumbs.map((t, i) => `<li><a href="/forums/${i}/"><span>${t}</span></a></li>`).join('')}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(['Contact us', 'Terms and rules', 'Privacy policy', 'Help'])}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by
XenForo<sup>®</sup> <span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer>
</div><script src="/js/xf/preamble.min.js?_v=3a7c1b20"></script></body></html>`;
const saltline: TestPage = {
  name: 'heldout460-xenforo-reef-journal',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote.text]), ...p.paras])),
  bylines: ['harbourlight', 'Brineworks', 'tidepool_ana', 'Jan 6, 2026', 'Jan 19, 2026', 'Jan 20, 2026', 'harbourlight said:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav.filter((t) => t !== 'Forums'), 'Log in', 'Register', 'Search', ...xCrumbs, 'Thread starter', 'Start date', 'sideboard', 'mixed reef', 'Watch',
    'Well-known member', 'Member', 'Active member', 'Joined', 'Messages', 'Apr 9, 2019', 'Nov 21, 2022', 'Jun 2, 2020', '2,318', '412', '986',
    '#1', '#2', '#3', '#4', 'Click to expand...', 'Current: 300 l mixed reef (in progress) | 60 l nano, 4 years',
    'If it is not on the ICP test, it did not happen.', 'Like', 'Reply', 'Report', 'Reactions:', 'tidepool_ana, Brineworks and 11 others',
    'tidepool_ana, Brineworks and 7 others', 'You must log in or register to reply here.', 'Similar threads', 'Sump in a bookcase: 180 l build',
    'First reef, cabinet weight questions', 'Contact us', 'Terms and rules', 'Privacy policy', 'Help',
    'Community platform by XenForo® © 2010-2025 XenForo Ltd.',
  ],
};

export const HELDOUT460_B: readonly TestPage[] = [saltline];
