import { links, type TestPage, texts } from './page-kit.js';
import {
  answer,
  postMenu,
  pre,
  prose,
  soA1a,
  soA1b,
  soA1c,
  soA1html,
  soA1i,
  soA2a,
  soA2b,
  soA3,
  soAC,
  soCode1,
  soComments,
  soH,
  soQ1,
  soQ2,
  soQC,
  soTitle,
  userCard,
  voteCell,
} from './pages-heldout55-d3.js';

/**
 * Held-out batch 55, file d2: a Stack Overflow question page, logged out, as of late 2025 (the top bar with logo, About/Products,
 * search popover, "Log in"/"Sign up", the left nav with Collectives and Teams promos, the question header with "Ask Question"
 * and the Asked/Modified/Viewed line, the question with its vote cell and tooltips, code blocks with highlight spans, tags, the
 * Share/Improve/Follow menu, the asker card with reputation and badges, two comments, "3 Answers" with the sort select, three
 * answers (one accepted with two h2 sections), an edit card, answer comments, the guest answer form, "Not the answer you're
 * looking for?", the right rail (Overflow Blog, Featured on Meta, Related, Hot Network Questions, question feed), the OneTrust
 * cookie banner and the site footer).
 */
const soSorts = ['Highest score (default)', 'Trending (recent votes count more)', 'Date modified (newest first)', 'Date created (oldest first)'];
const soLeft = ['Home', 'Questions', 'AI Assist', 'Tags', 'Challenges', 'Chat', 'Articles', 'Users', 'Companies'];
const soTags = ['python', 'sqlite', 'multithreading', 'python-3.x'];
const soBlog = ['Why your status page is lying to you', 'A field guide to reading query plans'];
const soMeta = ['Community feedback on the new reputation thresholds for commenting'];
const soRelated = ['Python sqlite3 and concurrency', 'SQLite busy timeout ignored when upgrading a lock', 'Flask background thread writing to SQLite'];
const soHot = [
  'Why do old railway bridges have gaps between the rails?',
  'Is it rude to decline a colleague’s wedding invitation by email?',
  'Proof that every tree is bipartite',
];
const soForm = [
  'Your Answer',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Name',
  'Email',
  'Required, but never shown',
];
const soAgree = 'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.';
const soCookie = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
const soFoot = [
  'Help',
  'Stack Internal',
  'Stack Data Licensing',
  'Stack Ads',
  'About',
  'Press',
  'Work Here',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Contact Us',
];
const soFoot2 = [
  'Cookie Settings',
  'Cookie Policy',
  'Technology',
  'Culture & recreation',
  'Life & arts',
  'Science',
  'Professional',
  'Blog',
  'Facebook',
  'Twitter',
  'LinkedIn',
];
const soCopy = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA . rev 2025.11.14.37081';
const qid = 79764120;
const soHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head><title>python - ${soTitle.replace(/"/g, '&quot;')} - Stack Overflow</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/favicon.ico?v=ec617d715196"><link rel="canonical"
 href="https://stackoverflow.com/questions/${qid}/sqlite3-database-is-locked-from-a-second-thread-even-with-timeout-30">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website" />
<meta name="twitter:card" content="summary"/><meta name="twitter:domain" content="stackoverflow.com"/><meta property="og:title"
 content="${soTitle.replace(/"/g, '&quot;')}"/>
<script src="https://cdn.sstatic.net/Js/stub.en.js?v=3c1e0a0bd1ab"></script><link rel="stylesheet" type="text/css"
 href="https://cdn.sstatic.net/Shared/stacks.css?v=1d2dba3ad8e4">
