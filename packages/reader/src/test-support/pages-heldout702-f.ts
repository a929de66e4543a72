import { links, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout702-kit.js';

/**
 * Held-out batch 702, file f: a Stack Overflow question with two answers (logged-out view: top bar, left navigation, question
 * header with asked / modified / viewed, vote cells, tags, post menus, user cards with reputation and badges, comments, answer
 * sorting, "Your Answer" box, right sidebar rails, cookie consent, footer), and a GitHub Discussions thread in the Q&A category
 * (logged-out repository header, "Answered" state, answer preview box, upvotes, reactions, a marked answer with nested replies,
 * a later comment, sidebar with category, labels and participants).
 */
const sTitle = 'Kitewire dev server returns 404 for dynamic import() with a query string';
const sQuestion = [
  j(
    'I’m migrating a React app from webpack to Kitewire 2.3. Everything works except one thing: we load locale bundles with a',
    'dynamic import that includes a query string for cache busting, and the dev server answers with a 404.',
  ),
  '<code>const locale = await import(`./locales/${lang}.js?v=${BUILD_ID}`);\n</code>',
  'In the browser console I get:',
  '<code>GET http://localhost:5280/src/locales/de.js?v=dev 404 (Not Found)\nUncaught (in promise) TypeError: Failed to fetch dynamically imported' +
    ' module\n</code>',
  j(
    'Without the <code>?v=</code> part it loads fine. The production build (<code>kitewire build</code>) also works with the query',
    'string. Is this a bug, or is there a config option I’m missing? My <code>kitewire.config.js</code> is basically the default,',
    'plus the React plugin.',
  ),
];
type SoComment = { text: string; user: string; rep: string; date: string; iso: string; score: string };
const sQComments: SoComment[] = [
  {
    text: 'Does the file show up if you open <code>http://localhost:5280/src/locales/de.js?v=dev</code> directly in the browser?',
    user: 'Piet V',
    rep: '48,120',
    date: 'Feb 11 at 9:40',
    iso: '2027-02-11 09:40:12Z',
    score: '',
  },
  {
    text: '@PietV no, same 404. Without the query string the file is served.',
    user: 'Noor Halvorsen',
    rep: '1,206',
    date: 'Feb 11 at 9:51',
    iso: '2027-02-11 09:51:30Z',
    score: '',
  },
];
const sAnswer1 = [
  j(
    'This is expected behaviour in the Kitewire dev server, although the error message does not make it obvious. In development,',
    'Kitewire treats a query string on a module URL as an instruction to its transform pipeline: <code>?raw</code>,',
    '<code>?url</code> and <code>?worker</code> all change what the server returns. An unknown query such as <code>?v=dev</code>',
    'is passed to the plugins, none of them claims it, and the request falls through to a 404.',
  ),
  j(
    'There are two ways out. The simplest is to drop the cache buster in development, where it does nothing useful anyway,',
    'because the dev server sends <code>no-cache</code> headers:',
  ),
  "<code>const suffix = import.meta.env.PROD ? `?v=${BUILD_ID}` : '';\nconst locale = await import(`./locales/${lang}.js${suffix}`);\n</code>",
  'If you need the same URL in both modes, tell the dev server to ignore that parameter:',
  "<code>// kitewire.config.js\nexport default defineConfig({\n  server: {\n    ignoredQueryParams: ['v'],\n  },\n});\n</code>",
  j(
    '<code>ignoredQueryParams</code> was added in 2.2, so it is available in the version you are using. In production builds the',
    'query string is kept as it is, which is why <code>kitewire build</code> worked for you.',
  ),
];
const sA1Comments: SoComment[] = [
  {
    text: 'Thanks, <code>ignoredQueryParams</code> fixed it. I had read the server options page twice and missed it.',
    user: 'Noor Halvorsen',
    rep: '1,206',
    date: 'Feb 11 at 11:42',
    iso: '2027-02-11 11:42:03Z',
    score: '1',
  },
];
const sAnswer2 = [
  j(
    'A side note: for cache busting you probably do not need the query string at all. Kitewire already puts a content hash in the',
    'file name of every chunk it emits in production, so <code>locales/de.js</code> becomes something like',
    '<code>assets/de-4f9c1a2b.js</code>, and the URL changes whenever the file does.',
  ),
  'We removed our <code>?v=</code> parameters when we migrated and have had no stale-cache problems since.',
];
const sTags = ['javascript', 'reactjs', 'dynamic-import', 'kitewire'];
/** A post body: paragraphs, with the `<code>` lines that start a code block rendered as `<pre>`. */
const soBody = (paras: readonly string[], lang = 'lang-js'): string =>
  paras
    .map((p) =>
      p.startsWith('<code>') && p.includes('\n')
        ? `<pre class="${lang} s-code-block"><code class="hljs language-javascript">${p.slice(6, -7)}</code></pre>`
        : `<p>${p}</p>`,
    )
    .join('\n');
const soComments = (id: string, cs: readonly SoComment[]): string => `<div id="comments-${id}" class="comments js-comments-container bt bc-black-200 mt12"
data-post-id="${id}" data-min-length="15"><ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false">${cs
  .map(
    (c, i) => `<li id="comment-14000${i}" class="comment js-comment" data-comment-id="14000${i}"><div class="js-comment-actions comment-actions">
<div
class="comment-score js-comment-edit-hide">${
      c.score === ''
        ? ''
        : `<span
title="number of 'useful comment' votes received" class="cool">${c.score}</span>`
    }</div>
</div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/99${i}/x" title="${c.rep} reputation" class="comment-user">${c.user}</a>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment14000${i}_${id}"><span title="${c.iso}, License: CC BY-SA 4.0"
class="relativetime-clean">${c.date}</span></a></span></div></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div id="comments-link-${id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more
information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div>`;
type Sig = { action: string; date: string; iso: string; user: string; rep: string; badges: [string, string][] };
const soSig = (s: Sig, owner: boolean): string => `<div class="post-signature${owner ? ' owner' : ''} flex--item"><div class="user-info user-hover">
<div class="d-flex"><div class="user-action-time fl-grow1">${s.action} <span title="${s.iso}" class="relativetime">${s.date}</span></div></div>
<div class="user-gravatar32"><a href="/users/1/x"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/avatar.png?s=64"
alt="${s.user}'s user avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/users/1/x">${s.user}</a><span class="d-none" itemprop="name">${s.user}</span><div class="-flair"><span class="reputation-score"
title="reputation score " dir="ltr">${s.rep}</span>${s.badges
  .map(
    ([n, kind]) => `<span title="${n} ${kind} badges" aria-hidden="true"><span class="badge${kind === 'gold' ? 1 : kind === 'silver' ? 2 : 3}"></span><span
class="badgecount">${n}</span></span><span class="v-visible-sr">${n} ${kind} badges</span>`,
  )
  .join('')}</div></div></div></div>`;
const soMenu = (
  id: string,
  kind: string,
): string => `<div class="js-post-menu pt2" data-post-id="${id}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/a/${id}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track"
title="Short permalink to this ${kind}">Share</a></div>
<div class="flex--item"><a href="/posts/${id}/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this ${kind}</a></div>
<div class="flex--item"><button type="button" id="btnFollowPost-${id}" class="s-btn s-btn__link js-follow-post js-gps-track">Follow</button></div></div></div>`;
const soVotes = (id: string, score: string, accepted: boolean): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex
jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${id}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer"
aria-pressed="false" aria-label="Up vote"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18" viewBox="0 0 18 18"><path
d="M1 12h16L9 4z"/></svg></button><div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4"
itemprop="upvoteCount" data-value="${score}">${score}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false"
aria-label="Down vote"><svg aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18" viewBox="0 0 18 18"><path d="M1 6h16l-8 8z"/></svg>
</button>${
  accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" tabindex="0" role="note"
aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36" viewBox="0 0 36 36"><path
d="m6 14 8 8L30 6v8L14 30l-8-8z"/></svg></div></div>`
    : ''
}<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${id}/timeline" aria-label="Timeline"><svg aria-hidden="true"
class="mln2 mr0 svg-icon iconHistory" width="19" height="18" viewBox="0 0 19 18"><path d="M3 9a8 8 0 1 1 3.73 6.77"/></svg></a></div></div>`;
const sAsked: Sig = {
  action: 'asked',
  date: 'Feb 11 at 9:32',
  iso: '2027-02-11 09:32:08Z',
  user: 'Noor Halvorsen',
  rep: '1,206',
  badges: [
    ['3', 'silver'],
    ['17', 'bronze'],
  ],
};
const sAns1: Sig = {
  action: 'answered',
  date: 'Feb 11 at 11:18',
  iso: '2027-02-11 11:18:55Z',
  user: 'Marguerite Osei',
  rep: '23.4k',
  badges: [
    ['2', 'gold'],
    ['41', 'silver'],
    ['88', 'bronze'],
  ],
};
const sAns2: Sig = {
  action: 'answered',
  date: 'Feb 13 at 17:05',
  iso: '2027-02-13 17:05:41Z',
  user: 'dkowalczyk',
  rep: '3,877',
  badges: [
    ['9', 'silver'],
    ['30', 'bronze'],
  ],
};
const sNav = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Labs', 'Discussions', 'Collectives'];
const sBlog = ['How a tiny bundler team answers 4,000 issues a year', 'The hidden cost of cache busting'];
const sMeta = ['Changes to the review queue badges', 'Policy: generative AI is still banned'];
const sRelated = [
  'Dynamic import fails with "Failed to fetch dynamically imported module" only in development',
  'How to add cache busting query strings to lazy-loaded chunks',
  'Kitewire: serve files from outside the project root',
];
const sHot = ['Why does my sourdough starter smell of nail polish?', 'Is it rude to decline a code review from my manager?'];
const sFootCols: [string, string[]][] = [
  ['Stack Overflow', ['Questions', 'Help', 'Chat']],
  ['Products', ['Teams', 'Advertising', 'Talent']],
  ['Company', ['About', 'Press', 'Work Here', 'Legal', 'Privacy Policy', 'Terms of Service', 'Contact Us', 'Cookie Settings', 'Cookie Policy']],
];
const sHtml = `<!DOCTYPE html>
<html class="html__responsive "
lang="en"><head><title>javascript - Kitewire dev server returns 404 for dynamic import() with a query string - Stack Overflow</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/favicon.ico?v=ec617d715196">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:url" content="https://stackoverflow.com/questions/79412233/kitewire-dev-server-returns-404">
<meta property="og:site_name" content="Stack Overflow"><meta name="twitter:card" content="summary"><meta name="twitter:title" content="${sTitle}">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script><script
src="https://cdn.sstatic.net/Js/stub.en.js?v=2f3b1c0e9a44"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=51d1f2e0b8c4">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/stackoverflow/primary.css?v=0a5e4d5f8a7c">
<script>StackExchange.init({"locale":"en","serverTime":1807001234,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com","networkMetaHostname":
"meta.stackexchange.com","site":{"name":"Stack Overflow","description":"Q&A for professional and enthusiast programmers","isNoticesTabEnabled":true},
"user":{"fkey":"0b1c","tid":"a7e","rep":0,"isAnonymous":true}});StackExchange.using.setCacheBreakers({"js/full.en.js":"5a3c2b"});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${sTitle}","answerCount":2,
"upvoteCount":7,"dateCreated":"2027-02-11T09:32:08","author":{"@type":"Person","name":"Noor Halvorsen"}}}</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem"
aria-label="Open navigation" aria-controls="left-sidebar" aria-expanded="false"><span></span></a><a class="s-topbar--logo js-gps-track"
href="https://stackoverflow.com"><span class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation" role="presentation"><li class="md:d-none">
<a href="https://stackoverflow.co/" class="s-navigation--item js-gps-track">About</a></li><li><a href="#" class="s-navigation--item js-gps-track
js-products-menu" aria-controls="products-popover">Products</a></li><li class="md:d-none"><a href="https://stackoverflow.co/teams/" class="s-navigation--item
js-gps-track">OverflowAI</a></li></ol><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off">
<div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Search…" value="" aria-label="Search"
aria-controls="top-search" data-controller="s-popover" data-action="focus->s-popover#show" data-s-popover-placement="bottom-start" maxlength="240"
class="s-input s-input__search js-search-field"><svg aria-hidden="true" class="s-input-icon s-input-icon__search svg-icon iconSearch" width="18" height="18"
viewBox="0 0 18 18"><path d="m18 16.5-5.14-5.18h-.35a7 7 0 1 0-1.19 1.19v.35L16.5 18z"/></svg></div></form>
<ol class="s-topbar--content" role="menubar"><li role="none"><a href="https://stackoverflow.com/users/login?ssrc=head" class="s-topbar--item
s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow" role="menuitem">Log in</a></li><li role="none"><a
href="https://stackoverflow.com/users/signup?ssrc=head" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow"
role="menuitem">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${sNav
  .map(
    (t) => `<li${t === 'Questions' ? ' class="youarehere is-selected"' : ''}><a href="/${t.toLowerCase()}" class="pl8 js-gps-track nav-links--link"><div
class="d-flex ai-center"><div class="flex--item truncate">${t}</div></div></a></li>`,
  )
  .join('\n')}</ol></nav><div class="left-sidebar--teams"><p class="fs-caption fc-black-500">Ask questions, find answers and collaborate at work with Stack
