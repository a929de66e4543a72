import { links, type TestPage, texts } from './page-kit.js';
import { githubDiscussion } from './pages-heldout31-e2.js';

/**
 * Held-out batch 31, file e: a Stack Overflow question page in 2026 (the top bar with "About", "Products", "For Teams", the
 * search box, "Log in" and "Sign up", the left nav with Collectives and the Teams promo, the question header with "Ask
 * Question" and the Asked / Modified / Viewed line, the question with vote cell, body with code, tags, the post menu
 * (Share, Improve this question, Follow), the "edited" and "asked" user cards with reputation and badges, comments with
 * scores, names and dates, "Add a comment", the answers header with its sort select, the accepted answer and a second one,
 * the guest answer form, "Start asking to get answers", the right rail (Overflow Blog, Featured on Meta, Related, Hot
 * Network Questions), the footer and the cookie consent banner).
 */
interface SoComment {
  score?: string;
  text: string;
  user: string;
  rep: string;
  date: string;
}
const soTitle = 'Partial index stops being used after a few executions of the same query';
const soQ = [
  'I have a <code>jobs</code> table with about 30 million rows, of which only a few thousand are ever in the pending state at one ' +
    'time. To make the worker’s polling query fast, I added a partial index:',
  'The worker runs this query every second through psycopg 3, passing the status as a parameter:',
  'For the first few seconds after the worker starts, each poll takes about 2 ms. Then, reliably after a handful of polls, it jumps ' +
    'to 900 ms and stays there until the worker is restarted. When I run the same query in psql with the literal value, ' +
    '<code>EXPLAIN</code> shows an index scan on <code>jobs_pending_idx</code> every time.',
  'What changes after the first few executions, and how do I keep the fast plan?',
];
const soQCode1 = `<span class="hljs-keyword">CREATE INDEX</span> jobs_pending_idx <span class="hljs-keyword">ON</span> jobs (run_at)
<span class="hljs-keyword">WHERE</span> status <span class="hljs-operator">=</span> <span class="hljs-string">'pending'</span>;`;
const soQCode2 = `cur.execute(
    <span class="hljs-string">"SELECT id FROM jobs WHERE status = %s AND run_at &lt;= now() "</span>
    <span class="hljs-string">"ORDER BY run_at LIMIT 50 FOR UPDATE SKIP LOCKED"</span>,
    (<span class="hljs-string">"pending"</span>,),
)`;
const soQComments: SoComment[] = [
  {
    score: '1',
    text: 'Which PostgreSQL version? And does <code>pg_stat_statements</code> show one entry for this query or two?',
    user: 'Erin Vasquez',
    rep: '9,412 reputation',
    date: 'Feb 11, 2025 at 9:31',
  },
  { text: 'PostgreSQL 16.4. Only one entry, with a mean time of about 850 ms.', user: 'Tomasz Wren', rep: '1,847 reputation', date: 'Feb 11, 2025 at 9:40' },
];
const soA1 = [
  'You are running into the switch from custom plans to a generic plan, and in your setup it happens at two levels.',
  'psycopg 3 turns a query into a server-side prepared statement once it has been executed five times on the same connection ' +
    '(the <code>prepare_threshold</code> setting). PostgreSQL then plans the prepared statement with the actual parameter values ' +
    'for its first five executions, and after that it considers a generic plan that works for any value of <code>$1</code>. If the ' +
    'generic plan’s estimated cost is not much worse than the average of the custom plans, it keeps the generic one.',
  'A generic plan cannot use your partial index, because the planner cannot prove that <code>status = $1</code> implies ' +
    "<code>status = 'pending'</code> when it does not know what <code>$1</code> will be. So it falls back to another index on " +
    '<code>run_at</code> or to the whole table, and that is where your 900 ms comes from.',
  'There are three ways out, in the order I would try them:',
];
const soA1List = [
  "Write the constant into the query. If the worker only ever looks for pending jobs, <code>WHERE status = 'pending'</code> is " +
    'simpler and lets every plan use the index.',
  'Set <code>plan_cache_mode = force_custom_plan</code> for the worker’s role or connection, so PostgreSQL always plans with the real value.',
  'Turn off preparation for this query with <code>prepare=False</code>, or for the connection with <code>conn.prepare_threshold = None</code>.',
];
const soA1End =
  'You can confirm the diagnosis in psql: prepare the statement by hand and run <code>EXPLAIN EXECUTE</code> six or seven times. The ' +
  'plan changes after the fifth run.';
