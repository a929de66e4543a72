import { links, type TestPage, texts } from './page-kit.js';
import { githubIssue } from './pages-heldout102-e2.js';

/**
 * Held-out batch 102, file e: a Stack Overflow question with two answers and comments, as a signed-out visitor saves it
 * (top bar with Products, search, "Log in" / "Sign up", the left sidebar with the Teams promo, the question header with
 * "Asked / Modified / Viewed", vote cells, the question body with code, tags, post menu, user cards with reputation and
 * badge counts, comment lists, the "2 Answers" header with the sort select, the accepted answer, the "Your Answer" sign-up
 * prompt, the "Not the answer you're looking for?" line, the right sidebar with the Overflow Blog, Linked, Related and Hot
 * Network Questions, the cookie consent banner and the footer) and, from file e2, a GitHub issue.
 */
const soTitle = 'Why does my pandas groupby drop rows where the key is NaN?';
const soQ = [
  'I have a DataFrame of shop orders where some rows have no region. When I group by region and sum the totals, the grand total ' +
    'of the result is smaller than the sum of the original column, and the rows with a missing region seem to have disappeared.',
  'I expected them to show up as a NaN group. Is this a bug, and how do I keep those rows in the result?',
  'I am on pandas 2.2.1 with Python 3.12.',
];
const soQComments: [string, string, string][] = [
  ['Did you check <code>df["region"].isna().sum()</code>? It would confirm how many rows you are losing.', 'kalle.m', 'Mar 4, 2024 at 10:02'],
  ['Yes, 214 rows out of about 9,000. They all vanish from the result.', 'Tomasz Wierzba', 'Mar 4, 2024 at 10:05'],
];
const soA1 = [
  'This is the documented default, not a bug. <code>groupby</code> has a <code>dropna</code> parameter that is <code>True</code> ' +
    'unless you say otherwise, and it drops every row whose group key is missing before grouping.',
  'Pass <code>dropna=False</code> and the missing keys form their own group:',
  'The NaN group appears last in the index. If you would rather have a readable label, fill the keys first with ' +
    '<code>df["region"].fillna("Unknown")</code> and group on that instead; this also makes the result easier to join back to other tables.',
];
const soA1Comments: [string, string, string][] = [['That was it, thanks. I had no idea the parameter existed.', 'Tomasz Wierzba', 'Mar 4, 2024 at 10:31']];
const soA2 = [
  'One more thing to watch: if you group by several columns, <code>dropna=False</code> keeps a row when any of its keys is ' +
    'missing, and each combination with a NaN becomes a separate group. With <code>observed=False</code> on categorical keys ' +
    'you can also end up with empty groups that sum to zero, so check the length of the result before and after.',
  'A quick sanity check I add to reports like this is to compare <code>result.sum()</code> with the column total and fail loudly ' +
    'if they differ. It catches this and a few other silent losses, such as keys that differ only by trailing spaces.',
];
const soTop = ['About', 'Products', 'For Teams'];
const soLeft = ['Home', 'Questions', 'Tags', 'Challenges', 'Chat', 'Articles', 'Users', 'Companies', 'Collectives'];
const soTeams = 'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.';
const soTags = ['python', 'pandas', 'dataframe', 'group-by', 'nan'];
const soBlog = ['A developer’s guide to slowing down', 'Why your flaky tests are a people problem'];
const soMeta = ['Policy: Generative AI (e.g., ChatGPT) is banned', 'Results of the October 2025 moderator election'];
const soLinked = ['Pandas groupby with NaN or missing values', 'Keep rows with missing keys in merge'];
const soRelated = ['How to count NaN values in a pandas column', 'groupby sum returns zero instead of NaN', 'Fill NaN in one column from another'];
const soHot = ['Is it safe to leave a lithium drill battery in a cold shed?', 'Why do ferries reverse into port?', 'Does a monad need a bind?'];
const soCookie =
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in ' +
  'accordance with our Cookie Policy.';
