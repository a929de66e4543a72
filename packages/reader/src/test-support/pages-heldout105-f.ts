import { links, type TestPage } from './page-kit.js';
import { stackQuestion } from './pages-heldout105-f2.js';

/**
 * Held-out batch 105, file f: a locked thread on XenForo 2.3 (the "p-" page chrome: nav tabs, "Log in" and "Register", the
 * breadcrumb, the title with "Thread starter" and "Start date" screen-reader labels, the "Not open for further replies."
 * status blocks, the locked-thread notice, posts with user titles, joined/messages/reaction score pairs, "#n" and "Share"
 * links, a quoted post, reactions bars, "Report" links, the "Similar threads" widget, "Share:" bar and the footer) and, from
 * file f2, a Stack Exchange question with no answers yet.
 */
const xfTitle = 'Bandsaw blade keeps drifting to the left on resaw cuts';
type Post = { who: string; title: string; joined: string; msgs: string; score: string; when: string; n: string; text: string[]; react?: string };
const xfPosts: Post[] = [
  {
    who: 'Cedric_W',
    title: 'New member',
    joined: 'Aug 12, 2024',
    msgs: '14',
    score: '6',
    when: 'Feb 8, 2025',
    n: '#1',
    react: 'Gordon Pike and 1 other person',
    text: [
      'I have a 14 inch bandsaw, two years old, and I am trying to resaw some 6 inch wide oak into boards for a small box. Every ' +
        'cut wanders to the left by the time it gets halfway down the board, and I end up with one thick end and one thin end.',
      'The blade is a 1/2 inch 3 tpi that came with the saw. I have set the fence parallel to the mitre slot and checked the guides. ' + 'What am I missing?',
    ],
  },
  {
    who: 'Gordon Pike',
    title: 'Well-known member',
    joined: 'Mar 3, 2016',
    msgs: '4,812',
    score: '2,106',
    when: 'Feb 8, 2025',
    n: '#2',
    react: 'Cedric_W',
    text: [
      'Almost certainly the blade. The stock blades on most saws are not great, and after two years it is probably dull on one ' +
        'side. A blade with more set on one side than the other will always pull that way, whatever you do with the fence.',
      'Try a fresh resaw blade before you change anything else. You can also set the fence to the drift angle of the blade instead of ' +
        'the mitre slot: draw a line on a scrap, freehand a cut along it, and set the fence to whatever angle the board ended up at.',
    ],
  },
  {
    who: 'Marta Kovac',
    title: 'Member',
    joined: 'Nov 20, 2021',
    msgs: '389',
    score: '141',
    when: 'Feb 9, 2025',
    n: '#3',
    text: [
      'Also check your feed rate. If you are pushing hard, the blade will flex and follow the grain. Let the saw do the work; ' +
        'on oak that wide it should feel slow.',
      'And tension. A lot of people run 1/2 inch blades too slack on smaller saws. Pluck it like a guitar string and it should give a ' +
        'clear note, not a thud.',
      'One more thing worth checking is the tyres on the wheels. If the blade is not running on the crown of the upper wheel, it ' +
        'can lead in one direction however sharp it is. Adjust the tracking until the gullets sit at the centre of the tyre.',
    ],
  },
  {
    who: 'Cedric_W',
    title: 'New member',
    joined: 'Aug 12, 2024',
    msgs: '14',
    score: '6',
    when: 'Feb 14, 2025',
    n: '#4',
    react: 'Gordon Pike, Marta Kovac and 3 others',
    text: [
      'Update for anyone who finds this later: new 3/4 inch blade, more tension, and a much slower feed. The first cut came out ' +
        'within half a millimetre from top to bottom. Thank you both.',
    ],
  },
];
const xfQuote = ['Marta Kovac said:', 'Let the saw do the work; on oak that wide it should feel slow.', 'Click to expand...'];
const xfNav = ['Home', 'Forums', "What's new", 'Members', 'Log in', 'Register', 'Search'];
const xfCrumbs = ['Forums', 'Machines and Power Tools', 'Bandsaws'];
const xfStatus = 'Not open for further replies.';
const xfNotice = 'This thread has been locked because the original question was answered. Please start a new thread if you have a similar problem.';
const xfUi = ['Thread starter', 'Start date', 'Status', 'Joined', 'Messages', 'Reaction score', 'Share', 'Report', 'Dismiss notice'];
const xfSimilar = [
  'Similar threads',
  'Resaw blade recommendations for a 14 inch saw',
  'Harlan_B',
  'Replies',
  '12',
  'Views',
  '1K',
  'Tension gauge worth it?',
  'jonno77',
  '8',
  '612',
  'Share:',
  'Facebook',
  'X',
  'Reddit',
  'Email',
  'Link',
];
const xfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS', 'Community platform by XenForo® © 2010-2025 XenForo Ltd.'];
const xfPost = (
  p: Post,
  i: number,
): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.who}" data-content="post-${5150 + i}"
id="js-post-${5150 + i}" itemscope itemtype="https://schema.org/Comment"><span class="u-anchorTarget" id="post-${5150 + i}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a class="avatar avatar--m avatar--default" data-user-id="${41 + i}">
<span class="avatar-u${41 + i}-m"
role="img" aria-label="${p.who}">${p.who.charAt(0)}</span></a></div></div><div class="message-userDetails"><h4 class="message-name">
<a href="/members/${41 + i}/" class="username" dir="auto" data-user-id="${41 + i}"><span itemprop="name">${p.who}</span></a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div><div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>${p.msgs}</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>${p.score}</dd></dl></div><span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/5150/post-${5150 + i}" rel="nofollow" itemprop="url">
<time class="u-dt" dir="auto" datetime="2025-02-08T19:04:11+0000" itemprop="datePublished">${p.when}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="/threads/5150/post-${5150 + i}" class="message-attribution-gadget"
data-xf-init="share-tooltip" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i><span class="u-srOnly">Share</span></a></li>
<li><a href="/threads/5150/post-${5150 + i}" rel="nofollow">${p.n}</a></li></ul></header><div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-${5150 + i}"><article class="message-body js-selectToQuote"><div itemprop="text">
<div class="bbWrapper">${
  i === 3
    ? `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch" data-attributes="member: 44">
<div class="bbCodeBlock-title"><a href="/goto/post?id=5152" class="bbCodeBlock-sourceJump">${xfQuote[0]}</a></div><div class="bbCodeBlock-content">
<div class="bbCodeBlock-expandContent js-expandContent">${xfQuote[1]}</div><div class="bbCodeBlock-expandLink js-expandLink">
<a role="button" tabindex="0">${xfQuote[2]}</a></div>
</div></blockquote>`
    : ''
}${p.text.join('<br>\n<br>\n')}</div></div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--internal">
<a href="/posts/${5150 + i}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">Report</a></div></div>
<div class="reactionsBar js-reactionsList${p.react ? ' is-active' : ''}">${
  p.react
    ? `<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"></span></li></ul>
<a class="reactionsBar-link" href="/posts/${5150 + i}/reactions">${p.react}</a>`
    : ''
}</div></footer></div></div></div></article>`;
const xfStatusBlock = `<dl class="blockStatus blockStatus--standalone"><dt>Status</dt>
<dd class="blockStatus-message blockStatus-message--locked">${xfStatus}</dd></dl>`;
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-31" data-content-key="thread-5150"
data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view"><head><meta charset="utf-8">
<title>Bandsaw blade keeps drifting to the left on resaw cuts | The Sawdust Bench</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="https://forum.sawdustbench.example/threads/bandsaw-blade-keeps-drifting-to-the-left-on-resaw-cuts.5150/">
<meta property="og:title" content="${xfTitle}"><meta property="og:site_name" content="The Sawdust Bench">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"headline":"${xfTitle}","author":{"@type":"Person","name":"Cedric_W"},
"datePublished":"2025-02-08T19:04:11+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1738862013">
<script>window.XF=window.XF||{};XF.config={"cookie":{"path":"/","domain":"","prefix":"xf_"}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/sawdust/logo.png" alt="The Sawdust Bench" width="240" height="48"></a></div>
</div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller">
<ul class="p-nav-list js-offCanvasNavSource">${links(xfNav.slice(0, 4), 'p-navEl')}</ul></div><div class="p-nav-opposite">
<div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay">
<span class="p-navgroup-linkText">${xfNav[4]}</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay">
<span class="p-navgroup-linkText">${xfNav[5]}</span></a></div>
<div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" aria-label="Search"
title="Search">
<span class="p-navgroup-linkText">${xfNav[6]}</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="notices notices--block js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6">
<li class="notice js-notice notice--primary" data-notice-id="7" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility="">
<div class="notice-content"><a href="/account/dismiss-notice?notice_id=7" class="notice-dismiss js-noticeDismiss" data-xf-init="tooltip"
title="Dismiss notice"></a>
${xfNotice}</div></li></ul>
<ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${xfCrumbs
  .map(
    (t, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<a href="/forums/${i}/" itemprop="item"><span itemprop="name">${t}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('')}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${xfTitle}</h1></div><div class="p-description">
<ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">${xfUi[0]}</span>
<a href="/members/41/" class="username u-concealed" dir="auto" data-user-id="41">Cedric_W</a></li><li>
<i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i>
<span class="u-srOnly">${xfUi[1]}</span> <a href="/threads/5150/" class="u-concealed">
<time class="u-dt" datetime="2025-02-08T19:04:11+0000">Feb 8, 2025</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">${xfStatusBlock}
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-container lbContainer">
<div class="block-body js-replyNewMessageContainer">${xfPosts.map(xfPost).join('\n')}</div></div></div>${xfStatusBlock}
<div class="block" data-widget-id="12" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads">
<div class="block-container"><h3 class="block-header">${xfSimilar[0]}</h3><div class="block-body"><div class="structItemContainer">
${[
  [1, 2, 4, 6],
  [7, 8, 9, 10],
]
  .map(
    ([t, s, r, v]) => `<div class="structItem structItem--thread js-inlineModContainer"><div class="structItem-cell structItem-cell--main">