const soA1Comments: SoComment[] = [
  {
    score: '3',
    text:
      'That was exactly it. I went with the constant in the query, and polls have been under 3 ms for two days now. Thank you for ' +
      'explaining why, not just what.',
    user: 'Tomasz Wren',
    rep: '1,847 reputation',
    date: 'Feb 11, 2025 at 13:02',
  },
  {
    text: 'Worth adding that the same thing happens with JDBC and most other drivers that prepare statements, only with different thresholds.',
    user: 'Erin Vasquez',
    rep: '9,412 reputation',
    date: 'Feb 12, 2025 at 8:20',
  },
];
const soA2 =
  'If you cannot change the query, another option is to make the index match the generic plan: a plain index on ' +
  '<code>(status, run_at)</code> is usable whatever the parameter is. It will be much bigger than the partial index, but it avoids ' +
  'the plan flip entirely.';
const soComments = (id: number, cs: SoComment[]): string => `<div class="post-layout--right js-post-comments-component"><div id="comments-${id}"
 class="comments js-comments-container bt bc-black-200 mt12" data-post-id="${id}" data-min-length="15"><ul class="comments-list js-comments-list"
 data-remaining-comments-count="0" data-canpost="false" data-cansee="true">${cs
   .map(
     (c, i) => `<li id="comment-${id + i + 1}" class="comment js-comment" data-comment-id="${id + i + 1}"><div class="js-comment-actions comment-actions">
<div class="comment-score js-comment-score js-comment-edit-hide">${
       c.score ? `<span title="number of &#39;useful comment&#39; votes received" class="cool">${c.score}</span>` : ''
     }</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}
</span><div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/${c.user.length}/x" title="${c.rep}" class="comment-user">${c.user}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment-${id + i + 1}"><span title="2025-02-11 09:31:07Z, License: CC BY-SA 4.0"
 class="relativetime-clean">${c.date}</span></a></span></div></div></li>`,
   )
   .join('\n')}</ul></div><div id="comments-link-${id}" data-rep="50" data-reg="true"><a class="js-add-link comments-link disabled-link" title="Use
 comments to ask for more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div></div>`;
const soVote = (id: number, score: number, accepted = false): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex
 jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${id}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer"
 aria-pressed="false" aria-label="Up vote" data-controller="s-tooltip"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18"
 viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button><div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font
 fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="${score}">${score}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset
 c-pointer" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18"
 viewBox="0 0 18 18"><path d="M1 6h16l-8 8z"></path></svg></button>${
   accepted
     ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" tabindex="0"
 role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36"></svg></div></div>`
     : ''
 }</div></div>`;
const soBadge = (n: string, kind: string, cls: number): string => `<span title="${n} ${kind} badges" aria-hidden="true"><span class="badge${cls}"></span>
<span class="badgecount">${n}</span></span><span class="v-visible-sr">${n} ${kind} badge${n === '1' ? '' : 's'}</span>`;
const soCard = (verb: string, date: string, user: string, rep: string, badges: [string, string, string]): string => `<div class="post-signature
 flex--item"><div class="user-info user-hover"><div class="user-action-time">${verb} <span title="${date}" class="relativetime">${date}</span></div>
<div class="user-gravatar32"><a href="/users/${user.length}/x"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.example/${user.length}.png"
 alt="${user}&#39;s user avatar" width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope
 itemtype="http://schema.org/Person"><a href="/users/${user.length}/x">${user}</a><span class="d-none" itemprop="name">${user}</span><div class="-flair">
<span class="reputation-score" title="reputation score" dir="ltr">${rep}</span>${soBadge(badges[0], 'gold', 1)}${soBadge(badges[1], 'silver', 2)}
${soBadge(badges[2], 'bronze', 3)}</div></div></div></div>`;
const soMenu = (kind: string): string => `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item">
<a href="#" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this ${kind}">Share</a></div><div class="flex--item">
<a href="#" class="js-suggest-edit-post js-gps-track">Improve this ${kind}</a></div><div class="flex--item"><button type="button" class="s-btn s-btn__link
 js-follow-post js-gps-track">Follow</button></div></div></div>`;
