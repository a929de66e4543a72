import { links, type TestPage, texts } from './page-kit.js';
import { redditPost } from './pages-heldout81-c2.js';
import { seTitle, seQ, seQList, seQ2, seQc, seA1, seA1List, seA1b, seA2, seA2c } from './pages-heldout81-c3.js';
import { seNav, seSide, seLinked, seRelated, seHot, seFooter, seFooter2, seCookie } from './pages-heldout81-c4.js';

/**
 * Held-out batch 81, file c: a Stack Exchange question page on Home Improvement (top bar with "Log in" and "Sign up", the left
 * nav, the h1 with its "[closed]" suffix, "Asked / Modified / Viewed", the closed notice above the question text, the bounty
 * notice under it, vote cells, tags, post menus, "asked" and "edited" signatures with reputation and badges, comments, the
 * "2 Answers" header with the sort select, two answers, the bottom notice, the sidebar (blog, meta, linked, related, hot
 * network questions), the OneTrust cookie banner and the footer), and a Reddit link post (file c2).
 */
const sePs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const seUl = (a: readonly string[]): string => `<ul>\n${a.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
interface SeUser {
  name: string;
  id: number;
  rep: string;
  badges: [string, string][];
}
const elspeth: SeUser = {
  name: 'Elspeth Carrow',
  id: 70412,
  rep: '243',
  badges: [
    ['2', '1 silver badge'],
    ['3', '6 bronze badges'],
  ],
};
const ruth: SeUser = {
  name: 'Ruth Anand',
  id: 11873,
  rep: '48.2k',
  badges: [
    ['1', '9 gold badges'],
    ['2', '88 silver badges'],
    ['3', '171 bronze badges'],
  ],
};
const marcus: SeUser = {
  name: 'Marcus Leland',
  id: 39955,
  rep: '6,114',
  badges: [
    ['2', '14 silver badges'],
    ['3', '37 bronze badges'],
  ],
};
const seSig = (
  u: SeUser,
  action: string,
  owner = true,
): string => `<div class="post-signature${owner ? ' owner' : ''} flex--item"><div class="user-info user-hover">
<div class="d-flex"><div class="user-action-time fl-grow1">${action}</div></div>
<div class="user-gravatar32"><a href="/users/${u.id}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/${u.id}.png?s=64" alt="${u.name}'s user
avatar"
width="32" height="32" class="bar-sm"></div></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/${u.id}">${u.name}</a>
<span class="d-none" itemprop="name">${u.name}</span><div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">${u.rep}</span>
${u.badges
  .map(
    ([b, t]) => `<span title="${t}" aria-hidden="true"><span class="badge${b}"></span><span
class="badgecount">${t.split(' ')[0]}</span></span><span class="v-visible-sr">${t}</span>`,
  )
  .join('\n')}
</div></div></div></div>`;
const seMenu = (id: number, what: string): string => `<div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="${id}">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/${id}" rel="nofollow" class="js-share-link">Share</a></div>
<div class="flex--item"><a href="/posts/${id}/edit" class="js-suggest-edit-post">Improve this ${what}</a></div>
<div class="flex--item"><button type="button" id="btnFollowPost-${id}" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div></div>`;
const seVote = (
  id: number,
  n: string,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4"
data-post-id="${id}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote"></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${n}">${n}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"></button>
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${id}/timeline" aria-label="Timeline"></a></div></div>`;
const seComments = (id: number, cs: [string, string, string, string][]): string => `<div id="comments-${id}" class="comments js-comments-container bt
bc-black-075 mt12" data-post-id="${id}"><ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false">
${cs
  .map(
    ([text, user, date, score], i) => `<li id="comment-${id}${i}" class="comment js-comment" data-comment-id="${id}${i}" data-comment-score="${score}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide"><span title="number of 'useful comment' votes
