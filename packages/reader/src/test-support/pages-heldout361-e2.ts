import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file e2: an Expatriates Stack Exchange question with an accepted and a second answer (top bar,
 * left navigation, question header with Asked / Modified / Viewed, vote cells, tags, post menus, user cards, a comment
 * under the accepted answer, "Your Answer" form, sidebar with Related and Hot Network Questions, footer, cookie banner).
 * The question, the answers and the comment are the body.
 */
const qTitle = 'Does time spent on a student permit count towards permanent residence in Norvald?';
const qQ = [
  j(
    'I came to Norvald on a student residence permit in 2021 and finished my master’s degree last June. Since then I have been on a',
    'skilled worker permit with a software company in Haldby.',
  ),
  j(
    'The immigration website says I need “three years of continuous lawful residence” for permanent residence, but it is not clear',
    'whether my two years as a student count. Does anyone know how this works in practice?',
  ),
];
const qA1 = [
  j(
    'Short answer: the student years count for continuity but not for the three-year requirement itself. The rule you quoted is',
    'in section 62 of the Immigration Regulations, and it only counts years spent on a permit that “may form the basis for permanent',
    'residence”. Student permits are explicitly excluded from that list.',
  ),
  j(
    'So your clock started when your skilled worker permit was granted. As long as there was no gap between the student permit',
    'and the work permit, you have not lost anything; a gap of more than three months would have reset everything.',
  ),
  j(
    'When you apply, include your tax returns for the whole period and a letter from your employer. Caseworkers check that you',
    'have been working full time for the full three years, not just holding the permit.',
  ),
];
const qA1Comment = 'Confirmed by the Directorate when I asked them by email last autumn. The exception is PhD candidates employed by a university.';
const qA2 = [
  j(
    'To add to the accepted answer: if you were a PhD candidate rather than a master’s student, your years do count, because PhD',
    'candidates in Norvald are employed by their university and hold a work permit, not a student permit.',
  ),
  'It is worth checking which permit type is printed on your old residence card before you assume either way.',
];
const qNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const qTags = ['norvald', 'permanent-residence', 'student-visa'];
const qRelated = [
  'Can I leave Norvald for six months without losing residence?',
  'Is a work permit tied to a single employer?',
  'Counting days abroad for citizenship',
];
const qHot = ['Why do trains in the Alps still use paper tickets?', 'How should I cite a dataset with no author?', 'Can a cat be trained to use a lift?'];
const qFoot = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback', 'Company', 'Privacy Policy', 'Terms of Service', 'Cookie Settings'];
const voteCell = (n: string): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4">
<button class="js-vote-up-btn s-btn s-btn__unset c-pointer" aria-label="Up vote" data-selected-classes="fc-theme-primary"></button><div
class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="${n}">${n}</div>
<button class="js-vote-down-btn s-btn s-btn__unset c-pointer" aria-label="Down vote"></button></div></div>`;
const sig = (verb: string, when: string, user: string, rep: string): string => `<div class="post-signature flex--item fl0"><div class="user-info
user-hover"><div class="user-action-time">${verb} <span title="2026-02-11 10:12:03Z" class="relativetime">${when}</span></div><div class="user-details"
itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/${rep.length}/x">${user}</a><div class="-flair"><span class="reputation-score"
title="reputation score " dir="ltr">${rep}</span></div></div></div></div>`;
const menu = (id: number): string => `<div class="js-post-menu pt2" data-post-id="${id}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/a/${id}" rel="nofollow" class="js-share-link js-gps-track">Share</a></div><div class="flex--item"><a href="/posts/${id}/edit"
class="js-suggest-edit-post">Improve this answer</a></div></div></div>`;
const qHtml = `<!DOCTYPE html><html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head>
<title>norvald - ${qTitle} - Expatriates Stack Exchange</title><link rel="canonical" href="https://expatriates.stackexchange.com/questions/31877/">
<meta property="og:site_name" content="Expatriates Stack Exchange"><meta name="twitter:title" property="og:title" itemprop="name" content="${qTitle}">
<link rel="stylesheet"
href="https://cdn.sstatic.example/Shared/stacks.css?v=1a"><script>StackExchange.init({"locale":"en","site":{"name":"Expatriates Stack Exchange",
"description":"Q&A for people living abroad on a long-term basis"}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a class="s-topbar--logo" href="https://stackexchange.example"><span
class="-img _glyph">Stack Exchange</span></a><form id="search" class="s-topbar--searchbar" role="search" action="/search"><input name="q" type="text"
placeholder="Search on Expatriates…" aria-label="Search"></form><ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn">Log in</a>
</li><li><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation"><ol
class="nav-links">${links(qNav, 'ps-relative')}</ol>
</nav></div><div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content
clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/31877/"
class="question-hyperlink">${qTitle}</a></h1><div class="ml12 aside-cta flex--item"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask
Question</a>
</div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2026-02-11 09:40:52Z"><span class="fc-light
mr2">Asked</span>
<time itemprop="dateCreated" datetime="2026-02-11T09:40:52">Feb 11 at 9:40</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-light
mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2026-02-14 18:02:10Z">3 weeks ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed
1,204 times">
<span class="fc-light mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="31877" id="question"><div
class="post-layout">
${voteCell('9')}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${ps(qQ)}</div>
<div class="mt24 mb12"><div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${qTags
  .map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a></li>`)
  .join('')}</ul></div></div><div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${menu(31877)}
${sig('asked', 'Feb 11 at 9:40', 'Jun Ekwueme', '143')}</div></div></div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><h2 class="mb0" data-answercount="2">2 Answers</h2>
<div class="flex--item"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label><select
id="answer-sort-dropdown-select-menu"
class="s-select"><option selected>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div></div>
<div id="answer-31880" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="31880" itemprop="acceptedAnswer" itemscope
itemtype="https://schema.org/Answer"><div class="post-layout">${voteCell('17')}<div class="answercell post-layout--right"><div class="s-prose js-post-body"
itemprop="text">${ps(qA1)}</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${menu(31880)}
${sig('answered', 'Feb 11 at 13:05', 'Margit Solbakken', '12.6k')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div class="comments js-comments-container"><ul class="comments-list js-comments-list">
<li id="comment-52210" class="comment js-comment" data-comment-id="52210"><div class="comment-score js-comment-score"><span class="cool">4</span></div><div
class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${qA1Comment}</span> –&nbsp;<a
href="/users/88"
class="comment-user">Arvo Lindqvist</a> <span class="comment-date" dir="ltr"><span class="relativetime-clean">Feb 12 at
8:31</span></span></div></div></li></ul></div>
<a class="js-add-link comments-link" href="#" role="button">Add a comment</a></div></div></div>
<div id="answer-31902" class="answer js-answer" data-answerid="31902" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div
class="post-layout">
${voteCell('5')}<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${ps(qA2)}</div><div class="mt24"><div
class="d-flex fw-wrap ai-start jc-end gs8 gsy">${menu(31902)}${sig('answered', 'Feb 14 at 18:02', 'Tobias Wend', '2,318')}</div></div></div></div></div>
<h2 class="bottom-notice">You must log in to answer this question.</h2><h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other
questions tagged <a href="/questions/tagged/norvald" class="post-tag">norvald</a> or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="module sidebar-related"><h4 id="h-related">Related</h4><div
class="related js-gps-related-questions">${links(qRelated, 'spacer')}</div></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a
href="https://stackexchange.example/questions?tab=hot">Hot Network Questions</a></h4><ul>${links(qHot)}</ul></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><h5 class="-title"><a
href="https://expatriates.stackexchange.com">Expatriates</a></h5><ul class="-list">${links(qFoot, '-item')}</ul></nav><div class="site-footer--copyright
fs-fine">
<p>Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.</p></div></div></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">By clicking “Accept all cookies”, you agree
Stack Exchange can store cookies on your device and disclose information in accordance with our Cookie Policy.</p><button
id="onetrust-accept-btn-handler">Accept
all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button></div></body></html>`;
export const stackex: TestPage = {
  name: 'heldout361-expatriates-stackexchange-forum',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts([...qQ, ...qA1, qA1Comment, ...qA2]),
  bylines: [
    'Feb 11 at 9:40',
    '3 weeks ago',
    'Jun Ekwueme',
    'Feb 11 at 13:05',
    'Margit Solbakken',
    'Arvo Lindqvist',
    'Feb 12 at 8:31',
    'Feb 14 at 18:02',
    'Tobias Wend',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Stack Exchange', 'Log in', 'Sign up', ...qNav, 'Ask Question', 'Asked', 'Modified', 'Viewed', '1k times', ...qTags, 'Share',
    'Improve this answer', '143', '2 Answers', 'Sorted by:', 'Highest score (default)', 'Date modified (newest first)', '12.6k', 'Add a comment',
    '2,318', 'You must log in to answer this question.', "Not the answer you're looking for? Browse other questions tagged", 'ask your own question',
    'Related', ...qRelated, 'Hot Network Questions', ...qHot, 'Expatriates', ...qFoot,
    'Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.',
    [
      'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with',
      'our Cookie Policy.',
    ].join(' '),
    'Accept all cookies', 'Necessary cookies only',
  ],
};
