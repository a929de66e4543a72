import { links, type TestPage, texts } from './page-kit.js';
import { seBounty } from './pages-heldout93-a2.js';
import {
  code,
  soA1,
  soA1c,
  soA2,
  soBlog,
  soComment,
  soCookie,
  soDupes,
  soFoot,
  soFoot2,
  soHighly,
  soHot,
  soLinked,
  soMenu,
  soMeta,
  soNav,
  soQ,
  soQc,
  soRelated,
  soSe,
  soTags,
  soTitle,
  soUser,
  soVote,
} from './pages-heldout93-a3.js';

/**
 * Held-out batch 93, file a: a Stack Overflow question closed as a duplicate, as a signed-out visitor saves it (top bar,
 * left nav with the Teams promo, the "[duplicate]" h1, the asked / modified / viewed line, the "This question already has
 * answers here" notice with "Closed 3 years ago." at the top of the question cell, vote counts, tags, post menus, user
 * cards with reputation and screen-reader badge texts, comments, the "2 Answers" bar with its sort select, the "Highly
 * active question" notice, the Overflow Blog / Featured on Meta box, Linked, Related and Hot Network Questions rails, the
 * footer and the cookie consent banner) and, from file a2, a Stack Exchange question with an open bounty.
 */
const soHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive html__unpinned-leftnav" lang="en"><head>
<title>javascript - Why does sort() put 10 before 9 in my array? - Stack Overflow</title><meta charset="utf-8">
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/stackoverflow/Img/favicon.ico?v=ec617d715196">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:url" content="https://stackoverflow.example/questions/71544029/why-does-sort-put-10-before-9">
<meta property="og:site_name" content="Stack Overflow"><meta name="twitter:card" content="summary"><meta name="twitter:domain" content="stackoverflow.com">
<meta name="twitter:title" property="og:title" itemprop="name" content="Why does sort() put 10 before 9 in my array?">
<meta name="twitter:description" property="og:description" itemprop="description" content="I have an array of scores coming back from our quiz API.">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script>
<script src="https://cdn.sstatic.example/Js/stub.en.js?v=f8f1a7f6d1a2"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=9d6c1c1b5d4e">
<script>StackExchange.init({"locale":"en","serverTime":1747310400,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.example",
"networkMetaHostname":"meta.stackexchange.com","site":{"name":"Stack Overflow","description":"Q&amp;A for professional and enthusiast programmers"}});
StackExchange.using.setCacheBreakers({"js/full.en.js":"1a2b3c"});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true"><span></span></a>
<a class="s-topbar--logo js-gps-track" href="https://stackoverflow.example"><span class="-img _glyph">Stack Overflow</span></a>
<ol class="s-navigation" role="presentation"><li class="md:d-none"><a href="/questions" class="s-navigation--item">About</a></li>
<li><a href="/teams" class="s-navigation--item js-gps-track">Products</a></li><li><a href="/ai" class="s-navigation--item">OverflowAI</a></li></ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search…" aria-label="Search" maxlength="240" class="s-input s-input__search
js-search-field"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar">
<li role="none"><a href="/users/login" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" role="menuitem">Log in</a></li>
<li role="none"><a href="/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" role="menuitem">Sign up</a></li>
</ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">
${links(soNav, 'ps-relative')}
<li class="ps-relative"><a href="/collectives" class="pl8 js-gps-track nav-links--link">Collectives</a>
<p class="fs-caption fc-black-400 pl8">Communities for your favorite technologies. <a href="/collectives-all">Explore all Collectives</a></p></li></ol>
<div class="ps-relative"><h2 class="fs-fine tt-uppercase ml8 mt16 mb4 fc-black-400">Teams</h2><div class="px8 py12 bar-sm bg-black-025">
<p class="fs-caption">Ask questions, find answers and collaborate at work with Stack Overflow for Teams.</p>
<a href="/teams/create/free" class="s-btn s-btn__filled s-btn__xs">Try Teams for free</a>
<a href="/teams" class="s-btn s-btn__link s-btn__xs">Explore Teams</a></div></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.example/Sites/stackoverflow/Img/apple-touch-icon.png"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/71544029/why-does-sort-put-10-before-9" class="question-hyperlink">${soTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a class="ws-nowrap s-btn s-btn__primary" href="/questions/ask">Ask
Question</a>
</div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2022-03-14 19:02:11Z">
<span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="2022-03-14T19:02:11">3 years, 2 months ago</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit"
title="2023-06-02 08:14:40Z">1 year, 11 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 48,317 times">
<span class="fc-black-400 mr2">Viewed</span>48k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="71544029" data-position-on-page="0"
data-score="23" id="question"><div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow"></div></div>
<div class="post-layout">${soVote('23')}<div class="postcell post-layout--right">
<div class="js-post-notice mb16"><aside class="s-notice s-notice__info post-notice js-post-notice mb16" role="status"><div class="d-flex fd-column fw-nowrap">
<div class="d-flex fw-nowrap"><div class="flex--item wmn0 fl1 lh-lg"><div class="flex--item fl1 lh-lg"><div><b>This question already has answers here</b>:
<div class="mt8"><ul class="list-reset">${soDupes
  .map(
    (t, i) => `<li class="mb8"><a href="/questions/${1063 + i}/x" dir="ltr">${t}</a> <span class="ml4 s-badge s-badge__sm">(${i === 0 ? 14 : 6} answers)</span>
</li>`,
  )
  .join(
    '',
  )}</ul></div></div></div></div></div><div class="flex--item mb0 mt8">Closed <span title="2022-03-14 19:31:02Z" class="relativetime">3 years ago</span>.
</div></div></aside></div>
<div class="s-prose js-post-body" itemprop="text">
<p>${soQ[0]}</p>
${code('js', 'const scores = [9, 10, 2, 33, 4];\nscores.sort();\nconsole.log(scores); // [10, 2, 33, 4, 9]')}
<p>${soQ[1]}</p>
<p>${soQ[2]}</p>
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none
js-post-tag-list-wrapper d-inline">
${soTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="post-tag"
rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${soMenu('question')}
<div class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time"><a href="/posts/71544029/revisions"
class="js-gps-track">edited <span title="2022-03-14 19:30:02Z" class="relativetime">Mar 14, 2022 at 19:30</span></a></div>
<div class="user-details"><a href="/users/9/x">Dariusz Kowal</a></div></div></div>
${soUser('asked', 'Mar 14, 2022 at 19:02', '2022-03-14 19:02:11Z', 'mirelle_dev', '1,204', [0, 9, 17])}</div></div>
<div id="comments-71544029" class="comments js-comments-container bt bc-black-075 mt12"><ul class="comments-list js-comments-list">
${soComment('4', soQc[0]!, 'Dariusz Kowal', 'Mar 14, 2022 at 19:05')}
${soComment('2', soQc[1]!, 'Amara Okafor', 'Mar 14, 2022 at 19:07')}
${soComment('', soQc[2]!, 'mirelle_dev', 'Mar 14, 2022 at 19:20')}</ul></div>
<div id="comments-link-71544029"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information">Add a comment</a>
<span class="js-link-separator d-none">&nbsp;|&nbsp;</span></div></div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="2">2 Answers<span style="display:none;" itemprop="answerCount">2</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><label class="flex--item fs-body1 mb0"
for="answer-sort-dropdown-select-menu">
Sorted by:</label><div class="s-select"><select id="answer-sort-dropdown-select-menu">
<option value="scoredesc" selected="selected">Highest score (default)</option><option value="trending">Trending (recent votes count more)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest
first)</option></select></div></div></div></div></div>
<div id="answer-71544102" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="71544102" itemprop="acceptedAnswer" itemscope
itemtype="https://schema.org/Answer"><div class="post-layout">${soVote('31', true)}<div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
<p>${soA1[0]}</p>
<p>${soA1[1]}</p>
${code('js', 'scores.sort((a, b) =&gt; a - b);\nconsole.log(scores); // [2, 4, 9, 10, 33]')}
<p>${soA1[2]}</p>
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${soMenu('answer')}
<div class="post-signature flex--item fl0"><div class="user-info"><div class="user-action-time"><a href="/posts/71544102/revisions">edited
<span title="2023-06-02 08:14:40Z" class="relativetime">Jun 2, 2023 at 8:14</span></a></div><div class="user-details">
<a href="/users/11/x">Felix Brandauer</a></div></div></div>
${soUser('answered', 'Mar 14, 2022 at 19:10', '2022-03-14 19:10:22Z', 'Dariusz Kowal', '18.3k', [4, 41, 58])}</div></div>
<div class="comments js-comments-container"><ul class="comments-list
js-comments-list">${soComment('7', soA1c, 'Hannu Lehtola', 'Nov 3, 2022 at 10:41')}</ul></div>
<a class="js-add-link comments-link disabled-link">Add a comment</a></div></div></div>
<div id="answer-71547780" class="answer js-answer" data-answerid="71547780" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">${soVote('6')}<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${soA2[0]}</p>
${code('js', 'players.sort((a, b) =&gt; a.score - b.score);')}
<p>${soA2[1]}</p>
${code('js', 'files.sort((a, b) =&gt; a.localeCompare(b, undefined, { numeric: true }));')}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${soMenu('answer')}
${soUser('answered', 'Mar 15, 2022 at 7:52', '2022-03-15 07:52:09Z', 'Kiri Tamahori', '2,871', [0, 12, 25])}</div></div>
<a class="js-add-link comments-link disabled-link">Add a comment</a></div></div></div>
<div class="js-zone-container zone-container-main"><div id="dfp-mlb" class="everyonelovesstackoverflow"></div></div>
<aside class="s-notice s-notice__info mt24" role="status"><p><strong>Highly active question</strong>. ${soHighly.replace(
  'association bonus',
  '<a href="https://meta.stackexchange.example/q/141648">association bonus</a>',
)}</p></aside>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged
${soTags.map((t) => `<a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a>`).join(' ')} or <a href="/questions/ask">ask your own
question</a>.</h2>
</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
s-anchors__grayscale mb16">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">The Overflow Blog</li>
${soBlog
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"></div><div class="flex--item wmn0 ow-break-word">
<a href="https://stackoverflow.blog/x" class="js-gps-track">${t}</a></div></li>`,
  )
  .join('')}
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">Featured on Meta</li>
${soMeta
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://meta.stackexchange.example/q/1">${t}</a>
</div></li>`,
  )
  .join('')}</ul></div>