<script>StackExchange.init({"locale":"en","serverTime":1763135221,"routeName":"Questions/Show",
"stackAuthUrl":"https://stackauth.com","networkMetaHostname":"meta.stackexchange.com",
"site":{"name":"Stack Overflow","description":"Q&A for professional and enthusiast programmers",
"isNoticesTabEnabled":true,"enableNewTagCreationWarning":true},"user":{"fkey":"","tid":"","rep":0,"isAnonymous":true}});
StackExchange.using.setCacheBreakers({"js/full-anon.en.js":"f12a9bb04a86","js/full.en.js":"1c5a4a0e5a25"});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
 role="menuitem"
 aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a><a class="s-topbar--logo js-gps-track"
 href="https://stackoverflow.com"><span
 class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation" role="presentation"><li class="md:d-none"><a href="https://stackoverflow.co/"
 class="s-navigation--item
 js-gps-track">About</a></li><li><button class="s-navigation--item js-gps-track js-products-menu" aria-controls="products-popover">Products</button></li></ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div
 class="s-topbar--searchbar--input-group"><input name="q"
 type="text" role="combobox" placeholder="Search…" value="" autocomplete="off"
 maxlength="240" class="s-input s-input__search js-search-field" aria-label="Search">
<div class="s-popover p0 wmx100 wmn4 js-top-search-popover" id="top-search" role="menu"><div class="s-popover--arrow"></div><div
 class="js-spinner p24 d-flex ai-center
 jc-center d-none"><div class="s-spinner s-spinner__sm fc-orange-400"><div class="v-visible-sr">Loading…</div></div></div><div
 class="js-ac-results overflow-y-auto hmx3 d-none"></div></div></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a
 href="https://stackoverflow.com/users/login?ssrc=head" class="s-topbar--item
 s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow">Log in</a></li><li role="none"><a
 href="https://stackoverflow.com/users/signup?ssrc=head"
 class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
 class="left-sidebar--sticky-container
 js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${soLeft
   .map(
     (l, i) => `<li class="ps-relative${i === 1 ? ' youarehere' : ''}"><a
 href="/${l.toLowerCase()}" class="pl8 js-gps-track nav-links--link"><div class="flex--item truncate">${l}</div></a></li>`,
   )
   .join('')}</ol>
<ol class="nav-links"><li class="ps-relative"><div class="pl8 fs-fine tt-uppercase fc-black-400">Collectives</div><p
 class="fs-fine">Communities for your favorite technologies.
 <a href="/collectives-all">Explore all Collectives</a></p></li></ol>
<div class="ps-relative"><div class="pl8 fs-fine tt-uppercase">Stack Internal</div><p
 class="fs-fine">Stack Overflow for Teams is now called Stack Internal. Bring the best of
 human thought and AI automation together at your work.</p><a href="https://stackoverflow.co/internal/" class="s-btn s-btn__filled s-btn__xs">Try for free</a>