<div class="structItem-title"><a href="/threads/${t}/">${xfSimilar[t ?? 0]}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li>
<a href="/members/${s}/" class="username">${xfSimilar[s ?? 0]}</a></li></ul></div></div><div class="structItem-cell structItem-cell--meta">
<dl class="pairs pairs--justified"><dt>${xfSimilar[3]}</dt><dd>${xfSimilar[r ?? 0]}</dd></dl><dl class="pairs pairs--justified structItem-minor">
<dt>${xfSimilar[5]}</dt><dd>${xfSimilar[v ?? 0]}</dd></dl></div></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons">
<span class="shareButtons-label">${xfSimilar[11]}</span>
<div class="shareButtons-buttons">${xfSimilar
  .slice(12)
  .map((t) => `<a class="shareButtons-button shareButtons-button--brand" data-href="#"><span>${t}</span></a>`)
  .join('')}</div></div></div>
</div></div></div><ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(xfCrumbs)}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(xfFoot.slice(0, 6))}</ul></div></div><div class="p-footer-copyright">
<a href="https://xenforo.example" class="u-concealed" dir="ltr" target="_blank">${xfFoot[6]}</a></div>
</div></footer></div><script src="/js/xf/preamble.min.js?_v=4d2f1c35"></script></body></html>`;
const xenforoThread: TestPage = {
  html: xfHtml,
  name: 'heldout105-xenforo-forum-locked',
  kind: 'forum',
  // every post is body, one entry a paragraph (the paragraphs of a post are split by <br> pairs); names and post times are
  // bylines; the quoted post and its "said:" and "Click to expand..." lines are in neither list; the locked notice and the
  // status blocks are furniture
  title: xfTitle,
  headings: [],
  body: xfPosts.flatMap((p) => p.text),
  bylines: ['Cedric_W', 'Gordon Pike', 'Marta Kovac', 'Feb 8, 2025', 'Feb 9, 2025', 'Feb 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xfNav, ...xfCrumbs.slice(1), xfNotice, ...xfUi.filter((t) => t !== 'Dismiss notice'),
    xfStatus, ...new Set(xfPosts.flatMap((p) => [p.title, p.joined, p.msgs, p.score, p.n])),
    'Gordon Pike and 1 other person', 'Gordon Pike, Marta Kovac and 3 others', ...xfSimilar, ...xfFoot.slice(0, 4), 'RSS', xfFoot[6] ?? '',
  ],
};

export const HELDOUT105_F: readonly TestPage[] = [xenforoThread, stackQuestion];
