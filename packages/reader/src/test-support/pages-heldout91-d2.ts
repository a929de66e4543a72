import { type TestPage, texts } from './page-kit.js';
import { soAnswerBox, soChromeFurniture, soFooter, soHeader, soLeft, soSidebar } from './pages-heldout91-d3.js';

/**
 * Held-out batch 91, file d2: a Stack Overflow question with an accepted answer and a second answer, as a signed-out visitor
 * saves it (chrome from file d3; here the question header with "Ask Question", the Asked / Modified / Viewed line, the
 * leaderboard ad slot, vote buttons with their tooltip texts, tags, the Share / Improve / Follow menu, user cards with
 * reputation and badge counts, comments with scores, "Add a comment", the answers header with its sort menu and the accepted
 * answer's check mark).
 */
const soTitle = 'SQLite UPDATE with a correlated subquery takes minutes on a 200k-row table';
const soQ = [
  'I have two tables in SQLite 3.45: <code>orders</code> with about 200,000 rows and <code>shipments</code> with about 350,000 rows. I want to ' +
    'copy the latest shipment date onto each order, so I wrote this:',
  'It works, but it takes a bit over four minutes on my laptop, and the real database is ten times bigger. A <code>SELECT</code> with the same ' +
    'subquery for a single order returns instantly.',
  'I already have an index on <code>orders(id)</code> (it is the primary key). What am I doing wrong? Is there a faster way to write this in SQLite, ' +
    'which does not have <code>UPDATE ... JOIN</code>?',
];
const soQCode = `UPDATE orders
SET last_shipped_at = (
  SELECT MAX(s.shipped_at)
  FROM shipments s
  WHERE s.order_id = orders.id
);`;
const soA1 = [
  'The subquery runs once for every row in <code>orders</code>, and without an index on <code>shipments.order_id</code> every one of those runs ' +
    'is a full scan of <code>shipments</code>. That is 200,000 × 350,000 row visits, which is where your four minutes go. Your single-order test ' +
    'is fast only because one scan of 350,000 rows is cheap.',
  'Add a covering index first:',
  'With the index, each subquery becomes a short index seek, and <code>MAX()</code> can read the last entry for the order directly. On a copy ' +
    'of data shaped like yours this brought the update down to under two seconds.',
  'Since SQLite 3.33 you can also use <code>UPDATE ... FROM</code>, which computes the aggregate once instead of per row:',
  'Run <code>EXPLAIN QUERY PLAN</code> on the statement before and after. If you still see <code>SCAN s</code> instead of ' +
    '<code>SEARCH s USING COVERING INDEX</code>, the index is not being used.',
];
const soA1Code1 = 'CREATE INDEX idx_shipments_order_shipped ON shipments(order_id, shipped_at);';
const soA1Code2 = `UPDATE orders
SET last_shipped_at = latest.shipped_at
FROM (
  SELECT order_id, MAX(shipped_at) AS shipped_at
  FROM shipments
  GROUP BY order_id
) AS latest
WHERE latest.order_id = orders.id;`;
const soA2 = [
  'One more thing worth checking: if you run this from Python with the default settings, every statement is in its own transaction only if ' +
    'you commit in a loop. A single <code>UPDATE</code> is already one transaction, so that is not your problem here, but it is often the ' +
    'culprit when people batch the same update row by row.',
  'Also make sure <code>last_shipped_at</code> is not indexed while you run a bulk update. Updating an index 200,000 times is slower than ' +
    'dropping it and creating it again afterwards.',
];
const soQComments = [
  {
    score: '2',
    text: 'Do you have an index on <code>shipments.order_id</code>? Please show the output of <code>EXPLAIN QUERY PLAN</code>.',
    user: 'Odile Marchetti',
    date: 'Apr 11, 2023 at 14:20',
  },
  {
    score: '',
    text: '@OdileMarchetti no, only the primary key on shipments. I will add the plan in a minute.',
    user: 'Fennimore Ashby',
    date: 'Apr 11, 2023 at 14:31',
  },
];
const soA1Comments = [
  {
    score: '4',
    text: 'The <code>UPDATE ... FROM</code> version went from 4 minutes to 1.3 seconds without any index. Adding the index made both fast. Thank you!',
    user: 'Fennimore Ashby',
    date: 'Apr 11, 2023 at 15:22',
  },
];
type SoComment = (typeof soQComments)[number];
const soBadge = (n: number, kind: string, i: number): string =>
  n === 0
    ? ''
    : `<span title="${n} ${kind} badges" aria-hidden="true"><span class="badge${i}"></span><span class="badgecount">${n}</span></span><span
class="v-visible-sr">${n} ${kind} badges</span>`;
const soUser = (
  name: string,
  rep: string,
  gold: number,
  silver: number,
  bronze: number,
): string => `<div class="user-gravatar32"><a href="/users/${rep.length}/x">
<div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/avatar.png?s=64" alt="${name}'s user avatar" width="32" height="32" class="bar-sm"></div></a>
</div><div class="user-details"><a href="/users/${rep.length}/${name.toLowerCase().replace(/ /g, '-')}">${name}</a><div class="-flair"><span
class="reputation-score"
title="reputation score " dir="ltr">${rep}</span>${soBadge(gold, 'gold', 1)}${soBadge(silver, 'silver', 2)}${soBadge(bronze, 'bronze', 3)}</div></div>`;
const soSig = (action: string, when: string, user: string): string => `<div class="post-signature flex--item"><div class="user-info user-hover"><div
class="user-action-time">${action} <span title="${when}" class="relativetime">${when}</span></div>${user}</div></div>`;
const soVotes = (score: string, kind: string, accepted: boolean): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex
jc-center fd-column ai-center gs4 fc-black-300"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up
vote">
<svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18" viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button><div
class="s-popover s-popover__tooltip" role="tooltip">This ${kind} is useful<div class="s-popover--arrow"></div></div><div class="js-vote-count flex--item d-flex
fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="${score}">${score}</div><button class="js-vote-down-btn
flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon iconArrowDown" width="18"
height="18"
viewBox="0 0 18 18"><path d="M1 6h16l-8 8z"></path></svg></button><div class="s-popover s-popover__tooltip" role="tooltip">This ${kind} is not useful</div>
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" aria-label="Save"><svg aria-hidden="true" class="fc-theme-primary-500 svg-icon
iconBookmark"
width="18" height="18" viewBox="0 0 18 18"><path d="M3 17V3c0-1.1.9-2 2-2h8a2 2 0 0 1 2 2v14l-6-4z"></path></svg></button><div class="s-popover
s-popover__tooltip"
role="tooltip">Save this ${kind}.</div>${
  accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" tabindex="0" role="note"
aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36" viewBox="0 0 36 36"><path
d="m6 14 8 8L30 6v8L14 30l-8-8z"></path></svg></div></div>`
    : ''
}<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/7912345/timeline" aria-label="Timeline"><svg aria-hidden="true"
class="mln2 mr0 svg-icon iconHistory" width="19" height="18" viewBox="0 0 19 18"><path d="M3 9a8 8 0 1 1 3.73 6.77L8.2 14.3A6 6 0 1 0 5 9l3.01-.01-4 4-4-4h3z">
</path></svg></a><div class="s-popover s-popover__tooltip" role="tooltip">Show activity on this post.</div></div></div>`;
const soComments = (id: string, list: readonly SoComment[]): string => `<div id="comments-${id}" class="comments js-comments-container bt bc-black-200 mt12"
data-post-id="${id}" data-min-length="15"><ul class="comments-list js-comments-list">${list
  .map(
    (c, i) => `<li id="comment-${id}${i}" class="comment js-comment" data-comment-id="${id}${i}"><div class="js-comment-actions comment-actions"><div
class="comment-score
js-comment-score js-comment-edit-hide">${c.score === '' ? '' : `<span title="number of 'useful comment' votes received" class="cool">${c.score}</span>`}</div>
</div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span><div
class="d-inline-flex ai-center">–&nbsp;<a href="/users/${i}/x" class="comment-user">${c.user}</a></div><span class="comment-date" dir="ltr"><a
class="comment-link"
href="#comment${id}${i}_${id}"><span title="2023-04-11, License: CC BY-SA 4.0" class="relativetime-clean">${c.date}</span></a></span></div></div></li>`,
  )
  .join(
    '\n',
  )}</ul></div><div id="comments-link-${id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask
for more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a><span class="js-link-separator
dno">
&nbsp;|&nbsp;</span></div>`;
const soMenu = (
  id: string,
  kind: string,
): string => `<div class="js-post-menu pt2" data-post-id="${id}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/q/${id}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this ${kind}">Share</a>
</div>
<div class="flex--item"><a href="/posts/${id}/edit" class="js-suggest-edit-post js-gps-track">Improve this ${kind}</a></div><div class="flex--item"><button
type="button" id="btnFollowPost-${id}" class="s-btn s-btn__link js-follow-post js-gps-track">Follow</button></div></div></div>`;
const soPs = (a: readonly string[], codes: Record<number, string>): string =>
  a
    .map(
      (p, i) => `<p>${p}</p>${codes[i] === undefined ? '' : `\n<pre class="lang-sql s-code-block"><code class="hljs language-sql">${codes[i]}</code></pre>`}`,
    )
    .join('\n');
const soHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive html__unpinned-leftnav" lang="en"><head><title>sql - ${soTitle} - Stack
Overflow</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/favicon.ico"><link rel="canonical"
href="https://stackoverflow.com/questions/7912345/sqlite-update-with-a-correlated-subquery-takes-minutes-on-a-200k-row-table"><meta name="viewport"
content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website"><meta property="og:title"
content="${soTitle}"><meta name="twitter:card" content="summary"><meta name="twitter:domain" content="stackoverflow.com">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script><script defer
src="https://cdn.sstatic.net/Js/stub.en.js?v=3f7f6b1d9e1a">
</script><link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=8a1c2d7e3f4b"><script>StackExchange.init({"locale":"en",
"serverTime":1760278000,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
"networkMetaHostname":"meta.stackexchange.com","site":{"name":"Stack Overflow",
"id":1,"cookieDomain":".stackoverflow.com"},"user":{"fkey":"3f1a","tid":"8c7d","rep":0,"isAnonymous":true,"isAnonymousNetworkWide":true}});
StackExchange.using.setCacheBreakers({"Js/adops.en.js":"8c4f1a","Js/ask.en.js":"1b2c3d"});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><div id="custom-header"></div>
${soHeader}
<div class="container">${soLeft}<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<link itemprop="image" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/apple-touch-icon.png"><div class="inner-content clearfix"><div id="question-header"
class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/7912345/sqlite-update-correlated-subquery"
class="question-hyperlink">${soTitle}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ml12 aside-cta
flex--item print:d-none sm:ml0 sm:mb12 sm:order-first sm:as-end"><a class="ws-nowrap s-btn s-btn__primary" href="/questions/ask">Ask Question</a></div></div>
</div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2023-04-11 14:02:39Z"><span class="fc-black-400
mr2">Asked</span>
<time itemprop="dateCreated" datetime="2023-04-11T14:02:39">2 years, 6 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400
mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit" title="2024-01-19 09:40:11Z">1 year, 9 months ago</a></div><div class="flex--item
ws-nowrap
mb8" title="Viewed 18,412 times"><span class="fc-black-400 mr2">Viewed</span>18k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="7912345" data-position-on-page="0"
data-score="42" id="question"><div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow
everyoneloves__top-leaderboard
everyoneloves__leaderboard"></div><div class="js-report-ad-button-container" style="width: 728px"></div></div><div class="post-layout">${soVotes(
  '42',
  'question',
  false,
)}
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${soPs(soQ, { 0: soQCode })}</div><div class="mt24 mb12"><div
class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${[
  'sql',
  'sqlite',
  'sql-update',
  'query-performance',
]
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" title="show questions tagged '${t}'"
aria-label="show questions tagged '${t}'" rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div><div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">
${soMenu('7912345', 'question')}</div>${soSig('edited', 'Jan 19, 2024 at 9:40', '')}${soSig(
  'asked',
  'Apr 11, 2023 at 14:02',
  soUser('Fennimore Ashby', '3,410', 5, 21, 44),
)}
</div></div></div><span class="d-none" itemprop="commentCount">2</span>${soComments('7912345', soQComments)}</div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">2 Answers<span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div class="d-flex g4 gsx ai-center
sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted
by:</label>
<a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc" href="/questions/7912345/?answertab=scoredesc#tab-top">Reset to
default</a>
</div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score
(default)</option>
<option value="trending">Trending (recent votes count more)</option><option value="modifieddesc">Date modified (newest first)</option><option
value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>
<a name="7912399"></a><div id="answer-7912399" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="7912399" data-parentid="7912345"
data-score="57" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${soVotes('57', 'answer', true)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${soPs(soA1, { 1: soA1Code1, 3: soA1Code2 })}</div><div
class="mt24">
<div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="2023-04-11T15:03:10"></time><div class="flex--item mr16"
style="flex: 1 1 100px;">
${soMenu('7912399', 'answer')}</div>${soSig('answered', 'Apr 11, 2023 at 15:03', soUser('Dagny Rautio', '48.2k', 9, 88, 131))}</div></div></div>
${soComments('7912399', soA1Comments)}</div></div>
<a name="7913020"></a><div id="answer-7913020" class="answer js-answer" data-answerid="7913020" data-parentid="7912345" data-score="12"
itemprop="suggestedAnswer"
itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${soVotes('12', 'answer', false)}<div class="answercell post-layout--right"><div
class="s-prose js-post-body" itemprop="text">${soPs(soA2, {})}</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div
class="flex--item mr16"
style="flex: 1 1 100px;">${soMenu('7913020', 'answer')}</div>${soSig('answered', 'Apr 12, 2023 at 8:47', soUser('Kwame Osei-Bonsu', '912', 0, 4, 11))}</div>
</div></div>
${soComments('7913020', [])}</div></div>
${soAnswerBox}</div></div>${soSidebar}</div></div></div></div>
${soFooter}
<script>StackExchange.ready(function () { StackExchange.question.init({ votesCast: [], canViewVoteCounts: true, questionId: 7912345 }); });</script></body>
</html>`;
export const stackOverflowPage: TestPage = {
  html: soHtml,
  name: 'heldout91-stackoverflow-question',
  kind: 'forum',
  // the question, both answers and all comments are body (code blocks in neither list); user names, "asked"/"answered"/
  // "edited" times, comment dates and the Asked / Modified ages are bylines; scores, reputations, badge counts, tags, vote
  // tooltips, the post menus and the whole answer form and sidebars are furniture
  title: soTitle,
  headings: [],
  body: texts([...soQ, ...soQComments.map((c) => c.text), ...soA1, ...soA1Comments.map((c) => c.text), ...soA2]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [...new Set([
    'Asked', '2 years, 6 months ago', 'Modified', '1 year, 9 months ago', 'edited Jan 19, 2024 at 9:40', 'asked Apr 11, 2023 at 14:02', 'Fennimore Ashby',
    'Odile Marchetti', ...soQComments.map((c) => c.date), 'answered Apr 11, 2023 at 15:03', 'Dagny Rautio', ...soA1Comments.map((c) => c.date),
    'answered Apr 12, 2023 at 8:47', 'Kwame Osei-Bonsu',
  ])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...soChromeFurniture, 'Ask Question', 'Viewed', '18k times', 'This question is useful', 'This question is not useful', 'Save this question.',
    'Show activity on this post.', 'This answer is useful', 'This answer is not useful', 'Save this answer.', 'sql', 'sqlite', 'sql-update',
  'query-performance',
    'Share', 'Improve this question', 'Improve this answer', 'Follow', '42', '57', '12', '2', '4', '3,410', '5 gold badges', '21 silver badges', '44 bronze ' +
  'badges', '48.2k', '9 gold badges',
    '88 silver badges', '131 bronze badges', '912', '4 silver badges', '11 bronze badges', 'Add a comment', '2 Answers', 'Sorted by:', 'Reset to default',
    'Highest score (default)', 'Trending (recent votes count more)', 'Date modified (newest first)', 'Date created (oldest first)',
  ])],
};