received" class="cool">${score}</span></div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide">
<span class="comment-copy">${text}</span><div class="d-inline-flex ai-center">– <a href="/users/${i}" class="comment-user">${user}</a></div>
<span class="comment-date" dir="ltr"><span title="2025-01-18 16:30:02Z, License: CC BY-SA 4.0"
class="relativetime-clean">${date}</span></span></div></div></li>`,
  )
  .join('\n')}
</ul></div><div id="comments-link-${id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more
information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div>`;
const seTags = ['electrical', 'gfci', 'outdoor', 'underground'];
const seTagList = `<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${seTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item">
<a href="/questions/tagged/${t}" class="s-tag post-tag" title="show questions tagged '${t}'" rel="tag">${t}</a></li>`,
  )
  .join('')}</ul>`;
const seClosed = 'Closed. This question needs details or clarity. It is not currently accepting answers.';
const seBounty = 'The bounty expires in 5 days. Answers to this question are eligible for a +50 reputation bounty.';
const seBountyWho = 'Elspeth Carrow wants to reward an existing answer.';
const seBountyMsg = 'Both answers helped me find the fault; the bounty goes to whichever one I end up following when I dig up the box.';
const seAnswer = (id: number, score: string, u: SeUser, when: string, html: string, cs: [string, string, string, string][]): string => `<a name="${id}"></a>
<div id="answer-${id}" class="answer js-answer" data-answerid="${id}" data-parentid="287311" data-score="${score}" itemprop="suggestedAnswer" itemscope
itemtype="https://schema.org/Answer"><div class="post-layout">${seVote(id, score)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${html}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${seMenu(id, 'answer')}${seSig(
  u,
  `answered <span title="2025-01-18 19:44:10Z"
class="relativetime">${when}</span>`,
)}</div></div></div>
<span class="d-none" itemprop="commentCount">${cs.length}</span><div class="post-layout--right js-post-comments-component">${seComments(id, cs)}</div>
</div></div>`;
const seHtml = `<!DOCTYPE html>
<html class="html__responsive" lang="en">
<head>
<title>electrical - ${seTitle} - Home Improvement Stack Exchange</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/diy/Img/favicon.ico?v=1bb7c">
<link rel="canonical" href="https://diy.stackexchange.com/questions/287311/gfci-in-detached-garage-trips-only-after-heavy-rain" />
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website" /><meta property="og:site_name" content="Home Improvement Stack Exchange" />
<meta name="twitter:card" content="summary"/><meta name="twitter:title" property="og:title" itemprop="name" content="${seTitle}" />
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script>
<script defer src="https://cdn.sstatic.net/Js/stub.en.js?v=a1f4"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=9d2f">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/diy/primary.css?v=6a71">
<script>StackExchange.init({"locale":"en","serverTime":1740150000,"site":{"name":"Home Improvement Stack Exchange","id":73}});</script>
</head>
<body class="question-page unified-theme">
<div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container">
<a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<a href="https://diy.stackexchange.com" class="s-topbar--logo"><span class="-img _glyph">Home Improvement</span></a>
<ol class="s-topbar--content" role="menubar"><li role="none"><a href="https://stackexchange.com" class="s-topbar--item">Stack Exchange</a></li>
<li role="none"><a href="/users/login" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap" rel="nofollow">Log in</a></li>
<li role="none"><a href="/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow">Sign up</a></li></ol>
</div></header>
<div class="container">
<div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation"><ol class="nav-links">
${links(seNav, 'ps-relative')}
</ol></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/287311/gfci-in-detached-garage-trips-only-after-heavy-rain"
class="question-hyperlink">${seTitle} [closed]</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask
Question</a></div>
</div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225">
<div class="flex--item ws-nowrap mr16 mb8" title="2025-01-18 16:02:11Z"><span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-01-18T16:02:11">1 month ago</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-02-21 09:14:50Z">4 days ago</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 2,318 times"><span class="fc-black-400 mr2">Viewed</span>
2k times</div>
</div>
<div id="mainbar" role="main" aria-label="question and answers">
<div class="question js-question" data-questionid="287311" data-score="7" id="question">
<div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow everyoneloves__top-leaderboard"></div></div>
<div class="post-layout">${seVote(287311, '7')}
<div class="postcell post-layout--right">
<aside class="s-notice s-notice__info post-notice js-post-notice mb16" role="status"><div class="d-flex fd-column fw-nowrap"><div class="d-flex fw-nowrap">
<div class="flex--item wmn0 fl1 lh-lg"><div><b>Closed</b>. This question needs <a href="/help/closed-questions">details or clarity</a>. It is not currently
accepting answers.</div></div></div><div class="flex--item mb0 mt8"><p><strong>Want to improve this question?</strong> Add details and clarify the problem by
<a href="/posts/287311/edit">editing this post</a>.</p><p>Closed <span title="2025-02-21 09:14:50Z" class="relativetime">4 days ago</span>.</p>
<div class="mt24 d-flex gsx gs8"><a class="s-btn s-btn__outlined flex--item" href="/posts/287311/edit">Improve this question</a></div></div></div></aside>
<div class="s-prose js-post-body" itemprop="text">
${sePs(seQ)}
${seUl(seQList)}
${sePs(seQ2)}
</div>
<div class="bounty-notification"><aside class="s-notice s-notice__info post-notice js-post-notice mb16" role="status"><div class="d-flex fd-column fw-nowrap">
<div class="d-flex fw-nowrap"><div class="flex--item mr8"><svg aria-hidden="true" class="svg-icon iconClock" width="18" height="18" viewBox="0 0 18
18"></svg></div>
<p>The bounty expires in <b>5 days</b>. Answers to this question are eligible for a <span class="s-badge s-badge__bounty d-inline px4 py2 ba bc-transparent
bar-sm
fs-caption va-middle">+50</span> reputation bounty.
<a href="/users/70412">Elspeth Carrow</a> wants to <b>reward an existing answer</b>.</p></div>
<div class="flex--item mb0 mt8"><p>${seBountyMsg}</p></div></div></aside></div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap">${seTagList}</div></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${seMenu(287311, 'question')}
<div class="post-signature flex--item"><div class="user-info user-hover"><div class="d-flex"><div class="user-action-time fl-grow1">
<a href="/posts/287311/revisions" title="show all edits to this post">edited <span title="2025-01-19 08:20:07Z" class="relativetime">Jan 19 at
8:20</span></a></div>
</div></div></div>
${seSig(elspeth, `asked <span title="2025-01-18 16:02:11Z" class="relativetime">Jan 18 at 16:02</span>`)}
</div></div></div>
<span class="d-none" itemprop="commentCount">2</span><div class="post-layout--right js-post-comments-component">${seComments(287311, [
  [seQc[0]!, 'Pavel Drozdov', 'Jan 18 at 16:30', '2'],
  [seQc[1]!, 'Elspeth Carrow', 'Jan 21 at 10:05', ''],
])}</div>
</div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><label class="flex--item fs-caption"
for="answer-sort-dropdown-select-menu">Sorted by:</label>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest
first)</option></select></div></div></div></div></div>
${seAnswer(287320, '9', ruth, 'Jan 18 at 19:44', sePs(seA1) + seUl(seA1List) + sePs(seA1b), [])}
${seAnswer(287402, '3', marcus, 'Jan 20 at 13:31', sePs(seA2), [[seA2c[0]!, 'Ruth Anand', 'Jan 22 at 7:12', '1']])}
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${seTagList} or
<a href="/questions/ask">ask your own question</a>.</h2>
</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16"><ul class="d-block p0 m0">
${seSide
  .map(
    ([h, items]) => `<div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 bb bbw1">${h}</div>
${items
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="#"
class="js-gps-track">${t}</a></div></li>`,
  )
  .join('\n')}`,
  )
  .join('\n')}
</ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked"><div class="spacer"><a href="/q/23001"><div class="answer-votes
answered-accepted
default">4</div></a><a href="/questions/23001" class="question-hyperlink">${seLinked[0]}</a></div></div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">
${seRelated
  .map(
    (t, i) => `<div class="spacer"><a href="/q/${100 + i}"><div class="answer-votes default">${[12, 5, 21][i]}</div></a><a
