import { links, type TestPage, texts } from './page-kit.js';
import { githubDiscussion } from './pages-heldout115-f2.js';

/**
 * Held-out batch 115, file f: a Stack Exchange Q&A page on an invented site of the network, whose question is protected
 * (the s-notice "Highly active question" protection notice) and community wiki (the "Community wiki" post notice and the
 * wiki user card), with the top bar, left nav, "Ask Question", the Asked / Modified / Viewed line, vote counts, tags, the
 * Share / Improve this question / Follow menu, comments, two answers, "Add a comment", "Your Answer" box, the Hot Network
 * Questions and Linked / Related rails, the footer and the cookie consent banner) and, from file f2, a GitHub discussion.
 */
const t = 'What are good first projects for learning hand-cut dovetails?';
const prot =
  'Highly active question. Earn 10 reputation (not counting the association bonus) in order to answer this question. The ' +
  'reputation requirement helps protect this question from spam and non-answer activity.';
const cw = 'This post is a community wiki. Anyone with 100 reputation can edit it.';
const q = [
  'I have been practising dovetails on offcuts for a few weeks and my joints are getting tighter, but I am bored of cutting ' +
    'corners that go nowhere. What are some small, useful projects that use through or half-blind dovetails and would let ' +
    'a beginner practise without wasting a lot of good timber?',
  'This is intended as a list question, one project per answer, so that people can vote on the most useful ones.',
];
const cmts = [
  { t: 'A pencil box is the classic, and rightly so. Four corners, cheap wood, done in a weekend.', u: 'Ilse Brandvold', d: 'Jan 9, 2021 at 14:02' },
  { t: 'Please put the timber you used in each answer; it makes a big difference for beginners.', u: 'marrow_and_plane', d: 'Jan 10, 2021 at 8:45' },
];
const a1 = [
  'A small tool tote. Two ends dovetailed to two sides, with a dowel handle across the top. Pine or poplar is fine.',
  'The joints do not have to be perfect to hold, and you will use it every time you carry tools to the bench, which is a nice ' +
    'reminder of how far you have come.',
];
const a2 = [
  'A wall-hung spice rack with dovetailed corners and a thin back in a groove. It teaches you to lay out joints on narrow stock, ' +
    'which is harder than it looks, and it is small enough to make three times over.',
  'Use a hardwood such as cherry if you can. Softwood crushes when you pare to the line.',
];
const nav = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Unanswered'];
const tags = ['dovetail', 'joinery', 'beginner', 'project-ideas'];
const hot = ['Why does my epoxy river table keep cracking?', 'Is it safe to burn old pallets in a wood stove?', 'How do I stop tear-out on figured maple?'];
const related = ['How accurate does a dovetail saw need to be?', 'Pins first or tails first for a beginner?'];
const foot = [
  'Joinery Stack Exchange',
  'Tour',
  'Help',
  'Chat',
  'Contact',
  'Feedback',
  'Company',
  'Stack Overflow',
  'Teams',
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
];
const cookie = 'Your privacy';
const cookieText =
  'By clicking “Accept all cookies”, you agree Stack Exchange can store' +
  ' cookies on your device and disclose information in accordance with our Cookie Policy.';
