import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 211, file e2: a ResetEra thread on XenForo 2 as a guest sees it (the header logo, the p-nav with its section
 * links and "Log in" / "Register", the breadcrumbs, the thread title with the "Thread starter" and "Start date" screen-reader
 * labels, the page nav, posts with user names, user titles and the OP badge, attribution times and post numbers, bbWrapper
 * text running with <br />, quote blocks with "said:" and "Click to expand...", a "Last edited" line, the action bar and the
 * reactions bar, the guest reply notice, the share row, "Similar threads" and the XenForo footer).
 */
const reTitle = 'Saltmarch leaves Early Access on December 9, 1.0 adds online co-op and a whole new region';
interface RePost {
  name: string;
  title: string;
  time: string;
  n: string;
  quote?: { who: string; text: string };
  text: string[];
  edited?: string;
  reactions?: string;
}
const rePosts: RePost[] = [
  {
    name: 'Curlew',
    title: 'Member',
    time: 'Nov 20, 2025',
    n: '#1',
    text: [
      'Marsh Light Games announced the 1.0 date in a trailer today. After two and a half years in Early Access, Saltmarch gets its ' +
        'full release on December 9 on PC, with PS5 and Xbox versions following in the spring.',
      'The big additions in 1.0:',
      'Online co-op for up to four players, with drop-in joining and a shared smokehouse (finally).',
      'The Estuary, a new region south of the old sluice gates with tidal islands that are only reachable at low tide.',
      'A rewritten story that ties the lighthouse notes together and actually ends.',
      'Price goes up from $19.99 to $24.99 at launch, so if you have been waiting, now is the time to buy.',
    ],
    edited: 'Last edited: Nov 20, 2025',
    reactions: 'Reed Warbler, Ottoline, marsh_goblin and 64 others',
  },
  {
    name: 'Pike & Pint',
    title: 'Member',
    time: 'Nov 20, 2025 at 4:02 PM',
    n: '#2',
    text: ['Online co-op is the thing I have wanted since day one. My partner and I have been passing the controller back and forth for two years.'],
    reactions: 'Curlew and 12 others',
  },
  {
    name: 'dunlin_dreams',
    title: 'Member',
    time: 'Nov 20, 2025 at 4:19 PM',
    n: '#3',
    quote: { who: 'Curlew', text: 'Price goes up from $19.99 to $24.99 at launch' },
    text: [
      'Completely fair for the amount of content they have added. I have 140 hours in this for twenty bucks. Happy to see them ' + 'get paid properly for it.',
    ],
  },
  {
    name: 'Tern Again',
    title: 'The Fallen',
    time: 'Nov 20, 2025 at 5:47 PM',
    n: '#4',
    text: [
      'Does anybody know if Early Access saves carry over? I have a settlement I really do not want to lose.',
      'Their FAQ from last year said they would try to keep saves working but made no promises.',
    ],
  },
  {
    name: 'Curlew',
    title: 'Member',
    time: 'Nov 20, 2025 at 6:05 PM',
    n: '#5',
    quote: { who: 'Tern Again', text: 'Does anybody know if Early Access saves carry over?' },
    text: [
      'Yes, they answered this on their Discord. Saves carry over, but the Estuary only generates for new worlds or if you use the ' +
        'new "expand map" option at the lighthouse, which adds it to an existing world.',
    ],
    reactions: 'Tern Again and 9 others',
  },
  {
    name: 'Ashling',
    title: 'Member',
    time: 'Nov 21, 2025 at 8:30 AM',
    n: '#6',
    text: ['Tidal islands you can only reach at low tide sounds like the most Saltmarch idea ever. I fully expect to drown on day one ' + 'of the 1.0 launch.'],
  },
  {
    name: 'Godwit',
    title: 'Member',
    time: 'Nov 21, 2025 at 11:54 AM',
    n: '#7',
    text: [
      'Really glad they are keeping it on PC first and taking their time with the console ports. Early Access was handled about as ' +
        'well as I have seen from a small team: regular patches, honest roadmaps, and they never once charged for the big updates.',
    ],
    reactions: 'Curlew, Ashling and 21 others',
  },
];
const reNav = ['Forums', 'Gaming Forum', 'Hangouts', "What's new", 'Members'];
const reSection = ['New posts', 'Search forums'];
const reCrumbs = ['Forums', 'Gaming', 'Gaming Forum'];
const reFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const reSimilar = ['Saltmarch Early Access review thread', "Marsh Light Games' next project is a lighthouse sim", 'Best survival games of 2025'];
const reBody = (p: RePost): string => {
  const q = p.quote
    ? `<blockquote data-attributes="member: 41" data-quote="${p.quote.who}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="#" class="bbCodeBlock-sourceJump" data-xf-click="attribution">${p.quote.who} said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote.text}</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : '';
  const txt =
    p.n === '#1'
      ? `${p.text.slice(0, 2).join('<br /><br />')}<br /><ul>${p.text
          .slice(2, 5)
          .map((t) => `<li>${t}</li>`)
          .join('')}</ul>${p.text[5]}`
      : p.text.join('<br /><br />');
  return `<article class="message message--post js-post js-inlineModContainer" data-author="${p.name.replace(/&/g, '&amp;')}"
data-content="post-${p.n.slice(1)}" id="js-post-${p.n.slice(1)}">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-avatar">
<a href="#" class="avatar avatar--m" data-user-id="41"><img src="/data/avatars/m/41.jpg" alt="${p.name.replace(/&/g, '&amp;')}" class="avatar-u41-m"></a></div>
<div class="message-userDetails"><h4 class="message-name"><a href="#" class="username" dir="auto">${p.name.replace(/&/g, '&amp;')}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto">${p.title}</h5>${p.name === 'Curlew' ? '<span class="userBanner userBanner--op">OP</span>' : ''}</div>
</section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed">
<a href="#" rel="nofollow"><time class="u-dt" dir="auto" data-time="1763651640">${p.time}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" rel="nofollow">${p.n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${q}${txt}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
${p.edited ? `<div class="message-lastEdit">${p.edited}</div>` : ''}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--reply">Reply</a></div><div class="actionBar-set actionBar-set--internal">
<a href="#" class="actionBar-action actionBar-action--report">Report</a></div></div>
${
  p.reactions
    ? `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"></span></li></ul>
<a class="reactionsBar-link" href="#">${p.reactions}</a></div>`
    : ''
}</footer></div></div></div></article>`;
};
const reHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-7"
data-content-key="thread-1244109" data-logged-in="false" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Saltmarch leaves Early Access on December 9, 1.0 adds online co-op and a whole new region | ResetEra</title>
<link rel="canonical" href="https://www.resetera.example/threads/saltmarch-leaves-early-access-on-december-9.1244109/">
<meta name="description" content="${rePosts[0]?.text[0]}"><meta property="og:site_name" content="ResetEra"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${reTitle}",
"datePublished":"2025-11-20T15:14:00+0000",
"author":{"@type":"Person","name":"Curlew"},"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction",
"userInteractionCount":5}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=3&amp;l=1&amp;d=1763640000">
<script src="/js/xf/preamble.min.js?_v=a6f3c2d1"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/resetera/logo.svg" alt="ResetEra" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">${links(reNav, 'p-navEl')}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn">
<span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--register">
<span class="p-navgroup-linkText">Register</span></a></div><div class="p-navgroup p-discovery"><a href="/search/"
class="p-navgroup-link p-navgroup-link--search"
title="Search"><span class="p-navgroup-linkText">Search</span></a></div></div></div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><ul class="p-sectionLinks-list">${links(reSection, 'p-navEl')}</ul></div></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${reCrumbs
  .map(
    (c) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="#" itemprop="item"><span
itemprop="name">${c}</span></a></li>`,
  )
  .join('')}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${reTitle}</h1></div><div class="p-description"><ul