<a href="https://stackoverflow.co/internal/" class="s-link">Learn more</a></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
 href="https://cdn.sstatic.net/Sites/stackoverflow/Img/apple-touch-icon.png?v=c78bd457575a"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
 href="/questions/${qid}/sqlite3-database-is-locked"
 class="question-hyperlink">${soTitle.replace(/"/g, '&quot;')}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a
 href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2025-09-18 09:14:27Z"><span
 class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-09-18T09:14:27">2 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
 class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-09-19 16:40:02Z">2 months ago</a></div><div class="flex--item ws-nowrap mb8"
 title="Viewed 1,284 times"><span
 class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="${qid}" data-score="6" id="question">
<div class="post-layout">${voteCell('question', '6')}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${prose(soQ1)}
${pre(soCode1)}
${prose(soQ2)}
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><ul
 class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${soTags
   .map(
     (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}"
 class="s-tag post-tag js-gps-track" title="show questions tagged &#39;${t}&#39;" rel="tag">${t}</a></li>`,
   )
   .join(' ')}</ul></div></div>
${postMenu('question', userCard('asked', 'Sep 18 at 9:14', 'Oskar Lindqvist', '1,204', ['0', '11', '23']))}</div>
<span class="d-none" itemprop="commentCount">2</span>${soComments(qid, soQC)}</div></div>
<div id="answers" aria-label="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div
 class="flex--item fl1"><h2
 class="mb0" data-answercount="3">3 Answers<span style="display:none;" itemprop="answerCount">3</span></h2></div><div class="flex--item"><label
 class="flex--item fs-caption"
 for="answer-sort-dropdown-select-menu">Sorted by:</label> <a class="js-sort-preference-change s-link flex--item fs-fine d-none"
 href="?answertab=scoredesc#tab-top">Reset to default</a>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">${soSorts
  .map(
    (s, i) => `<option
 value="${i}"${i === 0 ? ' selected="selected"' : ''}>${s}</option>`,
  )
  .join('')}</select></div></div></div></div>
${answer(79764388, '11', soA1html, userCard('answered', 'Sep 18 at 10:05', 'Mateo Ferrante', '48.3k', ['3', '41', '77']), true, soComments(79764388, soAC))}
${answer(
  79764455,
  '4',
  `${prose(soA2a)}\n${pre('conn.execute("PRAGMA journal_mode=WAL")')}\n${prose(soA2b)}`,
  `<div class="post-signature flex--item"><div
 class="user-info"><div class="user-action-time"><a href="/posts/79764455/revisions" title="show all edits to this post">edited <span
 title="2025-09-19 16:40:02Z" class="relativetime">Sep 19 at 16:40</span></a></div></div></div>
${userCard('answered', 'Sep 18 at 10:22', 'dwk', '3,311', ['0', '9', '31'])}`,
)}
${answer(79767012, '1', prose(soA3), userCard('answered', 'Sep 19 at 8:03', 'Hana Sato', '612', ['0', '2', '8']))}
<a name="new-answer"></a><form id="post-form" action="/questions/${qid}/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"
 id="your-answer-header">${soForm[0]}</h2><div id="post-editor" class="post-editor js-post-editor"><textarea id="wmd-input" name="post-text"
 class="wmd-input s-input"
 cols="92" rows="15"></textarea></div><div class="js-sign-up-area"><h2 class="mb16">${soForm[1]}</h2><div class="d-flex fd-column gs8"><button
 class="s-btn s-btn__google">${soForm[2]}</button>
<a href="/users/signup?ssrc=question_page" class="s-btn s-btn__outlined">${soForm[3]}</a></div><h2 class="mb16">${soForm[4]}</h2><label class="s-label"
 for="display-name">${soForm[5]}</label>
<input id="display-name" type="text" class="s-input" name="display-name"><label class="s-label" for="m-address">${soForm[6]}</label><p
 class="s-description">${soForm[7]}</p>
<input id="m-address" type="email" class="s-input" name="m-address"></div><div class="form-submit d-flex gsx gs4"><button class="s-btn s-btn__filled"
 type="submit">Post Your Answer</button>
<button class="s-btn s-btn__danger s-btn__link js-discard-question" type="button">Discard</button></div><p class="fs-caption">${soAgree}</p></form>
<h2 class="bottom-notice">Not the answer you're looking for? Browse other questions tagged ${soTags
  .map(
    (t) => `<a href="/questions/tagged/${t}"
 class="s-tag post-tag">${t}</a>`,
  )
  .join(' ')}
 or <a href="/questions/ask">ask your own question</a>.</h2>
<div class="s-card"><h2>Start asking to get answers</h2><p>Find the answer to your question by asking.</p><a href="/questions/ask"
 class="s-btn s-btn__filled">Ask question</a>
<h2>Explore related questions</h2><p>See similar questions with these tags.</p></div></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul
 class="d-block p0 m0"><li class="s-sidebarwidget--header">The Overflow Blog</li>
${links(soBlog, 's-sidebarwidget--item')}<li class="s-sidebarwidget--header">Featured on Meta</li>${links(soMeta, 's-sidebarwidget--item')}</ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">${soRelated
  .map(
    (r, i) => `<div
 class="spacer"><a href="/q/${i}" class="question-hyperlink"><div class="answer-votes answered-accepted">${[12, 3, 0][i]}</div></a> <a href="/questions/${i}"
 class="question-hyperlink">${r}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
 class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4>
<ul>${links(soHot)}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><div id="feed-link-text"><a href="/feeds/question/${qid}"
 title="subscribe to the feed for this question">Question feed</a></div></div></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><h2
 id="onetrust-policy-title">${soCookie[0]}</h2>
<p id="onetrust-policy-text">${soCookie[1]}</p><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${soCookie[2]}</button><button
 id="onetrust-reject-all-handler">${soCookie[3]}</button>
<button id="onetrust-pc-btn-handler">${soCookie[4]}</button></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-light__forced" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div
 class="site-footer--col">
<h5 class="-title"><a href="https://stackoverflow.com">Stack Overflow</a></h5><ul class="-list">${links(['Questions', ...soFoot])}</ul></div><div
 class="site-footer--col"><h5
 class="-title">Stack Exchange Network</h5><ul class="-list">${links(soFoot2)}</ul></div></nav><div class="site-footer--copyright fs-fine md:mt24"><p
 class="md:mb0">${soCopy}</p></div></div></footer>
<script>StackExchange.ready(function () { StackExchange.question.init({ votesCast: [], canViewVoteCounts: true,
 totalCommentCount: 3, shownCommentCount: 3, questionUrl: "/questions/${qid}" }); });</script>
</body></html>`;
export const stackOverflowQuestion: TestPage = {
  html: soHtml,
  name: 'heldout55-stackoverflow-question',
  kind: 'forum',
  // the question, the three answers and all comments are body (the accepted answer's h2 sections are the headings); the code blocks are in
  // neither; askers', answerers' and commenters' names, the post and comment times and the header's "Asked"/"Modified" times are bylines
  // (the labels "asked", "answered", "edited", "Asked", "Modified" in neither, as "By" is; the edit card's time is the edited line); votes,
  // tooltips, reputation and badges, tags, Share/Improve/Follow, "Add a comment", "3 Answers" and the sort select, the guest answer form,
  // the bottom notices, the left nav, the right rail, the cookie banner, the top bar and the footer are furniture; the tag "sqlite", the
  // "Follow" button and the footer's "Help" are words of the body: left out
  title: soTitle,
  headings: soH,
  body: texts([...soQ1, ...soQ2, ...soQC.map((k) => k.text), soA1i, ...soA1a, ...soA1b, ...soA1c]).concat(
    texts([...soAC.map((k) => k.text), ...soA2a, ...soA2b, ...soA3]),
  ),
  bylines: [
    'Oskar Lindqvist',
    'Priya Raman',
    'Mateo Ferrante',
    'dwk',
    'Hana Sato',
    '2 months ago',
    'Sep 18 at 9:14',
    'Sep 18 at 9:31',
    'Sep 18 at 9:40',
  ].concat(['Sep 18 at 10:05', 'Sep 18 at 10:41', 'Sep 18 at 10:22', 'Sep 19 at 16:40', 'Sep 19 at 8:03']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stack Overflow', 'About', 'Products', 'Loading…', 'Log in', 'Sign up', ...soLeft, 'Collectives', 'Communities for your favorite technologies.',
    'Explore all Collectives', 'Stack Overflow for Teams is now called Stack Internal.', 'Try for free', 'Learn more', 'Ask Question', 'Viewed', '1k times',
    'This question shows research effort; it is useful and clear', 'This question does not show any research effort; it is unclear or not useful',
    'Save this question.', 'Show activity on this post.', 'This answer is useful', 'This answer is not useful', 'Save this answer.', '6', '11', '4', '1', '2',
    '3', ...soTags.filter((t) => t !== 'sqlite'), 'Share', 'Improve this question', 'Improve this answer', '1,204', '11 silver badges', '23 bronze badges',
    '48.3k', '3 gold badges', '41 silver badges', '77 bronze badges', '3,311', '9 silver badges', '31 bronze badges', '612', '2 silver badges',
    '8 bronze badges', 'Add a comment', '3 Answers', 'Sorted by:', 'Reset to default', ...soSorts, ...soForm, 'Post Your Answer', 'Discard', soAgree,
    "Not the answer you're looking for? Browse other questions tagged", 'ask your own question', 'Start asking to get answers',
    'Find the answer to your question by asking.', 'Ask question', 'Explore related questions', 'See similar questions with these tags.', 'The Overflow Blog',
    ...soBlog, 'Featured on Meta', ...soMeta, 'Related', ...soRelated, 'Hot Network Questions', ...soHot, 'more hot questions', 'Question feed', ...soCookie,
    ...soFoot.filter((f) => f !== 'Help' && f !== 'About'), ...soFoot2, soCopy, '12',
  ],
};