const soFoot = ['Stack Overflow', 'Questions', 'Help', 'Chat', 'Products', 'Teams', 'Advertising', 'Talent', 'Company', 'About', 'Press', 'Work Here', 'Legal'];
const soPost = (votes: string, body: string, extra = ''): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex
jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${votes}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer"
aria-label="Up vote"
data-selected-classes="fc-theme-primary"></button><div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4"
itemprop="upvoteCount" data-value="${votes}">${votes}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer"
aria-label="Down vote"></button>
${extra}</div></div><div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${body}</div>`;
const soUser = (verb: string, when: string, name: string, rep: string, badges: [string, string, string]): string => `<div class="post-signature
flex--item"><div class="user-info"><div class="user-action-time">${verb} <span title="2024-03-04 09:48:12Z" class="relativetime">${when}</span></div>
<div class="user-gravatar32"><a href="/users/1/${name}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/avatar.png" alt="${name}'s user avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a
href="/users/1/${name}">${name}</a><span class="d-none" itemprop="name">${name}</span><div class="-flair"><span class="reputation-score"
title="reputation score"
dir="ltr">${rep}</span><span title="${badges[0]} gold badges"><span class="badge1"></span><span class="badgecount">${badges[0]}</span></span><span
title="${badges[1]} silver badges"><span class="badge2"></span><span class="badgecount">${badges[1]}</span></span><span title="${badges[2]} bronze badges"><span
class="badge3"></span><span class="badgecount">${badges[2]}</span></span></div></div></div></div>`;
const soMenu = (what: string): string => `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a
href="/q/1" class="js-share-link">Share</a></div><div class="flex--item"><a href="/posts/1/edit" class="js-suggest-edit-post">Improve this ${what}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div>`;
const soComments = (cs: readonly [string, string, string][]): string => `<div class="comments js-comments-container"><ul class="comments-list js-comments-list">
${cs
  .map(
    ([t, u, d]) => `<li class="comment js-comment"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide"></div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${t}</span> – <div
class="d-inline-flex
ai-center"><a href="/users/2/${u}" class="comment-user">${u}</a></div><span class="comment-date" dir="ltr"><span title="2024-03-04"
class="relativetime-clean">${d}
</span></span></div></div></li>`,
  )
  .join('\n')}</ul></div><div class="js-comment-form-layout"><a class="js-add-link comments-link disabled-link" role="button">Add a comment</a></div>`;
const soPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const soHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head><title>python - Why does my pandas groupby drop rows where the key is NaN? - Stack
Overflow</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/favicon.ico"><meta name="viewport"
content="width=device-width, height=device-height,
initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website"><meta property="og:site_name" content="Stack Overflow">
<meta name="twitter:title" property="og:title" itemprop="name" content="${soTitle}"><link rel="canonical"
href="https://stackoverflow.com/questions/78104522/why-does-my-pandas-groupby-drop-rows-where-the-key-is-nan">
<script src="https://cdn.sstatic.net/Js/stub.en.js?v=5a1e3c"></script><link rel="stylesheet" type="text/css"
href="https://cdn.sstatic.net/Shared/stacks.css?v=1b2a">
<script>StackExchange.init({"locale":"en","serverTime":1730000000,"site":{"name":"Stack Overflow"}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><a href="#content" class="s-link s-link__inherit
p12 js-skip-to-content">Skip to main content</a><header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#"
class="s-topbar--menu-btn
js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a><a class="s-topbar--logo"
href="https://stackoverflow.com">
<span class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation" role="presentation">${soTop
  .map(
    (t) => `<li><a href="/${t}"