const menu = `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="#"
rel="nofollow" class="js-share-link">Share</a></div>
<div class="flex--item"><a href="#" class="js-suggest-edit-post">Improve this answer</a></div><div class="flex--item"><button type="button"
class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div>`;
const wikiCard = (d: string): string => `<div class="post-signature flex--item fl0"><div class="user-info"><div class="user-action-time">answered
<span title="${d}" class="relativetime">${d}</span></div>
<div class="user-gravatar32"></div><div class="user-details"><a href="#">community wiki</a><br></div></div></div>`;
const cell = (
  votes: string,
  body: string[],
  foot2: string,
  id: string,
): string => `<div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container d-flex ai-center fd-column">
<button class="js-vote-up-btn s-btn s-btn__unset c-pointer" aria-label="Up vote"></button><div class="js-vote-count flex--item d-flex fd-column
ai-center fc-black-500 fs-title" itemprop="upvoteCount">${votes}</div>
<button class="js-vote-down-btn s-btn s-btn__unset c-pointer" aria-label="Down vote"></button></div></div><div class="postcell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">${body
  .map((x) => `<p>${x}</p>`)
  .join('\n')}</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">
<time itemprop="dateCreated" datetime="2021-01-09T12:11:04"></time>${menu.replace(
  'Improve this answer',
  id === 'q' ? 'Improve this question' : 'Improve this answer',
)}${foot2}</div></div></div></div>`;
const html = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive " lang="en"><head><title>${t} - Joinery Stack Exchange</title>
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:site_name" content="Joinery Stack Exchange"><meta name="twitter:title" property="og:title" itemprop="name" content="${t}">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=0b5b4b1d2c6e"><script
src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script>
<script>StackExchange.init({"locale":"en","stackAuthUrl":"https://stackauth.example","site":{"name":"Joinery Stack
Exchange","styleCode":true}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="https://joinery.stackexchange.example"
class="s-topbar--logo"><span class="v-visible-sr">Joinery</span></a>
<ol class="s-navigation" role="presentation"><li><a href="/about" class="s-navigation--item">About</a></li></ol><form id="search" role="search"
action="/search" class="s-topbar--searchbar">
<input name="q" type="text" role="combobox" placeholder="Search on Joinery…" class="s-input s-input__search"></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="/users/login"
class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled">Log in</a></li>
<li role="none"><a href="/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav
role="navigation"><ol class="nav-links">${links(nav)}</ol></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.example/Sites/joinery/Img/apple-touch-icon.png">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/1187/dovetail-first-projects" class="question-hyperlink">${t}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask
Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2021-01-09 12:11:04Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2021-01-09T12:11:04">4 years, 10 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit">1 year ago</a></div><div class="flex--item ws-nowrap mb8"><span class="fc-black-400 mr2">Viewed</span>
41k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="1187" data-position-on-page="0"
id="question">
<div class="s-notice s-notice__info p16 mb16" role="status"><p class="mb0"><b>Highly active question</b>. Earn 10 reputation (not counting the
association bonus) in order to answer this question. The
reputation requirement helps protect this question from spam and non-answer activity.</p></div>
<aside class="s-notice s-notice__info post-notice js-post-notice mb16" role="status"><div class="d-flex fd-column fw-nowrap"><div class="d-flex
fw-nowrap"><div class="flex--item mr8"></div>
<div class="flex--item wmn0 fl1 lh-lg"><div class="flex--item fl1 lh-lg"><div><b>Community wiki</b></div>${cw}</div></div></div></div></aside>
${cell(
  '87',
  q,
  `<div class="post-signature owner flex--item"><div class="user-info"><div class="user-action-time">asked
<span class="relativetime">Jan 9, 2021 at 12:11</span></div>
<div class="user-details"><a href="#">community wiki</a><br><div class="-flair"><span class="reputation-score">Tobiah Kemp</span></div></div></div></div>`,
  'q',
)}
<div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${tags
  .map(
    (x) => `<li class="d-inline mr4 js-post-tag-list-item">
<a href="/questions/tagged/${x}" class="s-tag post-tag" rel="tag">${x}</a></li>`,
  )
  .join('')}</ul></div>
<div id="comments-1187" class="comments js-comments-container bt bc-black-200 mt12"><ul class="comments-list js-comments-list">${cmts
  .map(
    (c) => `<li class="comment js-comment"><div class="comment-text js-comment-text-and-form">
<div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.t}</span>
&ndash;&nbsp;<div class="d-inline-flex ai-center"><a href="#" class="comment-user">${c.u}</a></div>
<span class="comment-date" dir="ltr"><span title="${c.d}" class="relativetime-clean">${c.d}</span></span></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div id="comments-link-1187"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest
improvements.">Add a comment</a></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><h2 class="mb0" data-answercount="2">2 Answers
<span style="display:none;" itemprop="answerCount">2</span></h2>
<div><label class="flex--item fs-body1 mr4" for="answer-sort-dropdown-select-menu">Sorted by:</label><select id="answer-sort-dropdown-select-menu">
<option value="scoredesc" selected="selected">Highest score (default)</option><option value="modifieddesc">Date modified (newest
first)</option></select></div></div></div>
<div id="answer-1190" class="answer js-answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">${cell(
  '64',
  a1,
  wikiCard('Jan 9, 2021 at 15:30'),
  'a',
)}</div>
<div id="answer-1202" class="answer js-answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">${cell(
  '41',
  a2,
  wikiCard('Jan 12, 2021 at 9:05'),
  'a',
)}</div>
<h2 class="bottom-notice" data-loc="1">Start asking to get answers</h2><p class="bottom-notice">Find the answer to your question by asking.</p>
<a href="/questions/ask" class="s-btn s-btn__filled">Ask question</a></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="module sidebar-related"><h4
id="h-related">Related</h4><div class="related js-gps-related-questions">
${related
  .map(
    (r, i) => `<div class="spacer"><a href="#" class="question-hyperlink"><div class="answer-votes answered-accepted">${12 + i}</div></a><a
href="#" class="question-hyperlink">${r}</a></div>`,
  )
  .join('')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot" class="js-gps-track
s-link s-link__inherit">Hot Network Questions</a></h4>
<ul>${links(hot)}</ul></div></div></div></div></div>
<footer id="footer" class="site-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div
class="site-footer--col"><h5 class="-title">${foot[0]}</h5>
<ul class="-list">${links(foot.slice(1, 6))}</ul></div><div class="site-footer--col"><h5 class="-title">${foot[6]}</h5><ul
class="-list">${links(foot.slice(7))}</ul></div></nav>
<div class="site-footer--copyright fs-fine md:mx-auto">Site design / logo &#169; 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.
rev 2025.11.20.37401</div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div
class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">${cookie}</h2><p
id="onetrust-policy-text">${cookieText}</p></div></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button
class="ot-pc-refuse-all-handler">Necessary cookies only</button>
<button id="onetrust-pc-btn-handler" class="cookie-setting-link">Customize settings</button></div></div></div></div></div></div>
</body></html>`;

export const HELDOUT115_F: readonly TestPage[] = [
  {
    name: 'heldout115-stackexchange-community-wiki-forum',
    kind: 'forum',
    html,
    title: t,
    headings: [],
    body: texts([...q, ...cmts.map((c) => c.t), ...a1, ...a2]),
    bylines: [
      'Asked',
      '4 years, 10 months ago',
      'Modified',
      '1 year ago',
      'asked Jan 9, 2021 at 12:11',
      'community wiki',
      'Tobiah Kemp',
      ...cmts.flatMap((c) => [c.u, c.d]),
      'answered Jan 9, 2021 at 15:30',
      'answered Jan 12, 2021 at 9:05',
    ],
    furniture: [
      'Skip to main content',
      'Joinery',
      'About',
      'Log in',
      'Sign up',
      ...nav,
      'Ask Question',
      'Viewed 41k times',
      prot,
      cw,
      'Share',
      'Improve this question',
      'Improve this answer',
      'Follow',
      ...tags,
      'Add a comment',
      '2 Answers',
      'Sorted by:',
      'Highest score (default)',
      'Date modified (newest first)',
      'Start asking to get answers',
      'Find the answer to your question by asking.',
      'Related',
      ...related,
      'Hot Network Questions',
      ...hot,
      ...foot,
      'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.11.20.37401',
      cookie,
      cookieText,
      'Accept all cookies',
      'Necessary cookies only',
      'Customize settings',
    ],
  },
  githubDiscussion,
];