Overflow for Teams.</p><a href="https://stackoverflowteams.com/teams/create/free" class="s-btn s-btn__filled s-btn__xs">Try Teams for free</a></div></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/79412233/kitewire-dev-server-returns-404-for-dynamic-import-with-a-query-string" class="question-hyperlink">${sTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ml-auto"><a href="/questions/ask" class="ws-nowrap s-btn
s-btn__primary">Ask Question</a></div></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2027-02-11 09:32:08Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2027-02-11T09:32:08">1 month ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400
mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit" title="2027-02-13 17:05:41Z">1 month ago</a></div><div class="flex--item ws-nowrap
mb8" title="Viewed 1,284 times"><span class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="79412233" data-position-on-page="0"
data-score="7" id="question"><div class="post-layout">${soVotes('79412233', '7', false)}
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${soBody(sQuestion)}
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none
js-post-tag-list-wrapper d-inline">${sTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" title="show questions tagged '${t}'"
aria-label="show questions tagged '${t}'" rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">${soMenu('79412233', 'question')}</div>
<div class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time">edited <span title="2027-02-11 10:04:51Z"
class="relativetime">Feb 11 at 10:04</span></div></div></div>
${soSig(sAsked, true)}</div></div></div>
<span class="d-none"></span>${soComments('79412233', sQComments)}</div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">2 Answers<span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div class="d-flex g4 gsx ai-center
sm:fd-column sm:ai-start"><div class="d-flex fd-column lh-sm"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label>
<a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc" href="?answertab=scoredesc#tab-top">Reset to default</a></div>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option
value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>
<a name="79412301"></a><div id="answer-79412301" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="79412301" data-parentid="79412233"
data-score="11" data-position-on-page="1" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">
${soVotes('79412301', '11', true)}<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${soBody(sAnswer1)}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16"
style="flex: 1 1 100px;">${soMenu('79412301', 'answer')}</div>
${soSig(sAns1, false)}</div></div></div>${soComments('79412301', sA1Comments)}</div></div>
<a name="79419950"></a><div id="answer-79419950" class="answer js-answer" data-answerid="79419950" data-parentid="79412233" data-score="2"
data-position-on-page="2" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${soVotes('79419950', '2', false)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${soBody(sAnswer2)}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16"
style="flex: 1 1 100px;">${soMenu('79419950', 'answer')}</div>
${soSig(sAns2, false)}</div></div></div>${soComments('79419950', [])}</div></div>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${sTags
  .map((t) => `<a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a>`)
  .join(' ')} or <a href="/questions/ask">ask your own question</a>.</h2>
<form id="post-form" action="/questions/79412233/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"
id="your-answer-header">
Your Answer</h2><div class="s-notice s-notice__info mb16" role="status"><p><strong>Reminder:</strong> Answers generated by artificial intelligence tools are
not allowed on Stack Overflow. <a href="/help/gen-ai-policy">Learn more</a></p></div><div class="wmd-container"><textarea id="wmd-input" name="post-text"
class="wmd-input s-input bar0 js-post-body-field" rows="15" aria-labelledby="your-answer-header"></textarea></div>
<div class="js-login-form"><h2 class="fs-body2 fw-normal">Sign up or <a href="/users/login">log in</a></h2><button type="button" class="s-btn s-btn__icon
s-btn__google bar-md ba bc-black-100">Sign up using Google</button><button type="button" class="s-btn s-btn__icon s-btn__email bar-md ba bc-black-100">Sign
up using Email and Password</button><h2 class="fs-body2 fw-normal">Post as a guest</h2><label for="display-name" class="s-label">Name</label><input
id="display-name" name="display-name" type="text" class="s-input"><label for="m-address" class="s-label">Email</label><p class="s-description">Required,
but never shown</p><input id="m-address" name="m-address" type="text" class="s-input"></div>
<div class="form-submit"><button id="submit-button" class="s-btn s-btn__primary s-btn__icon" type="submit">Post Your Answer</button><button
class="s-btn s-btn__danger s-btn__link js-discard-question">Discard</button><p class="s-description">By clicking “Post Your Answer”, you agree to our
<a href="https://stackoverflow.com/legal/terms-of-service/public">terms of service</a> and acknowledge you have read our
<a href="https://stackoverflow.com/legal/privacy-policy">privacy policy</a>.</p></div></form></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex
fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</li>${links(sBlog, 's-sidebarwidget--item d-flex px16')}
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">Featured on Meta</li>
${links(sMeta, 's-sidebarwidget--item d-flex px16')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1">${sRelated
  .map(
    (t, i) => `<div class="spacer"><a href="/q/7700${i}" title="Question score (highest is best)"><div class="answer-votes answered-accepted
default">${[14, 3, 6][i]}</div></a><a href="/questions/7700${i}/x" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link
s-link__inherit">Hot Network Questions</a></h4><ul>${links(sHot)}</ul></div></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-jobs-grayscale" role="contentinfo"><div class="site-footer--container"><nav
class="site-footer--nav">${sFootCols
  .map(
    ([t, items]) => `<div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.com" class="js-gps-track">${t}</a></h5><ul class="-list
js-primary-footer-links">${links(items)}</ul></div>`,
  )
  .join('\n')}</nav><div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo © 2027 Stack Exchange Inc; user contributions
licensed under <a href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. <span id="svnrev">rev 2027.3.14.24601</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Your
privacy"><div class="ot-sdk-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><div id="onetrust-policy-text">By clicking
“Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our <a
href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</div></div><div id="onetrust-button-group"><button
id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button><button
id="onetrust-pc-btn-handler">Customize settings</button></div></div></div></div></div>
<script>StackExchange.ready(function(){StackExchange.question.init({votesCast:[],canViewVoteCounts:true,totalCommentCount:3,shownCommentCount:3});});</script>
</body></html>`;
const soCommentTexts = (cs: readonly SoComment[]): string[] => cs.map((c) => c.text);
const soCommentBylines = (cs: readonly SoComment[]): string[] => cs.flatMap((c) => [c.user, c.date]);
const stackoverflow: TestPage = gold({
  name: 'heldout702-stackoverflow-kitewire-query',
  kind: 'forum',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sQuestion, ...soCommentTexts(sQComments), ...sAnswer1, ...soCommentTexts(sA1Comments), ...sAnswer2]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Asked', '1 month ago', 'Modified', 'edited Feb 11 at 10:04', ...[sAsked, sAns1, sAns2].flatMap((s) => [`${s.action} ${s.date}`, s.user]),
    ...soCommentBylines(sQComments), ...soCommentBylines(sA1Comments),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stack Overflow', 'About', 'Products', 'OverflowAI', 'Log in', 'Sign up', ...sNav,
    'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Ask Question', 'Viewed', '1k times',
    '7', '11', '2', ...sTags, 'Share', 'Improve this question', 'Improve this answer', 'Follow',
    ...[sAsked, sAns1, sAns2].flatMap((s) => [s.rep, ...s.badges.flatMap(([n, k]) => [n, `${n} ${k} badges`])]), '1', 'Add a comment', '2 Answers',
    'Sorted by:', 'Reset to default',
    'Not the answer you\'re looking for? Browse other questions tagged javascript reactjs dynamic-import kitewire or ask your own question.',
    'Your Answer', 'Reminder: Answers generated by artificial intelligence tools are not allowed on Stack Overflow. Learn more', 'Sign up or log in',
    'Sign up using Google', 'Sign up using Email and Password', 'Post as a guest', 'Name', 'Email', 'Required, but never shown', 'Post Your Answer', 'Discard',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.', 'The Overflow Blog', ...sBlog,
    'Featured on Meta', ...sMeta, 'Related', '14', '3', '6', ...sRelated, 'Hot Network Questions', ...sHot,
    ...sFootCols.flatMap(([t, items]) => [t, ...items]),
    'Site design / logo © 2027 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2027.3.14.24601', 'Your privacy',
    'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our Cookie' +
      ' Policy.',
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
});

const dTitle = 'How do I share a database pool between handlers without Arc<Mutex<…>>?';
const dQuestion = [
  j(
    'I’m building a small API with Pellet 0.9 and sqlx. Every example I find wraps the pool in <code>Arc&lt;Mutex&lt;PgPool&gt;&gt;</code>',
    'and puts it in the app state, but then every handler locks the mutex, and under load I can see requests queueing behind each',
    'other.',
  ),
  j(
    '<code>let pool = PgPoolOptions::new().max_connections(20).connect(&amp;url).await?;\nlet app = Pellet::new()\n',
    '   .state(Arc::new(Mutex::new(pool)))\n    .route("/orders/:id", get(get_order));\n</code>',
  ),
  'Is the mutex actually needed? And if not, what is the idiomatic way to give each handler access to the pool?',
];
const dAnswer = [
  j(
    'You don’t need the mutex. <code>PgPool</code> is already a cheap handle around an <code>Arc</code> internally, and it is',
    '<code>Send + Sync</code>, so cloning it is fine and every clone shares the same connections. The <code>Mutex</code> is what',
    'serialises your requests: only one handler can hold the lock at a time, even though the pool itself could serve twenty.',
  ),
  'Put the pool in the state directly and extract it with <code>State</code>:',
  j(
    '<code>#[derive(Clone)]\nstruct AppState {\n    db: PgPool,\n}\n\nasync fn get_order(State(s): State&lt;AppState&gt;, Path(id): Path&lt;i64&gt;)',
    '-&gt; Result&lt;Json&lt;Order&gt;&gt; {\n    let order = sqlx::query_as("SELECT * FROM orders WHERE id = $1")\n        .bind(id)\n',
    '       .fetch_one(&amp;s.db)\n        .await?;\n    Ok(Json(order))\n}\n</code>',
  ),
  j(
    'We should make this clearer in the docs. I have opened <a class="issue-link js-issue-link" data-error-text="Failed to load title"',
    'data-id="2290011" data-permission-text="Title is private" data-url="https://github.com/pellet-rs/pellet/issues/1190" data-hovercard-type="pull_request"',
    'href="https://github.com/pellet-rs/pellet/pull/1190">#1190</a> to replace the <code>Arc&lt;Mutex&lt;..&gt;&gt;</code> example in',
    'the state guide, which predates the current extractor API.',
  ),
];
const dReplies: [string, string, string, string, string][] = [
  ['ostrander-j', 'Mar 2, 2027', '2027-03-02T18:40:22Z', 'Author', 'That was it. p95 latency went from 310 ms to 42 ms under the same load test. Thank you!'],
  [
    'kasia-dev',
    'Mar 3, 2027',
    '2027-03-03T07:12:09Z',
    '',
    j(
      'Worth adding: if you need mutable shared state besides the pool, an <code>RwLock</code> around just that piece is usually',
      'better than locking the whole state.',
    ),
  ],
];
const dLater = 'For anyone finding this later: the updated state guide from #1190 is now live in the 0.9.3 docs.';
const ghBody = (paras: readonly string[]): string =>
  paras
    .map((p) =>
      p.startsWith('<code>')
        ? `<div class="highlight highlight-source-rust notranslate position-relative overflow-auto" dir="auto"><pre>${p.slice(6, -7)}</pre><div
class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0"
data-copy-feedback="Copied!"
tabindex="0" role="button"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" class="octicon octicon-copy"><path d="M0 6.75C0 5.784"></path></svg>
</clipboard-copy></div></div>`
        : `<p dir="auto">${p}</p>`,
    )
    .join('\n');
const ghReactions = (rs: readonly [string, string, string][]): string => `<div class="comment-reactions d-flex flex-items-center flex-wrap"><div
class="js-comment-reactions-options d-flex flex-items-center flex-row flex-wrap">${rs
  .map(
    ([emoji, alias, n]) => `<button type="submit" disabled class="social-reaction-summary-item js-reaction-group-button btn-link d-flex no-underline
color-fg-muted flex-items-baseline mr-2" aria-label="${n} people reacted with ${alias} emoji"><g-emoji class="social-button-emoji"
alias="${alias}">${emoji}</g-emoji>
<span class="js-discussion-reaction-group-count">${n}</span></button>`,
  )
  .join('')}</div></div>`;
const ghHeader = (user: string, date: string, iso: string, badge: string): string => `<div class="timeline-comment-header clearfix d-flex"><h3
class="timeline-comment-header-text f5 text-normal"><strong><a class="author Link--primary text-bold css-overflow-wrap-anywhere"
href="/${user}">${user}</a></strong>
<a href="#discussioncomment-1" class="Link--secondary js-timestamp"><relative-time datetime="${iso}" class="no-wrap">${date}</relative-time></a></h3>${
  badge === ''
    ? ''
    : `<span class="Label ml-1 tooltipped tooltipped-n" aria-label="This user is the ${badge.toLowerCase()} of this discussion.">${badge}</span>`
}</div>`;
const ghUpvote = (n: string): string => `<div class="discussion-vote-form"><button type="button" disabled class="btn-octicon d-flex flex-column
flex-items-center color-fg-muted" aria-label="Upvote: ${n}"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" class="octicon octicon-arrow-up"><path
d="M3.47 7.78a.75.75 0 0 1 0-1.06"></path></svg><span class="js-upvote-count">${n}</span></button></div>`;
const dGlobal = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const dTabs = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Security', 'Insights'];
const dLabels = ['question', 'database'];
const dFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const dHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head><meta charset="utf-8"><link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/light-0eace2597ca3.css">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/github-f3a1f8c6e9f1.css">
<title>How do I share a database pool between handlers without Arc&lt;Mutex&lt;…&gt;&gt;? · pellet-rs/pellet · Discussion #1187 · GitHub</title>
<meta name="description" content="I’m building a small API with Pellet 0.9 and sqlx.">
<meta property="og:title" content="How do I share a database pool between handlers without Arc&lt;Mutex&lt;…&gt;&gt;? · pellet-rs/pellet · Discussion #1187">
<meta property="og:site_name" content="GitHub"><meta name="octolytics-dimension-repository_nwo" content="pellet-rs/pellet">
<link rel="canonical" href="https://github.com/pellet-rs/pellet/discussions/1187" data-turbo-transient></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis
show-on-focus js-skip-to-content">Skip to content</a><header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner">
<div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1"><a class="mr-lg-3 color-fg-inherit
flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" width="32" class="octicon
octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12"></path></svg></a><nav class="HeaderMenu-nav" aria-label="Global"><ul class="d-lg-flex
list-style-none">${dGlobal
  .map(
    (t) => `<li class="HeaderMenu-item"><button type="button"
class="HeaderMenu-link border-0" aria-expanded="false">${t}</button></li>`,
  )
  .join('')}
</ul></nav><button type="button" class="header-search-button placeholder input-button form-control"><span class="flex-1">Search or jump to...</span></button>
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fpellet-rs%2Fpellet%2Fdiscussions%2F1187" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup?ref_cta=Sign+up&amp;source=header-repo" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></header></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main"><main id="js-repo-pjax-container"><div id="repository-container-header"
class="pt-3 hide-full-screen" data-turbo-replace><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div
class="flex-auto min-width-0 width-fit">
<div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><span class="author flex-self-stretch" itemprop="author"><a class="url fn"
rel="author" href="/pellet-rs">pellet-rs</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2
flex-self-stretch"><a href="/pellet-rs/pellet">pellet</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login" rel="nofollow" class="btn-sm btn">Notifications</a></li><li><a href="/login"
rel="nofollow" class="btn-sm btn">Fork <span class="Counter">388</span></a></li><li><a href="/login" rel="nofollow" class="btn-sm btn"><span
class="d-inline">Star</span>
<span class="Counter js-social-count" title="6,021">6k</span></a></li></ul></div><nav aria-label="Repository" class="js-repo-nav UnderlineNav px-3 px-md-4
px-lg-5"><ul class="UnderlineNav-body list-style-none">${dTabs
  .map(
    (t) =>
      `<li class="d-inline-flex"><a href="/pellet-rs/pellet/${t.toLowerCase().replace(/ /g, '')}" class="UnderlineNav-item no-wrap${
        t === 'Discussions' ? ' selected" aria-current="page' : ''
      }"><span