class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>
<a href="#" class="username u-concealed" dir="auto">Curlew</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i>
<span class="u-srOnly">Start date</span> <a href="#" class="u-concealed"><time class="u-dt" dir="auto">Nov 20, 2025</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-type="post">
<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed"><div class="pageNav">
<ul class="pageNav-main"><li class="pageNav-page pageNav-page--current"><a href="#">1</a></li><li class="pageNav-page"><a href="#">2</a></li></ul>
<a href="#" class="pageNav-jump pageNav-jump--next">Next</a></div></nav></div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${rePosts.map(reBody).join('\n')}
</div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="blockMessage blockMessage--small">
<a href="/login/" class="button--link button">Log in</a> <a href="/register/" class="button--link button">Register</a>
<p>You must log in or register to reply here.</p></div></div></div></div>
<div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span><a class="shareButtons-button" href="#"><span>Bluesky</span></a>
<a class="shareButtons-button" href="#"><span>Reddit</span></a><a class="shareButtons-button" href="#"><span>Link</span></a></div>
<div class="block"><h3 class="block-minorHeader">Similar threads</h3><ul class="block-body">${links(reSimilar, 'block-row')}</ul></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite">
<ul class="p-footer-linkList">${links(reFoot)}</ul></div></div>
<div class="p-footer-copyright">Community platform by XenForo<sup>®</sup> <span class="copyright">© 2010-2025 XenForo Ltd.</span></div></div></footer>
</div><script src="/js/xf/core-compiled.js?_v=a6f3c2d1"></script></body></html>`;
export const resetera: TestPage = {
  html: reHtml,
  name: 'heldout211-resetera-thread',
  kind: 'forum',
  // thread convention: every post is body (the OP's list items one by one); names, attribution times and the "Last edited"
  // line are bylines; quote blocks are in neither list; user titles, the OP badge, post numbers and reaction lines are furniture
  title: reTitle,
  headings: [],
  body: texts(rePosts.flatMap((p) => p.text)),
  bylines: [...new Set(rePosts.flatMap((p) => [p.name, p.time, ...(p.edited ? [p.edited] : [])]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...reNav, 'Log in', 'Register', 'Search', ...reSection, 'Gaming', 'Thread starter', 'Start date', 'Next', 'Member', 'The Fallen', 'OP',
    ...rePosts.map((p) => p.n), 'Curlew said:', 'Tern Again said:', 'Click to expand...', 'Reply', 'Report',
    ...rePosts.flatMap((p) => (p.reactions ? [p.reactions] : [])), 'You must log in or register to reply here.', 'Share:', 'Bluesky', 'Reddit',
    'Link', 'Similar threads', ...reSimilar, ...reFoot, 'Community platform by XenForo® © 2010-2025 XenForo Ltd.',
  ],
};