class="s-navigation--item">${t}</a></li>`,
  )
  .join('')}
</ol><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div
class="s-topbar--searchbar--input-group"><input
name="q" type="text" role="combobox" placeholder="Search…" aria-label="Search" maxlength="240" class="s-input s-input__search js-search-field"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="/users/login"
class="s-topbar--item s-topbar--item__unset
s-btn s-btn__outlined ws-nowrap" rel="nofollow">Log in</a></li><li role="none"><a href="/users/signup"
class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary
ws-nowrap" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container
js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${links(soLeft, 'ps-relative')}</ol><div class="js-freemium-cta ps-relative mt32 mb8"><div
class="fs-fine tt-uppercase ml8 mb8">Teams</div><div class="bt bl bb bc-black-225 p12 pb6 fc-black-600 blr-sm overflow-hidden"><strong
class="fc-black-750 mb6">Now
available on Stack Overflow for Teams!</strong> AI features where you work: search, IDE, and chat.<p>${soTeams}</p><a href="https://stackoverflowteams.com"
class="s-btn s-btn__primary s-btn__xs">Try Teams for free</a></div></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/QAPage"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/78104522/why-does-my-pandas-groupby-drop-rows-where-the-key-is-nan"
class="question-hyperlink">${soTitle}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask"
class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div
class="flex--item ws-nowrap mr16 mb8"
title="2024-03-04 09:48:12Z"><span class="fc-black-400 mr2">Asked</span> <time itemprop="dateCreated" datetime="2024-03-04T09:48:12">1 year, 7 months
ago</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit">5 months
ago</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 3,814 times"><span class="fc-black-400 mr2">Viewed</span> 3k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="78104522" data-position-on-page="0"
id="question"
itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="post-layout">${soPost(
  '27',
  `${soPs(soQ.slice(0, 1))}<pre class="lang-py s-code-block"><code class="hljs language-python">totals = df.groupby("region")["total"].sum()