data-content="${t}">${t}</span>${
        t === 'Issues' ? '<span class="Counter" title="143">143</span>' : t === 'Pull requests' ? '<span class="Counter" title="27">27</span>' : ''
      }</a></li>`,
  )
  .join('\n')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content"><div class="clearfix container-xl
px-md-4 px-lg-5 px-3 mt-4"><div class="gh-header mb-3 js-details-container Details"><div class="gh-header-show"><div class="d-flex flex-column flex-md-row">
<h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><span class="js-issue-title markdown-title">How do I share a database pool
between handlers without Arc&lt;Mutex&lt;…&gt;&gt;?</span> <span class="f1-light color-fg-muted">#1187</span></h1><div class="gh-header-actions mt-0 mb-3
mb-md-2 ml-1 flex-md-order-1 flex-shrink-0 d-flex flex-items-center gap-1"><a href="/pellet-rs/pellet/discussions/new/choose" class="btn btn-sm btn-primary">New
discussion</a></div></div><div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div class="flex-shrink-0 mb-2 flex-self-start
flex-md-self-center"><span class="State State--merged d-flex flex-items-center"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" class="octicon
octicon-check-circle-fill flex-items-center mr-1"><path d="M8 16A8 8 0 1 1 8 0a8 8 0 0 1 0 16"></path></svg>Answered</span></div><div class="flex-auto
min-width-0 mb-2"><a class="author Link--secondary text-bold css-truncate css-truncate-target expandable" href="/ostrander-j">ostrander-j</a> asked this
question in <a href="/pellet-rs/pellet/discussions/categories/q-a"><span class="text-bold">Q&amp;A</span></a></div></div></div></div>
<div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end"><div class="Layout-main">
<div class="discussion js-discussion"><div class="TimelineItem pt-0 js-comment-container timeline-comment-group discussion-timeline-item"
id="discussion-5566011"><div class="timeline-comment-wrapper"><div class="d-flex">${ghUpvote('17')}<div class="timeline-comment flex-auto">
${ghHeader('ostrander-j', 'Mar 2, 2027', '2027-03-02T14:11:09Z', '')}<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block
user-select-contain"><tbody class="d-block"><tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body">
${ghBody(dQuestion)}
</td></tr></tbody></table></task-lists></div>${ghReactions([['👀', 'eyes', '3']])}</div></div></div></div>
<section class="discussion-answered-box rounded-2 border color-border-success-emphasis mb-4" aria-label="Marked as answer"><div class="d-flex px-3 py-2
color-bg-success"><h3 class="f5 text-normal">Answered by <a class="author Link--primary text-bold" href="/leif-anders">leif-anders</a> <relative-time
datetime="2027-03-02T15:02:44Z" class="no-wrap">Mar 2, 2027</relative-time></h3></div><div class="px-3 py-2 markdown-body">${ghBody(dAnswer.slice(0, 1))}</div>
<div class="px-3 pb-2"><a href="#discussioncomment-8800120" class="Link--muted">View full answer</a></div></section>
<div class="d-flex flex-items-center mb-2"><h2 class="f4 text-normal"><span
class="js-discussion-comments-count">2 comments</span> · <span>2 replies</span></h2></div>
<div class="js-timeline-item" id="discussioncomment-8800120"><div class="TimelineItem discussion-timeline-item timeline-comment-group"><div
class="timeline-comment
border color-border-success-emphasis"><div class="d-flex">${ghUpvote('14')}<div class="flex-auto">
${ghHeader('leif-anders', 'Mar 2, 2027', '2027-03-02T15:02:44Z', 'Maintainer')}<div class="color-fg-success f6 px-3"><svg aria-hidden="true" height="16"
viewBox="0 0 16 16" class="octicon octicon-check-circle-fill"><path d="M8 16A8 8 0 1 1 8 0"></path></svg> Answer selected by <a class="Link--primary text-bold"
href="/ostrander-j">ostrander-j</a></div><div class="d-block comment-body markdown-body js-comment-body">
${ghBody(dAnswer)}
</div>${ghReactions([
  ['👍', '+1', '9'],
  ['🎉', 'tada', '2'],
])}</div></div>
<div class="discussion-nested-comment-timeline-item"><div class="color-fg-muted f6 px-3 py-2">2 replies</div>${dReplies
  .map(
    ([u, d, iso, badge, t]) => `<div class="discussion-nested-comment-group js-comment-container"><div class="timeline-comment-group">