href="/questions/${100 + i}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}
</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="s-link s-link__inherit">Hot
Network Questions</a></h4>
<ul>${seHot.map((t) => `<li><div class="favicon" title="Stack Exchange"></div><a href="#" class="question-hyperlink mb0">${t}</a></li>`).join('\n')}</ul></div>
<div id="feed-link"><a href="/feeds/question/287311" title="Feed of this question and its answers">Question feed</a></div>
</div></div></div></div>
<footer id="footer" class="site-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">
<div class="site-footer--col"><h5 class="-title"><a href="https://diy.stackexchange.com">Home Improvement</a></h5><ul
class="-list">${links(seFooter, '-item')}</ul></div>
<div class="site-footer--col"><ul class="-list">${links(seFooter2, '-item')}</ul></div></nav>
<div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under
<a href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. <span id="svnrev">rev 2025.2.21.22421</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="region" aria-label="Cookie banner"><div role="dialog"
aria-modal="true"
aria-describedby="onetrust-policy-text"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><div
id="onetrust-policy-text">${seCookie}</div></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies
only</button>
<button id="onetrust-pc-btn-handler">Customize settings</button></div></div></div></div>
</body>
</html>`;
const stackExchange: TestPage = {
  html: seHtml,
  name: 'heldout81-stackexchange-question-closed-bounty',
  kind: 'forum',
  // the title is the h1 as shown, with its "[closed]" suffix; question, answers and comments are body (list items too); names,
  // "asked", "answered" and "edited" lines, comment dates and the "Asked ... ago" line are bylines; the closed and bounty notices
  // (the asker's bounty message included), votes, reputations, badges, tags, menus and rails are furniture; the tag "outdoor" is a word
  // of a short body line: left out
  title: `${seTitle} [closed]`,
  headings: [],
  body: [...seQ, ...seQList, ...seQ2, ...seQc, ...seA1, ...texts(seA1List), ...seA1b, ...seA2, ...seA2c],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Elspeth Carrow', 'Ruth Anand', 'Marcus Leland', 'Pavel Drozdov', 'Asked 1 month ago', 'Modified 4 days ago', 'edited Jan 19 at 8:20',
    'asked Jan 18 at 16:02', 'answered Jan 18 at 19:44', 'answered Jan 20 at 13:31', 'Jan 18 at 16:30', 'Jan 21 at 10:05', 'Jan 22 at 7:12',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Home Improvement', 'Stack Exchange', 'Log in', 'Sign up', ...seNav, 'Ask Question', 'Viewed 2k times', seClosed,
    'Want to improve this question? Add details and clarify the problem by editing this post.', 'Closed 4 days ago.', 'Improve this question', seBounty,
    seBountyWho, seBountyMsg, '+50', ...seTags.filter((t) => t !== 'outdoor'), 'Share', 'Follow', 'Improve this answer', '243', '48.2k', '6,114',
    '1 silver badge', '6 bronze badges',
    '9 gold badges', '88 silver badges', '171 bronze badges', '14 silver badges', '37 bronze badges', 'Add a comment', '2 Answers', 'Sorted by:',
    'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)',
    "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', ...seSide.flatMap(([h, items]) => [h, ...items]),
    'Linked', ...seLinked, 'Related', ...seRelated, 'Hot Network Questions', ...seHot, 'Question feed', ...seFooter, ...seFooter2,
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under', 'CC BY-SA', 'rev 2025.2.21.22421', 'Your privacy', seCookie,
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT81_C: readonly TestPage[] = [stackExchange, redditPost];
