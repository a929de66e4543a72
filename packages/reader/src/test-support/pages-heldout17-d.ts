import { links, ps, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout17-d2.js';

/**
 * Held-out batch 17, file d: a Stack Overflow question page (top bar, left nav with the Teams box, question header with
 * "Asked / Modified / Viewed", vote cells with counts, s-prose post bodies with code blocks, tags, "Share / Improve this
 * question / Follow" menus, user cards "asked ... / answered ... / edited ...", comments under posts with scores, "Add a
 * comment", answers header with sort menu, the accepted-answer mark, "Your Answer" sign-up prompt, right sidebar with "The
 * Overflow Blog", "Linked", "Related" and "Hot Network Questions", cookie banner and footer). The Discourse topic of this
 * file is in pages-heldout17-d2.ts.
 */
const soTitle = 'How do I move my branch onto main after the feature branch it was based on was squash-merged?';
type SoComment = { text: string; who: string; when: string; score?: string };
type SoPost = { id: string; votes: string; paras: string[]; code?: string; paras2?: string[]; action: string; who: string; rep: string; comments: SoComment[] };
const soQ: SoPost = {
  id: '79482210',
  votes: '14',
  paras: [
    'I branched <code>payments-ui</code> off a colleague’s branch <code>payments-api</code> while it was still in review. Yesterday ' +
      '<code>payments-api</code> was merged into <code>main</code> with “Squash and merge” on GitHub, and the branch was deleted.',
    'Now when I open a pull request from <code>payments-ui</code>, it shows all eleven of the old <code>payments-api</code> commits ' +
      'as well as my four, and a plain <code>git rebase main</code> stops with conflicts in almost every file those commits touched.',
    'How can I get a branch that contains only my four commits on top of the current <code>main</code>, without resolving the same ' +
      'conflicts over and over?',
  ],
  code: 'git log --oneline main..payments-ui | wc -l\n15',
  action: 'asked Mar 1 at 14:22',
  who: 'marta.szymanska',
  rep: '1,204',
  comments: [
    {
      text: 'Do you still have the old payments-api branch locally, or at least its last commit hash?',
      who: 'Kaveh Rostami',
      when: 'Mar 1 at 14:30',
      score: '2',
    },
    { text: 'Yes, my local copy still points at the commit that was reviewed, a41c9e2.', who: 'marta.szymanska', when: 'Mar 1 at 14:41' },
  ],
};
const soAnswers: SoPost[] = [
  {
    id: '79490105',
    votes: '31',
    paras: [
      'This is exactly what <code>git rebase --onto</code> is for. It takes three arguments: the new base, the old base, and the ' +
        'branch to move, and it replays only the commits that are on the branch but not on the old base.',
      'Because your local <code>payments-api</code> still points at the last commit you branched from, you can use it as the old base:',
    ],
    code: 'git switch payments-ui\ngit rebase --onto main payments-api payments-ui',
    paras2: [
      'Git will take the four commits in <code>payments-api..payments-ui</code> and apply them on top of <code>main</code>. The squashed ' +
        'commit on main already contains all of the old branch’s changes, so the eleven original commits are simply left behind.',
      'If you had already deleted the local branch, use the commit hash instead, which you can usually find with <code>git reflog</code>.',
    ],
    action: 'answered Mar 3 at 9:12',
    who: 'Kaveh Rostami',
    rep: '58.3k',
    comments: [
      {
        text: 'Worked first time, no conflicts at all. Thank you for explaining what the three arguments mean.',
        who: 'marta.szymanska',
        when: 'Mar 3 at 9:40',
        score: '1',
      },
      {
        text: 'Worth adding that you need to force-push afterwards, ideally with --force-with-lease so you do not overwrite anything a reviewer pushed.',
        who: 'J. Adeyemi',
        when: 'Mar 3 at 10:05',
        score: '4',
      },
    ],
  },
  {
    id: '79484471',
    votes: '6',
    paras: [
      'An interactive rebase also works and lets you see what is going on. Run <code>git rebase -i main</code>, and in the todo list ' +
        'that opens, delete the lines for every commit that came from the other branch, keeping only your own.',
      'It is more typing than <code>--onto</code> when there are many commits, but it is a good option if you are not sure exactly ' +
        'where your work starts.',
    ],
    action: 'answered Mar 1 at 15:03',
    who: 'lorenzo_b',
    rep: '3,871',
    comments: [],
  },
  {
    id: '79491877',
    votes: '2',
    paras: [
      'If this happens to you often, newer versions of Git have <code>--update-refs</code>, and GitHub can retarget stacked pull ' +
        'requests automatically when the base branch is merged, which avoids the problem if you set the base correctly from the start.',
    ],
    action: 'answered Mar 3 at 17:48',
    who: 'Tomasz Wierzbicki',
    rep: '912',
    comments: [],
  },
];
const soLeft = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Labs', 'Jobs', 'Discussions', 'Collectives'];
const soLinked = ['Git: how to rebase a branch onto another branch after its parent was merged', 'Rebasing a branch which is based on another branch'];
const soRelated = [
  'How do I rebase a chain of local git branches?',
  'Git rebase --onto explained with examples',
  'What is the difference between git merge --squash and git rebase?',
  'Undo a git rebase',
];
const soHot = [
  'Why does my sourdough starter smell like nail polish remover?',
  'Is it legal to photograph a stranger’s car in a public car park?',
  'How to typeset a long table that spans two pages in LaTeX',
  'Why do commercial aircraft not use retractable winglets?',
];
const soBlog = ['How a small team shipped a search engine in six weeks', 'The year in developer surveys'];
const soFoot = [
  'Questions',
  'Help',
  'Chat',
  'Products',
  'Teams',
  'Advertising',
  'Talent',
  'Company',
  'About',
  'Press',
  'Work Here',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Contact Us',
  'Cookie Settings',
  'Cookie Policy',
];
const soTags = ['git', 'git-rebase', 'github', 'squash'];
const soComments = (id: string, cs: readonly SoComment[]): string => `<div id="comments-${id}" class="comments js-comments-container bt bc-black-200 mt12"
data-post-id="${id}"><ul class="comments-list js-comments-list">${cs
  .map(
    (c, i) => `<li id="comment-${id}${i}" class="comment js-comment" data-comment-id="${id}${i}"><div class="js-comment-actions comment-actions">
<div class="comment-score js-comment-edit-hide">${
      c.score
        ? `<span title="number of 'useful comment' votes received"
class="cool">${c.score}</span>`
        : ''
    }</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/1/x" class="comment-user">${c.who}</a></div><span class="comment-date" dir="ltr">
<a class="comment-link" href="#comment-${id}${i}_${id}">
<span title="2025-03-01 14:30:11Z, License: CC BY-SA 4.0" class="relativetime-clean">${c.when}</span></a>
</span></div></div></li>`,
  )
  .join('\n')}</ul></div><div id="comments-link-${id}"><a class="js-add-link comments-link disabled-link" href="#" role="button">Add a comment</a></div>`;
const soPost = (p: SoPost, kind: 'question' | 'answer', accepted = false): string => `<div class="post-layout"><div class="votecell post-layout--left">
<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${p.id}">
<button class="js-vote-up-btn" aria-label="Up vote">
</button><div class="js-vote-count flex--item fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="${p.votes}">${p.votes}</div>
<button class="js-vote-down-btn"
aria-label="Down vote"></button><button class="js-bookmark-btn" aria-label="Save this ${kind}."></button>${
  accepted
    ? `<div class="js-accepted-answer-indicator
flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" role="note" aria-label="Accepted"><svg class="svg-icon iconCheckmarkLg">
</svg></div>`
    : ''
}
</div></div><div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${ps(p.paras)}${
  p.code
    ? `<pre class="lang-bash s-code-block">
<code class="hljs language-bash">${p.code}</code></pre>`
    : ''
}${ps(p.paras2 ?? [])}</div>
${
  kind === 'question'
    ? `<div class="mt24 mb12"><div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${soTags
        .map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`)
        .join('')}</ul></div></div>`
    : ''
}
<div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2">
<div class="d-flex gs8 s-anchors">
<div class="flex--item"><a href="/a/${p.id}" class="js-share-link">Share</a></div><div class="flex--item">
<a href="/posts/${p.id}/edit">Improve this ${kind}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div></div>
<div class="post-signature${kind === 'question' ? ' owner' : ''} flex--item"><div class="user-info">
<div class="user-action-time">${p.action.replace(/ (\w+ \d+ at)/, ' <span class="relativetime">$1')}
</span></div><div class="user-gravatar32"><a href="/users/1/x"><img src="https://i.sstatic.example/avatar.png" alt="user avatar" width="32" height="32"></a>
</div>
<div class="user-details" itemprop="author"><a href="/users/1/x">${p.who}</a><div class="-flair">
<span class="reputation-score" title="reputation score">${p.rep}</span>
</div></div></div></div></div></div></div>
${soComments(p.id, p.comments)}`;
const soHtml = `<!DOCTYPE html>
<html class="html__responsive" lang="en"><head><title>git - ${soTitle} - Stack Overflow</title>
<meta name="twitter:card" content="summary"><meta property="og:type" content="website">
<link rel="canonical" href="https://stackoverflow.example/questions/79482210">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${soTitle}","answerCount":3,
"upvoteCount":14,"dateCreated":"2025-03-01T14:22:05",
"acceptedAnswer":{"@type":"Answer","upvoteCount":31,"url":"https://stackoverflow.example/a/79490105"}}}</script>
<script>StackExchange.init({"locale":"en","serverTime":1741172400,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.example"});</script></head>
<body class="question-page unified-theme"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<h2 id="onetrust-policy-title">Your privacy
</h2><p id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose
information in accordance with our Cookie Policy.</p><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-reject-all-handler">Necessary cookies only</button>
<button id="onetrust-pc-btn-handler">Customize settings</button></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<a href="https://stackoverflow.example" class="s-topbar--logo"><span class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation"><li>
<a href="/">About</a></li>
<li><a href="/teams">Products</a></li><li><a href="/teams/ai">OverflowAI</a></li></ol><form id="search" role="search" class="s-topbar--searchbar">
<input name="q"
type="text" role="combobox" placeholder="Search…"></form><ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn">Log in</a></li>
<li><a href="/users/signup" class="s-topbar--item s-btn s-btn__filled">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation">
<ol class="nav-links">${links(soLeft, 'ps-relative')}</ol>
<div class="teams-box"><div class="fs-fine fw-bold">Teams</div>
<p class="fs-fine">Ask questions, find answers and collaborate at work with Stack Overflow for Teams.</p>
<a href="/teams/create" class="s-btn s-btn__filled">Try Teams for free</a><a href="/teams" class="s-btn">Explore Teams</a></div></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/79482210/x" class="question-hyperlink">${soTitle}</a></h1>
<div class="ml12 aside-cta flex--item"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2025-03-01 14:22:05Z">
<span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-03-01T14:22:05">9 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">Modified
</span><a href="?lastactivity" class="s-link s-link__inherit">9 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 2,314 times"><span
class="fc-black-400 mr2">Viewed</span>2k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers">
<div class="question js-question" data-questionid="79482210" id="question">${soPost(soQ, 'question')}</div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><h2 class="mb0" data-answercount="3">3 Answers</h2><div><label
for="answer-sort">Sorted by:</label><select id="answer-sort"><option selected>Highest score (default)</option><option>Date modified (newest first)</option>
<option>Date created (oldest first)</option></select></div></div></div>
<div id="answer-79490105" class="answer js-answer accepted-answer js-accepted-answer" itemprop="acceptedAnswer">${soPost(soAnswers[0]!, 'answer', true)}</div>
<div id="answer-79484471" class="answer js-answer" itemprop="suggestedAnswer">${soPost(soAnswers[1]!, 'answer')}</div>
<div id="answer-79491877" class="answer js-answer" itemprop="suggestedAnswer">${soPost(soAnswers[2]!, 'answer')}</div>
<h2 class="space" id="your-answer-header">Your Answer</h2><div class="js-add-answer-component"><p>Start asking to get answers</p>
<p>Find the answer to your question by asking.</p><a href="/questions/ask" class="s-btn s-btn__filled">Ask question</a></div>
<h2 class="bottom-notice">Not the answer you're looking for? Browse other questions tagged ${soTags
  .map(
    (t) => `<a href="/questions/tagged/${t}"
class="post-tag">${t}</a>`,
  )
  .join(' ')}
or <a href="/questions/ask">ask your own question</a>.</h2></div></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul>
<li class="s-sidebarwidget--header">
The Overflow Blog</li>${links(soBlog, 's-sidebarwidget--item')}</ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4>${links(soLinked, 'spacer')}</div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4>${links(soRelated, 'spacer')}</div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot">Hot Network Questions</a></h4>
<ul>${links(soHot)}</ul><a href="#" class="show-more">more hot questions</a></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><nav class="site-footer--nav"><ul>${links(soFoot, 'site-footer--item')}</ul></nav>
<p class="site-footer--copyright">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.3.4.22871</p></footer>
</body></html>`;
const soPosts = [soQ, ...soAnswers];
const stackoverflow: TestPage = {
  html: soHtml,
  name: 'heldout17-stackoverflow-question',
  kind: 'forum',
  // a Q&A thread: the question, all three answers and every comment under a post are body (as the batch 14 discussion's
  // replies); code blocks are in neither list; user names and the "asked / answered ..." and comment dates are bylines
  // ("marta.szymanska" and "Kaveh Rostami" also comment: counted once); "Asked / Modified / Viewed" with their values,
  // vote counts and reputation (bare numbers left out), tags, "Share / Improve this ... / Follow", "Add a comment", answer
  // sort, the accepted mark (an aria label only), "Your Answer" prompt, "Not the answer..." line, sidebar widgets, left nav,
  // top bar, cookie banner and footer are furniture; the four tags and the top bar's "About" are words of the body: left out
  title: soTitle,
  headings: [],
  body: soPosts.flatMap((p) => [...texts(p.paras), ...texts(p.paras2 ?? []), ...p.comments.map((c) => c.text)]),
  bylines: [
    ...soPosts.flatMap((p) => [p.action, ...p.comments.map((c) => c.when)]),
    'marta.szymanska',
    'Kaveh Rostami',
    'lorenzo_b',
    'Tomasz Wierzbicki',
    'J. Adeyemi',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your privacy', 'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in ' +
      'accordance with our Cookie Policy.', 'Accept all cookies', 'Necessary cookies only', 'Customize settings', 'Skip to main content', 'Stack Overflow',
    'Products', 'OverflowAI',
    'Log in', 'Sign up', ...soLeft, 'Teams', 'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free',
    'Explore Teams', 'Ask Question', 'Asked', '9 months ago', 'Modified', 'Viewed', '2k times', 'Share',
    'Improve this question', 'Follow', 'Add a comment', '3 Answers', 'Sorted by:', 'Highest score (default)', 'Improve this answer', 'Your Answer',
    'Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question',
    'Not the answer you\'re looking for? Browse other questions tagged', 'ask your own question', 'The Overflow Blog', ...soBlog,
    'Linked', ...soLinked, 'Related', ...soRelated, 'Hot Network Questions', ...soHot, 'more hot questions',
    ...soFoot.filter((t) => !['About', 'Products', 'Teams', 'Questions'].includes(t)),
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.3.4.22871',
  ],
};

export const HELDOUT17_D: readonly TestPage[] = [stackoverflow, discourse];