<div id="dfp-tsb" class="everyonelovesstackoverflow everyoneloves__top-sidebar"><div class="adlabel">Advertisement</div></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked" data-tracker="lq=1">
${soLinked
  .map(
    (t, i) => `<div class="spacer"><a href="/q/${i}"><div class="answer-votes answered-accepted">${i + 2}</div></a>
<a href="/questions/${i}/x" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related" data-tracker="rq=1">
${soRelated
  .map(
    (t, i) => `<div class="spacer"><a href="/q/${i}"><div class="answer-votes">${i + 40}</div></a>
<a href="/questions/${i}/y" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot" class="js-gps-track s-link
s-link__inherit">Hot Network Questions</a></h4><ul>
${soHot
  .map(
    (t) => `<li><div class="favicon favicon-physics" title="Stack Exchange"></div><a href="https://se.example/q/1"
class="question-hyperlink">${t}</a></li>`,
  )
  .join('\n')}
</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><a href="/feeds/question/71544029" title="feed of this question and its answers">Question feed</a></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-dark__forced" role="contentinfo"><div class="site-footer--container">
<div class="site-footer--logo"><a href="https://stackoverflow.example" aria-label="Stack Overflow"></a></div><nav class="site-footer--nav">
<div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.example">Stack Overflow</a></h5><ul class="-list js-primary-footer-links">
${links(soFoot, '-item')}</ul></div><div class="site-footer--col"><h5 class="-title">Stack Exchange Network</h5><ul class="-list">${links(soSe, '-item')}
</ul></div><div class="site-footer--col"><ul class="-list">${links(soFoot2, '-item')}</ul></div></nav>
<div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under
<a href="https://stackoverflow.example/help/licensing">CC BY-SA</a>. <span id="svnrev">rev 2025.5.14.27616</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">${soCookie.replace(
  'Cookie Policy',
  '<a href="https://stackoverflow.example/legal/cookie-policy">Cookie Policy</a>',
)}</p></div><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button>
<button id="onetrust-pc-btn-handler">Customize settings</button></div></div></div></div>
<script>StackExchange.ready(function () { StackExchange.question.init({ showAnswerHelp: true, totalCommentCount: 4 }); });</script></body></html>`;
const stackOverflow: TestPage = {
  html: soHtml,
  name: 'heldout93-stackoverflow-duplicate-question',
  kind: 'forum',
  // question, comments and answers are body (code blocks in neither list); the duplicate notice, its link titles, answer
  // counts and the "Closed" line, vote counts, tags, post menus, reputation and badge texts, the answer sort select, the
  // "Highly active question" notice and every rail are furniture; names with asked / edited / answered times are bylines
  title: soTitle,
  headings: [],
  body: [...texts(soQ), ...texts(soQc), ...texts(soA1), texts([soA1c])[0]!, ...texts(soA2)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    '3 years, 2 months ago', '1 year, 11 months ago', 'edited Mar 14, 2022 at 19:30', 'Dariusz Kowal', 'asked Mar 14, 2022 at 19:02', 'mirelle_dev',
    'Amara Okafor', 'Mar 14, 2022 at 19:05', 'Mar 14, 2022 at 19:07', 'Mar 14, 2022 at 19:20', 'edited Jun 2, 2023 at 8:14', 'Felix Brandauer',
    'answered Mar 14, 2022 at 19:10', 'Hannu Lehtola', 'Nov 3, 2022 at 10:41', 'answered Mar 15, 2022 at 7:52', 'Kiri Tamahori',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Stack Overflow', 'About', 'Products', 'OverflowAI', 'Log in', 'Sign up', ...soNav, 'Collectives',
    'Communities for your favorite technologies.', 'Explore all Collectives',
    'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.',
    'Try Teams for free', 'Explore Teams', 'Ask Question', 'Asked', 'Modified', 'Viewed', '48k times', 'This question already has answers here', ...soDupes,
    '(14 answers)', '(6 answers)', 'Closed 3 years ago.', '23', ...soTags, 'Share', 'Improve this question', 'Follow', '1,204', '9 silver badges',
    '17 bronze badges', 'Add a comment', '2 Answers', 'Sorted by:', 'Highest score (default)', 'Trending (recent votes count more)',
    'Date modified (newest first)', 'Date created (oldest first)', '31', 'Improve this answer', '18.3k', '4 gold badges', '41 silver badges', '2,871',
    'Highly active question', soHighly, "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', 'The Overflow Blog',
    ...soBlog, 'Featured on Meta', ...soMeta, 'Advertisement', 'Linked', ...soLinked, 'Related', ...soRelated, 'Hot Network Questions', ...soHot,
    'more hot questions', 'Question feed', ...soFoot, 'Stack Exchange Network', ...soSe, ...soFoot2,
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2025.5.14.27616', 'Your privacy', soCookie,
    'Accept all cookies', 'Necessary cookies only', 'Customize settings', '6',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT93_A: readonly TestPage[] = [stackOverflow, seBounty];