print(totals.sum(), df["total"].sum())   # 48210.5 51877.0</code></pre>${soPs(soQ.slice(1))}`,
)}<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul
class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${soTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="mb0"><div
class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${soMenu('question')}${soUser('asked', 'Mar 4, 2024 at 9:48', 'Tomasz Wierzba', '1,204', [
  '1',
  '9',
  '17',
])}
</div></div></div><div class="post-layout--right js-post-comments-component">${soComments(soQComments)}</div></div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div
class="d-flex g4 gsx ai-center sm:fd-column">
<label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label><div class="s-select"><select
id="answer-sort-dropdown-select-menu">
<option value="scoredesc" selected>Highest score (default)</option><option value="modifieddesc">Date modified (newest first)</option><option
value="createdasc">Date
created (oldest first)</option></select></div></div></div></div></div>
<div id="answer-78104610" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="78104610" itemprop="acceptedAnswer" itemscope
itemtype="https://schema.org/Answer"><div class="post-layout">${soPost(
  '41',
  `${soPs(soA1.slice(0, 2))}<pre class="lang-py s-code-block"><code>totals = df.groupby("region",
dropna=False)["total"].sum()</code></pre>${soPs(soA1.slice(2))}`,
  '<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" tabindex="0" ' +
    'role="note" aria-label="Accepted"></div>',
)}<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${soMenu('answer')}<div class="post-signature flex--item"><div
class="user-info user-hover">
<div class="user-action-time">edited <span class="relativetime">May 20, 2025 at
14:02</span></div></div></div>${soUser('answered', 'Mar 4, 2024 at 10:12', 'Priyanka Raman', '58.3k', ['9', '61', '88'])}
</div></div></div><div class="post-layout--right js-post-comments-component">${soComments(soA1Comments)}</div></div></div>
<div id="answer-78119877" class="answer js-answer" data-answerid="78119877" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div
class="post-layout">
${soPost('6', soPs(soA2))}<div class="mt24"><div
class="d-flex fw-wrap ai-start jc-end gs8 gsy">${soMenu('answer')}${soUser('answered', 'Mar 7, 2024 at 16:40', 'ole_haugen', '3,977', ['2', '18', '30'])}
</div></div></div><div class="post-layout--right js-post-comments-component">${soComments([])}</div></div></div>
<div class="js-zone-container zone-container-main"><div id="dfp-mlb" class="everyonelovesstackoverflow everyoneloves__mid-leaderboard"></div></div>
<h2 class="bottom-notice fs-body2 fw-normal" data-loc="1">Start asking to get answers</h2><p class="bottom-notice">Find the answer to your question by
asking.</p>
<a href="/questions/ask" class="s-btn s-btn__filled">Ask question</a><h2 class="bottom-notice fs-body2 fw-normal" data-loc="2">Explore related
questions</h2><p>See
similar questions with these tags.</p></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div
class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16"
data-tracker="cb=1"><ul class="d-block p0 m0"><li
class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">The Overflow
Blog</li>${links(soBlog, 's-sidebarwidget--item d-flex px16')}<li
class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb
bbw1">Featured on Meta</li>${links(soMeta, 's-sidebarwidget--item d-flex px16')}</ul></div><div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div
class="linked">${links(soLinked, 'spacer')}</div></div><div class="module sidebar-related"><h4 id="h-related">Related</h4><div
class="related js-gps-related-questions">
${links(soRelated, 'spacer')}</div></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul>${links(soHot)}</ul><a href="#" class="show-more js-show-more js-gps-track">more
hot
questions</a></div><a href="https://stackoverflow.com/feeds/question/78104522" title="Feed of this question and its answers" class="s-link">Question
feed</a></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav
class="site-footer--nav"><ul>${links(soFoot, 'site-footer--item')}
</ul></nav><div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions
licensed under
<a href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. <span id="svnrev">rev 2025.10.22.36912</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><h2
id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">${soCookie}</p><div id="onetrust-button-group"><button
id="onetrust-accept-btn-handler">Accept
all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler">Customize
settings</button></div></div>
</div></div></body></html>`;
const stackOverflow: TestPage = {
  html: soHtml,
  name: 'heldout102-stackoverflow-question-forum',
  kind: 'forum',
  // the question, both answers and all comments are body; names, "asked / answered / edited" times and comment dates are
  // bylines; votes, reputation, badge counts, tags, the post menu, "2 Answers" and the sort select are furniture; code is in neither
  title: soTitle,
  headings: [],
  body: texts([...soQ, ...soQComments.map(([t]) => t), ...soA1, ...soA1Comments.map(([t]) => t), ...soA2]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Asked', '1 year, 7 months ago', 'Modified', '5 months ago', 'asked Mar 4, 2024 at 9:48', 'Tomasz Wierzba', 'kalle.m', 'Mar 4, 2024 at 10:02',
    'Mar 4, 2024 at 10:05', 'Mar 4, 2024 at 10:31', 'edited May 20, 2025 at 14:02', 'answered Mar 4, 2024 at 10:12', 'Priyanka Raman',
    'answered Mar 7, 2024 at 16:40', 'ole_haugen',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...soTop, 'Log in', 'Sign up', ...soLeft, 'Teams', 'Now available on Stack Overflow for Teams!',
    'AI features where you work: search, IDE, and chat.', soTeams, 'Try Teams for free', 'Ask Question', 'Viewed 3k times', '27', '41', ...soTags, 'Share',
    'Improve this question', 'Improve this answer', 'Follow', '1,204', '58.3k', '3,977', 'Add a comment', '2 Answers', 'Sorted by:', 'Highest score (default)',
    'Date modified (newest first)', 'Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question', 'Explore related questions',
    'See similar questions with these tags.', 'The Overflow Blog', ...soBlog, 'Featured on Meta', ...soMeta, 'Linked', ...soLinked, 'Related', ...soRelated,
    'Hot Network Questions', ...soHot, 'more hot questions', 'Question feed', ...soFoot.filter((t) => !soLeft.includes(t) && !soTop.includes(t)),
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2025.10.22.36912', 'Your privacy', soCookie,
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT102_E: readonly TestPage[] = [stackOverflow, githubIssue];