${ghHeader(u, d, iso, badge)}<div class="d-block comment-body markdown-body js-comment-body"><p dir="auto">${t}</p></div></div></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="js-timeline-item" id="discussioncomment-8811402"><div class="TimelineItem discussion-timeline-item timeline-comment-group"><div
class="timeline-comment">
<div class="d-flex">${ghUpvote('3')}<div class="flex-auto">${ghHeader('tmoreau', 'Mar 9, 2027', '2027-03-09T10:27:51Z', '')}<div class="d-block comment-body
markdown-body js-comment-body"><p dir="auto">${dLater}</p></div></div></div></div></div></div>
<div class="flash flash-warn mt-3"><a rel="nofollow" class="btn btn-primary" href="/join?source=comment-repo">Sign up for free</a> <strong>to join this
conversation on GitHub</strong>. Already have an account? <a rel="nofollow" href="/login">Sign in to comment</a></div></div>
<div class="Layout-sidebar"><div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading text-bold">Category</h3><a class="d-flex
flex-items-center" href="/pellet-rs/pellet/discussions/categories/q-a"><span class="mr-1">🙏</span> Q&amp;A</a></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading text-bold">Labels</h3>${dLabels
  .map((l) => `<a class="IssueLabel hx_IssueLabel" href="/pellet-rs/pellet/discussions?discussions_q=label%3A${l}">${l}</a>`)
  .join(' ')}</div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading text-bold">4 participants</h3><div class="participation-avatars">${[
  'ostrander-j',
  'leif-anders',
  'kasia-dev',
  'tmoreau',
]
  .map(
    (u) => `<a class="participant-avatar" href="/${u}"><img class="avatar avatar-user" src="https://avatars.githubusercontent.com/${u}?s=52" alt="@${u}"></a>`,
  )
  .join('')}</div></div></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center
flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0 mx-2"><span>&copy; 2027
GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex
flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">${links(dFoot, 'mx-2')}</ul></nav></div></footer></div></body></html>`;
const discussions: TestPage = gold({
  name: 'heldout702-github-discussions-pellet-pool',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([...dQuestion, ...dAnswer, ...dReplies.map((r) => r[4]), dLater]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'ostrander-j', 'Mar 2, 2027', 'leif-anders', ...dReplies.flatMap((r) => [r[0], r[1]]), 'tmoreau', 'Mar 9, 2027',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...dGlobal, 'Search or jump to...', 'Sign in', 'Sign up', 'pellet-rs', '/', 'pellet', 'Public', 'Notifications', 'Fork', '388',
    'Star', '6k', ...dTabs, '143', '27', '#1187', 'New discussion', 'Answered', 'asked this question in', 'Q&A', '17', '👀', '3', 'Answered by',
    'View full answer', '2 comments · 2 replies', '14', 'Maintainer', 'Answer selected by', '👍', '9', '🎉', '2', '2 replies', 'Author',
    'Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment', 'Category', '🙏 Q&A', 'Labels', ...dLabels,
    '4 participants', 'Footer', '© 2027 GitHub, Inc.', 'Footer navigation', ...dFoot,
  ],
});

export const HELDOUT702_F: readonly TestPage[] = [stackoverflow, discussions];