const soTags = ['postgresql', 'indexing', 'prepared-statement', 'psycopg3', 'query-planner'];
const soLeft = ['Home', 'Questions', 'AI Assist', 'Tags', 'Challenges', 'Chat', 'Articles', 'Users', 'Companies', 'Collectives'];
const soBlog = ['Why the best code reviews start with the test file', 'Podcast 712: Keeping a twenty-year-old database honest'];
const soMeta = ['Results of the 2025 moderator election', 'Policy update: how we handle AI-assisted answers'];
const soRelated = [
  'Postgres does not use partial index with a bound parameter',
  'Why is a prepared statement slower than the plain query?',
  'When does PostgreSQL switch to a generic plan?',
  'Index not used for ORDER BY with LIMIT in a subquery',
];
const soHot = ['Why do trains in old films always seem to stop at exactly the right place?', 'Can a clause in a lease override local tenancy law?'];
const soFoot = ['Stack Overflow', 'Help', 'Chat', 'Business', 'Contact Us', 'Company', 'About', 'Press', 'Work Here', 'Legal', 'Privacy Policy'];
const soFoot2 = ['Terms of Service', 'Cookie Settings', 'Cookie Policy', 'Stack Exchange Network', 'Technology', 'Culture & recreation', 'Science'];
const soHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav"><head><title>postgresql - ${soTitle} - Stack Overflow</title>
<meta name="description" content="I have a jobs table with about 30 million rows, of which only a few thousand are ever in the pending state">
<meta property="og:type" content="website"><meta itemprop="name" content="${soTitle}"><link rel="canonical"
 href="https://stackoverflow.com/questions/79441208/partial-index-stops-being-used-after-a-few-executions-of-the-same-query">
