import { j } from './pages-heldout231-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';
import { soEs } from './pages-heldout231-a2.js';

/**
 * Held-out batch 231, file a: a Mathematics Stack Exchange question with its comments and two answers (top bar, left nav,
 * question header with Asked / Modified / Viewed, vote cells, tags, user cards with reputation and badge counts, the
 * answers header with the sort menu, "Your Answer" box, the right sidebar with The Overflow Blog, Featured on Meta, Linked,
 * Related and Hot Network Questions, the cookie consent banner and the footer) and, from file a2, a Stack Overflow en
 * español question.
 */
const mTitle = 'Why does the sum of the reciprocals of triangular numbers telescope to 2?';
const mQ = [
  j(
    'I was working through an exercise in a first-year analysis course and was asked to find',
    '<span class="math-container">$\\sum_{n=1}^{\\infty} \\frac{2}{n(n+1)}$</span>. I guessed the answer was 2 by adding up the first',
    'twenty terms on a calculator, and the partial sums do seem to creep towards 2.',
  ),
  j(
    'My problem is that I do not see <em>why</em> it should be exactly 2. My tutor wrote "partial fractions, then telescope" in the',
    'margin, but when I split the fraction I get two divergent harmonic-like series, and I was told you cannot subtract divergent series.',
  ),
  j(
    'Is the telescoping argument actually rigorous, and if so, what is the step that makes it legitimate? I would like to understand',
    'where the divergent pieces go.',
  ),
];
const mQComments = [
  j(
    'Write out the partial sum up to <span class="math-container">$N$</span> before you take any limit. The divergence problem never',
    'appears if you only ever work with finite sums.',
  ),
  'Related: the same trick shows that the sum of 1/(n(n+2)) is 3/4.',
];
const mA1 = [
  j(
    'Your tutor is right, and your worry is a good one. The key is that you never subtract two infinite series; you subtract two',
    'finite sums and then take one limit.',
  ),
  j(
    'By partial fractions, <span class="math-container">$\\frac{2}{n(n+1)} = \\frac{2}{n} - \\frac{2}{n+1}$</span>. Now fix',
    '<span class="math-container">$N$</span> and add the terms from 1 to N. Every term except the first and the last cancels, so the',
    'partial sum is <span class="math-container">$S_N = 2 - \\frac{2}{N+1}$</span>.',
  ),
  j(
    'This is an identity between finite quantities, so nothing is being rearranged or subtracted at infinity. The series converges',
    'by definition if and only if the sequence of partial sums converges, and here it plainly tends to 2 as N grows.',
  ),
  j(
    'So the rigorous statement is: the infinite sum equals the limit of the partial sums, and the telescoping happens inside each',
    'partial sum. The divergent harmonic series never enter the argument.',
  ),
];
const mA1Comments = ['This is exactly what I was missing. Thank you, the finite sum first makes it obvious.'];
const mA2 = [
  j('A slightly different way to see it, which I like to show students, is to think of the terms as differences of a sequence.'),
  j(
    'If <span class="math-container">$a_n = \\frac{2}{n}$</span>, then each term of your series is',
    '<span class="math-container">$a_n - a_{n+1}$</span>. For any sequence at all, the sum of',
    'differences from 1 to N is <span class="math-container">$a_1 - a_{N+1}$</span>. This is the discrete version of the',
    'fundamental theorem of calculus.',
  ),
  'So the whole question becomes: what is the limit of the sequence itself? Here it goes to 0, so the sum is the first term, 2.',
  j(
    'It also explains why the method fails for a series like 1 - 1 + 1 - 1 and so on: those terms are differences of a sequence',
    'that does not converge, so the partial sums keep jumping.',
  ),
];
const mTags = ['sequences-and-series', 'telescopic-series', 'partial-fractions'];
const mNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered', 'Chat'];
const mBlog = ['Pipelines that pay for themselves: notes from a data team', 'How we rebuilt search without breaking the archive'];
const mMeta = ['Policy update on machine-generated answers', 'Moderator election nominations are now open'];
const mLinked = ['Why is the telescoping sum of 1/(n(n+1)) equal to 1?', 'Sum of reciprocals of tetrahedral numbers'];
const mRelated = [
  'Evaluating a series using partial fractions',
  'When is it allowed to split an infinite sum into two?',
  'Closed form for the sum of 1/(n(n+k))',
];
const mHot = [
  'Is every compact metric space separable?',
  'How do I explain to my supervisor that a proof uses choice?',
  'Why does my bread rise unevenly in a cast iron pot?',
];
const mFoot = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback', 'Company', 'Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal'];
const mFoot2 = ['Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Cookie Policy'];
const cmt = (id: number, text: string, user: string, date: string, score: string): string => `<li id="comment-${id}" class="comment js-comment"
data-comment-id="${id}" data-comment-owner-id="${id + 7}" data-comment-score="${score}"><div class="js-comment-actions comment-actions">
<div class="comment-score js-comment-score"><span title="number of 'useful comment' votes received" class="cool">${score}</span></div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span>
&ndash;&nbsp;<div class="d-inline-flex ai-center"><a href="/users/${id}" class="comment-user">${user}</a></div>
<span class="comment-date" dir="ltr"><span title="2026-03-03 15:10:27Z" class="relativetime-clean">${date}</span></span></div></div></li>`;
const vote = (n: string): string => `<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Up vote" aria-pressed="false"></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${n}">${n}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote" aria-pressed="false"></button>
<button class="js-bookmark-btn s-btn s-btn__unset c-pointer py4" aria-label="Save question"></button></div>`;
const card = (action: string, time: string, user: string, rep: string, badges: string[]): string => `<div class="post-signature flex--item">
<div class="user-info user-hover"><div class="d-flex "><div class="user-action-time fl-grow1">${action} <span title="2026-03-03"
class="relativetime">${time}</span></div></div>
<div class="user-gravatar32"><a href="/users/${rep}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.example/${rep}.png"
alt="${user}'s user avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/users/${rep}">${user}</a><span class="d-none" itemprop="name">${user}</span><div class="-flair">
<span class="reputation-score" title="reputation score" dir="ltr">${rep}</span>
${badges
  .map(
    (b, i) => `<span title="${b} ${['gold', 'silver', 'bronze'][i]} badges"><span class="badge${i + 1}"></span><span class="badgecount">${b}</span>
    </span>`,
  )
  .join('\n')}
</div></div></div></div>`;
const mHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive html__unpinned-leftnav" lang="en"><head>
<title>sequences and series - ${mTitle} - Mathematics Stack Exchange</title>
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/math/Img/favicon.ico"><link rel="canonical"
href="https://math.stackexchange.com/questions/5012347/">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:site_name" content="Mathematics Stack Exchange"><meta name="twitter:card" content="summary">
<meta name="description" content="I was working through an exercise in a first-year analysis course and was asked to find the sum of 2/(n(n+1)).">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script src="https://cdn.sstatic.example/Js/stub.en.js"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css"><link rel="stylesheet"
href="https://cdn.sstatic.example/Sites/math/primary.css">
<script type="text/x-mathjax-config">MathJax.Hub.Config({"HTML-CSS":{preferredFont:"TeX"},tex2jax:{inlineMath:[["$","$"]]}});</script>
<script>StackExchange.init({"locale":"en","serverTime":1772550000,"site":{"name":"Mathematics Stack Exchange","styleCode":true}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div>
<a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem"
aria-label="Open navigation"><span></span></a><a class="s-topbar--logo" href="https://math.stackexchange.com"><span class="-img _glyph">Mathematics</span></a>
<ol class="s-navigation" role="presentation"><li><a href="https://stackoverflow.example/teams" class="s-navigation--item">Teams</a></li></ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"><input name="q" type="text" role="combobox"
placeholder="Search on Mathematics…" aria-label="Search" class="s-input s-input__search js-search-field"></form>
<ol class="s-topbar--content" role="menubar"><li role="none"><a href="https://math.stackexchange.com/users/login"
class="s-topbar--item s-btn s-btn__filled">Log in</a></li>
<li role="none"><a href="https://math.stackexchange.com/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container">
<nav role="navigation"><ol class="nav-links">${links(mNav, 'ps-relative')}</ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/5012347/why-does-the-sum"
class="question-hyperlink">${mTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2026-03-03 14:02:11Z">
<span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2026-03-03T14:02:11">Mar 3 at 14:02</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit">2 days ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 412 times">
<span class="fc-black-400 mr2">Viewed</span> 412 times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="5012347" data-position-on-page="0"
id="question">
<div class="post-layout"><div class="votecell post-layout--left">${vote('14')}</div><div class="postcell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
${ps(mQ)}
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap">
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${mTags.map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`).join('\n')}
</ul></div></div></div><div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">
<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/5012347"
class="js-share-link">Share</a></div>
<div class="flex--item"><a href="/posts/5012347/edit" class="js-suggest-edit-post">Improve this question</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div></div>
<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time"><a href="/posts/5012347/revisions">edited Mar 3 at 16:40</a></div>
<div class="user-details"><a href="/users/881">Anselm Varga</a><div class="-flair"><span class="reputation-score">3,118</span></div></div></div></div>
${card('asked', 'Mar 3 at 14:02', 'Wren Okafor', '233', ['1', '4'])}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div id="comments-5012347" class="comments js-comments-container bt bc-black-075 mt12">
<ul class="comments-list js-comments-list">${cmt(11801, mQComments[0] ?? '', 'Dario Lunt', 'Mar 3 at 14:09', '5')}
${cmt(11802, mQComments[1] ?? '', 'p_kestrel', 'Mar 3 at 15:10', '2')}</ul></div>
<div id="comments-link-5012347"><a class="js-add-link comments-link" title="Use comments to ask for more information or suggest improvements."
href="#">Add a comment</a></div>
</div></div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column"><label class="flex--item fs-caption"
for="answer-sort-dropdown-select-menu">Sorted by:</label>
<select id="answer-sort-dropdown-select-menu" class="s-select"><option value="scoredesc" selected>Highest score (default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div>
</div>
<div id="answer-5012360" class="answer js-answer accepted-answer" data-answerid="5012360" itemprop="acceptedAnswer"
itemscope itemtype="https://schema.org/Answer">
<div class="post-layout"><div class="votecell post-layout--left">${vote('21')}
<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" tabindex="0" role="note"
aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36"></svg></div></div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(mA1)}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16"><div class="js-post-menu">
<a href="/a/5012360" class="js-share-link">Share</a> <button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div>
${card('answered', 'Mar 3 at 14:31', 'Ilse Brannock', '48.2k', ['3', '41', '97'])}</div></div></div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list js-comments-list">${cmt(
  11810,
  mA1Comments[0] ?? '',
  'Wren Okafor',
  'Mar 3 at 15:02',
  '3',
)}</ul>
<a class="js-add-link comments-link" href="#">Add a comment</a></div></div></div>
<div id="answer-5012412" class="answer js-answer" data-answerid="5012412" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout"><div class="votecell post-layout--left">${vote('6')}</div><div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
${ps(mA2)}
</div><div class="mt24"><a href="/a/5012412" class="js-share-link">Share</a>
${card('answered', 'Mar 4 at 09:17', 'Teodor Hasse', '7,904', ['12', '29'])}</div></div></div></div>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged
<a href="/questions/tagged/sequences-and-series" class="post-tag">sequences-and-series</a> or <a href="/questions/ask">ask your own question</a>.</h2>
<form id="post-form" action="/questions/5012347/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space">Your Answer</h2>
<div class="js-post-editor"><textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field" cols="92" rows="15"></textarea></div>
<div class="js-privacy-policy-agreement fs-body1 fc-black-400 mt16 mb16">By clicking “Post Your Answer”, you agree to our
<a href="/legal/terms-of-service/public">terms of service</a> and acknowledge you have read our <a href="/legal/privacy-policy">privacy policy</a>.</div>
<button id="submit-button" class="s-btn s-btn__filled" type="submit">Post Your Answer</button>
<button class="s-btn s-btn__link js-discard-answer">Discard</button></form></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">The Overflow Blog</li>
${links(mBlog, 's-sidebarwidget--item d-flex px16')}
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">Featured on Meta</li>
${links(mMeta, 's-sidebarwidget--item d-flex px16')}</ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><ul class="linked">${links(mLinked, 'spacer')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><ul class="related js-related">${links(mRelated, 'spacer')}</ul></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">
Hot Network Questions</a></h4><ul>${links(mHot)}</ul><a href="#" class="show-more js-show-more">more hot questions</a></div>
<div class="js-feed-link"><a href="/feeds/question/5012347" title="feed of this question and its answers">Question feed</a></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">
<h5 class="-title"><a href="https://math.stackexchange.com">Mathematics</a></h5><ul class="-list">${links(mFoot, '-item')}</ul></nav>
<div class="site-footer--copyright fs-fine md:mt24"><ul class="-list">${links(mFoot2)}</ul>
<p class="md:mb0">Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under <a href="https://stackoverflow.example/help/licensing">CC
BY-SA</a>.
<span id="svnrev">rev 2026.3.2.9912</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in
accordance
with our Cookie Policy.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler">Customize settings</button></div></div></div>
<script>StackExchange.ready(function(){StackExchange.question.init({votesCast:[],canViewVoteCounts:true,questionId:5012347});});</script>
<script async src="https://cdn.sstatic.example/clc/clc.min.js"></script></body></html>`;
const mathSe: TestPage = {
  name: 'heldout231-math-stackexchange-question',
  kind: 'forum',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mQ, ...mQComments, ...mA1, ...mA1Comments, ...mA2]),
  bylines: [
    'Mar 3 at 14:02',
    '2 days ago',
    'edited Mar 3 at 16:40',
    'Anselm Varga',
    'Wren Okafor',
    'Dario Lunt',
    'Mar 3 at 14:09',
    'p_kestrel',
    'Mar 3 at 15:10',
    'Ilse Brannock',
    'Mar 3 at 14:31',
    'Mar 3 at 15:02',
    'Teodor Hasse',
    'Mar 4 at 09:17',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Mathematics', 'Teams', 'Log in', 'Sign up', ...mNav, 'Ask Question', 'Asked', 'Modified', 'Viewed', '412 times', '14', ...mTags,
    'Share', 'Improve this question', 'Follow', '3,118', '233', 'Add a comment', '2 Answers', 'Sorted by:', 'Highest score (default)',
    'Date modified (newest first)', 'Date created (oldest first)', '21', '48.2k', '6', '7,904',
    "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', 'Your Answer',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.', 'Post Your Answer', 'Discard',
    'The Overflow Blog', ...mBlog, 'Featured on Meta', ...mMeta, 'Linked', ...mLinked, 'Related', ...mRelated, 'Hot Network Questions', ...mHot,
    'more hot questions', 'Question feed', ...mFoot, ...mFoot2, 'Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.',
    'rev 2026.3.2.9912', 'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT231_A: readonly TestPage[] = [mathSe, soEs];