<script>StackExchange.init({"locale":"en","serverTime":1768391211,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com"});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><a href="#content" class="s-link s-link__inherit skip-link">Skip to main
 content</a><header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="/" class="s-topbar--logo js-gps-track"><span
 class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation" role="presentation"><li><a href="https://stackoverflow.co/" class="s-navigation--item">
About</a></li><li><button class="s-navigation--item js-products-menu" aria-controls="products-popover">Products</button></li><li><a
 href="https://stackoverflow.co/teams/" class="s-navigation--item">For Teams</a></li></ol><form id="search" role="search" action="/search"
 class="s-topbar--searchbar js-searchbar"><input name="q" type="text" role="combobox" placeholder="Search…" aria-label="Search" maxlength="240"
 class="s-input s-input__search js-search-field"></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content"><li><a
 href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a></li><li><a href="/users/signup" class="s-topbar--item s-btn
 s-btn__primary">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
 class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${links(soLeft, 'ps-relative')}</ol><div
 class="pl8 js-gps-track nav-links--link"><p class="fs-fine mb4">Communities for your favorite technologies. <a href="/collectives-all">Explore all
 Collectives</a></p></div><div class="ps-relative"><span class="fs-fine tt-uppercase ml8 mt16 mb8 fc-light">Teams</span><div class="bt bl bb bc-black-225
 p12 pb6 fc-black-600 blr-sm overflow-hidden"><strong class="fc-black-750 mb6">Ask questions, find answers and collaborate at work with Stack Overflow
 for Teams.</strong><a href="https://stackoverflowteams.com/teams/create/free" class="w100 s-btn s-btn__primary s-btn__xs">Try Teams for free</a><a
 href="https://stackoverflow.co/teams/" class="w100 s-btn s-btn__muted s-btn__xs">Explore Teams</a></div></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/QAPage"><div id="question-header"
 class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/79441208/partial-index"
 class="question-hyperlink">${soTitle}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask"
 class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item
 ws-nowrap mr16 mb8" title="2025-02-11 09:14:22Z"><span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="2025-02-11T09:14:22">
1 year ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a href="?lastactivity"
 class="s-link s-link__inherit" title="2025-02-12 16:45:10Z">11 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 2,116 times">
<span class="fc-black-400 mr2">Viewed</span>2k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="79441208" data-score="7" id="question">
<div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow everyoneloves__top-leaderboard"></div></div>
<div class="post-layout">${soVote(79441208, 7)}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${soQ[0]}</p>
<pre class="lang-sql s-code-block"><code class="hljs language-sql">${soQCode1}</code></pre>
<p>${soQ[1]}</p>
<pre class="lang-py s-code-block"><code class="hljs language-python">${soQCode2}</code></pre>
<p>${soQ[2]}</p>
<p>${soQ[3]}</p></div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${soTags.map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`).join('')}
</ul></div></div><div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">${soMenu('question')}
</div>${soCard('edited', 'Feb 11, 2025 at 10:02', 'Tomasz Wren', '1,847', ['3', '14', '27'])}</div></div></div>${soComments(79441208, soQComments)}</div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2
 class="mb0" data-answercount="2">2 Answers<span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div class="d-flex
 g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption"
 for="answer-sort-dropdown-select-menu">Sorted by:</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none" href="?answertab=scoredesc">
Reset to default</a></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">
Highest score (default)</option><option value="trending">Trending (recent votes count more)</option><option value="modifieddesc">Date modified (newest
 first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>
<div id="answer-79441672" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="79441672" data-score="12" itemprop="acceptedAnswer"
 itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${soVote(79441672, 12, true)}<div class="answercell post-layout--right"><div
 class="s-prose js-post-body" itemprop="text">
${soA1.map((p) => `<p>${p}</p>`).join('\n')}
<ol>
${soA1List.map((l) => `<li>${l}</li>`).join('\n')}
</ol>
<pre class="lang-sql s-code-block"><code class="hljs language-sql"><span class="hljs-keyword">ALTER</span> ROLE worker <span class="hljs-keyword">SET</span>
 plan_cache_mode <span class="hljs-operator">=</span> force_custom_plan;</code></pre>
<p>${soA1End}</p></div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16">${soMenu('answer')}</div>
${soCard('answered', 'Feb 11, 2025 at 11:48', 'Lotte Brandsma', '48.2k', ['9', '61', '88'])}</div></div></div>${soComments(79441672, soA1Comments)}</div></div>
<div id="answer-79444310" class="answer js-answer" data-answerid="79444310" data-score="2" itemprop="suggestedAnswer" itemscope
 itemtype="https://schema.org/Answer"><div class="post-layout">${soVote(79444310, 2)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body"
 itemprop="text"><p>${soA2}</p></div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16">${soMenu('answer')}
</div>${soCard('answered', 'Feb 12, 2025 at 16:45', 'pgnewt', '311', ['0', '1', '4'])}</div></div></div>${soComments(79444310, [])}</div></div>
<form id="post-form" action="/questions/79441208/answer/submit" method="post" class="js-add-answer-component post-form">
<h2 class="space" id="your-answer-header">
Your Answer</h2><div class="ps-relative"><div id="wmd-button-bar" class="wmd-button-bar btr-sm"></div><textarea id="wmd-input" name="post-text"
 class="wmd-input s-input bar0 js-post-body-field" data-post-type-id="2" cols="92" rows="15" tabindex="101"></textarea></div><div class="js-login-or-post">
<h2 class="fs-body2 mb4">Sign up or <a href="/users/login">log in</a></h2><button class="s-btn s-btn__icon s-btn__google bar-md ba bc-black-225">Sign up
 using Google</button><button class="s-btn s-btn__icon s-btn__outlined bar-md ba">Sign up using Email and Password</button><h2 class="fs-body2 mt24 mb8">Post
 as a guest</h2><label class="s-label" for="display-name">Name</label><label class="s-label" for="m-address">Email</label><p class="s-description mt2">Required,
 but never shown</p></div>
<button id="submit-button" class="s-btn s-btn__primary s-btn__icon" type="submit">Post Your Answer</button><div class="js-general-error
 d-none"></div>
<p class="fs-caption fc-black-400">By clicking “Post Your Answer”, you agree to our <a href="https://stackoverflow.com/legal/terms-of-service/public">
terms of service</a> and acknowledge you have read our <a href="https://stackoverflow.com/legal/privacy-policy">privacy policy</a>.</p></form>
<div class="bottom-notice"><h2 class="bottom-notice fs-body2 fw-normal">Start asking to get answers</h2><p>Find the answer to your question by asking.</p><a
 href="/questions/ask" class="s-btn s-btn__primary">Ask question</a><h2 class="bottom-notice fs-body2 fw-normal">Explore related questions</h2><p>See similar
 questions with these tags.</p></div></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
 s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600
 d:fc-black-900 bb bbw1">The Overflow Blog</li>${links(soBlog, 's-sidebarwidget--item d-flex px16')}<li class="s-sidebarwidget--header
 s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">Featured on Meta</li>${links(soMeta, 's-sidebarwidget--item d-flex px16')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">${soRelated
  .map(
    (q, i) => `<div class="spacer"><a href="/q/${i}" title="Question score"><div class="answer-votes">${[31, 9, 44, 3][i]}</div></a><a href="/q/${i}"
 class="question-hyperlink">${q}</a></div>`,
  )
  .join('\n')}</div></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
 class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul>${links(soHot)}</ul><a href="#" class="show-more js-show-more js-gps-track">
more hot questions</a></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><ul>${links(soFoot)}
${links(soFoot2)}</ul></nav><p class="md:mb0">Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under <a
 href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. <span id="svnrev">rev 2026.1.14.38211</span></p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat ot-bottom-right" role="region" aria-label="Cookie banner"><div
 id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><div id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack
 Exchange can store cookies on your device and disclose information in accordance with our <a href="https://stackoverflow.com/legal/cookie-policy">Cookie
 Policy</a>.</div></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button
 id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler">Customize settings</button></div></div></div>
</body></html>`;
const soAllComments = [...soQComments, ...soA1Comments];
const stackOverflow: TestPage = {
  html: soHtml,
  name: 'heldout31-stack-overflow-question',
  kind: 'forum',
  // the question, both answers (accepted first, its numbered list too) and the comments under the question and the accepted
  // answer are body; the three code blocks are in neither list; commenters' names and comment dates, the asker, both
  // answerers and the "edited" / "answered" dates, and the header's "1 year ago" and "11 months ago" are bylines ("asked",
  // "answered", "edited" and "–" in neither); votes, comment scores, reputation, badge counts, tags, the post menus, "Add a
  // comment", the answers header and sort select, the guest answer form, the bottom notices, the rail, top bar, left nav,
  // footer and the cookie banner are furniture; "Asked", "Modified", "Viewed" and "2k times" are furniture; words of the posts are
  // left out: "About" (top bar and footer: "about 30 million rows") and the tags "postgresql" and "prepared-statement"
  title: soTitle,
  headings: [],
  body: texts([...soQ, ...soQComments.map((c) => c.text), ...soA1, ...soA1List, soA1End, ...soA1Comments.map((c) => c.text), soA2]),
  bylines: [
    ...new Set(soAllComments.flatMap((c) => [c.user, c.date])),
    'Feb 11, 2025 at 10:02',
    'Feb 11, 2025 at 11:48',
    'Feb 12, 2025 at 16:45',
    'Lotte Brandsma',
    'pgnewt',
    '1 year ago',
    '11 months ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Stack Overflow', 'Products', 'For Teams', 'Log in', 'Sign up', ...soLeft,
    'Communities for your favorite technologies.', 'Explore all Collectives', 'Teams',
    'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams', 'Ask Question',
    'Asked', 'Modified', 'Viewed', '2k times', '7', '12', ...soTags.filter((t) => t !== 'postgresql' && t !== 'prepared-statement'), 'Share',
    'Improve this question', 'Follow', 'Improve this answer',
    '1,847', '48.2k', '311', '3 gold badges', '14 silver badges', '27 bronze badges', '9 gold badges', '61 silver badges', '88 bronze badges',
    '0 gold badges', '1 silver badge', '4 bronze badges', 'Add a comment', '2 Answers', 'Sorted by:', 'Reset to default', 'Highest score (default)',
    'Trending (recent votes count more)', 'Date modified (newest first)', 'Date created (oldest first)', 'Your Answer', 'Sign up or log in',
    'Sign up using Google', 'Sign up using Email and Password', 'Post as a guest', 'Name', 'Email', 'Required, but never shown', 'Post Your Answer',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
    'Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question', 'Explore related questions',
    'See similar questions with these tags.', 'The Overflow Blog', ...soBlog, 'Featured on Meta', ...soMeta, 'Related', ...soRelated, '31', '44',
    'Hot Network Questions', ...soHot, 'more hot questions', ...soFoot.filter((t) => !['Stack Overflow', 'About', 'Chat'].includes(t)), ...soFoot2,
    'Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2026.1.14.38211', 'Your privacy',
    'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device',
    'and disclose information in accordance with our Cookie Policy.',
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT31_E: readonly TestPage[] = [stackOverflow, githubDiscussion];
