import { links, type TestPage, texts } from './page-kit.js';
import { redditMobile } from './pages-heldout140-a2.js';
import {
  seTitle,
  seQ,
  seQComments,
  seA1,
  seA1Math,
  seA1b,
  seA1List,
  seA1c,
  seA1Comments,
  seA2,
  seTags,
  seNav,
  seBlog,
  seMeta,
  seLinked,
  seRelated,
  seHot,
  seFoot1,
  seFoot2,
  seFoot3,
  seCopy,
  seCookie,
  seGuest,
} from './pages-heldout140-a3.js';

/**
 * Held-out batch 140, file a: a Mathematics Stack Exchange question with two answers, saved as served (the TeX still in
 * its math-container spans): the s-topbar, the hidden left-sidebar nav, the Asked / Modified / Viewed line, vote cells
 * with their screen-reader labels, tags, the post menus (Share, Improve this question, Follow), the user cards with
 * reputation and badge counts, comments with scores, the answer sort select, the accepted-answer mark, the guest
 * answer form, the "Not the answer you're looking for?" notice, the right sidebar (The Overflow Blog, Featured on Meta,
 * Linked, Related, Hot Network Questions), the footer and the OneTrust cookie banner; and, from file a2, a Reddit thread
 * saved from the mobile web.
 */
const seVote = (
  score: string,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer py6 mx-auto" data-controller="s-tooltip" data-s-tooltip-placement="right"
aria-pressed="false" aria-label="Up vote" data-selected-classes="fc-theme-primary"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18"
height="18"></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${score}">${score}</div>
<button class="js-vote-down-btn flex--item mb8 s-btn s-btn__unset c-pointer py6 mx-auto" aria-pressed="false" aria-label="Down vote">
<svg aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18"></svg></button>
<button type="button" class="js-saves-btn s-btn s-btn__unset c-pointer py4" aria-pressed="false" data-controller="s-tooltip"
data-s-tooltip-placement="right" aria-describedby="--stacks-s-tooltip-save"><svg aria-hidden="true" class="fc-theme-primary-500 svg-icon iconBookmark"
width="18"
height="18"></svg></button></div></div>`;
const seUser = (action: string, when: string, iso: string, name: string, rep: string, gold: string, silver: string, bronze: string): string => `<div
class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time">${action} <span title="${iso}"
class="relativetime">${when}</span>
</div><div class="user-gravatar32"><a href="/users/${rep.length}/${name}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.example/a.png"
alt="${name}'s user avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/users/${rep.length}/${name}">${name}</a><span class="d-none" itemprop="name">${name}</span><div class="-flair">
<span class="reputation-score" title="reputation score " dir="ltr">${rep}</span><span title="${gold} gold badges" aria-hidden="true"><span
class="badge1"></span>
<span class="badgecount">${gold}</span></span><span class="v-visible-sr">${gold} gold badges</span><span title="${silver} silver badges" aria-hidden="true">
<span class="badge2"></span><span class="badgecount">${silver}</span></span><span class="v-visible-sr">${silver} silver badges</span>
<span title="${bronze} bronze badges" aria-hidden="true"><span class="badge3"></span><span class="badgecount">${bronze}</span></span>
<span class="v-visible-sr">${bronze} bronze badges</span></div></div></div></div>`;
const seMenu = (
  kind: 'question' | 'answer',
): string => `<div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-type-id="${kind === 'question' ? 1 : 2}">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/5012" rel="nofollow" itemprop="url" class="js-share-link
js-gps-track"
title="Short permalink to this ${kind}" data-controller="se-share-sheet">Share</a></div><div class="flex--item"><a href="/posts/5012/edit"
class="js-suggest-edit-post js-gps-track">Improve this ${kind}</a></div><div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post"
data-controller="s-tooltip">Follow</button></div></div></div></div>`;
const seComments = (cs: readonly { text: string; user: string; date: string; score: string }[]): string => `<div class="comments js-comments-container bt
bc-black-075 mt12" data-min-length="15"><ul class="comments-list js-comments-list" data-remaining-comments-count="0">${cs
  .map(
    (c) => `<li class="comment js-comment" data-comment-score="${c.score}"><div class="js-comment-actions comment-actions"><div class="comment-score
js-comment-score
js-comment-edit-hide"><span title="number of 'useful comment' votes received" class="cool">${c.score}</span></div></div><div class="comment-text
js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span> <div class="d-inline-flex
ai-center">–&nbsp;
<a href="/users/1/${c.user}" class="comment-user">${c.user}</a></div> <span class="comment-date" dir="ltr"><span title="2025-03-14, License: CC BY-SA 4.0"
class="relativetime-clean">${c.date}</span></span></div></div></li>`,
  )
  .join(
    '\n',
  )}</ul></div><div data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest
improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div>`;
const sePs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const seRail = (h: string, items: readonly string[], votes: boolean): string => `<div class="module sidebar-${h.toLowerCase().replace(/ /g, '-')}"><h4>${h}</h4>
<div class="linked" data-tracker="lq=1">${items
  .map(
    (t, i) =>
      `<div class="spacer js-gps-track">${
        votes
          ? `<a href="/q/${i}" title="Question score (highest is best)"><div class="answer-votes answered-accepted
default">${i + 2}</div></a>`
          : ''
      }<a href="/questions/${i}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>`;
const seHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive html__unpinned-leftnav"><head>
<title>probability - ${seTitle} - Mathematics Stack Exchange</title>
<link rel="shortcut icon" href="https://math.sstatic.example/Sites/math/Img/favicon.ico"><link rel="canonical"
href="https://math.stackexchange.example/questions/5041187">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:site_name" content="Mathematics Stack Exchange"><meta name="twitter:card" content="summary">
<meta name="twitter:title" property="og:title" itemprop="name" content="${seTitle}">
<meta name="twitter:description" property="og:description" itemprop="description" content="I know the classic result that a fair six-sided die needs on
average">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script
src="https://cdn.sstatic.example/Js/stub.en.js?v=4b2b"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=0f95">
<script type="text/x-mathjax-config">MathJax.Hub.Config({"HTML-CSS":{scale:100},tex2jax:{inlineMath:[["$","$"],["\\\\(","\\\\)"]],
processEscapes:true}});</script>
<script src="https://cdnjs.cloudflare.example/ajax/libs/mathjax/2.7.5/MathJax.js?config=TeX-AMS_HTML-full"></script>
<script>StackExchange.init({"locale":"en","serverTime":1762425600,"routeName":"Questions/Show","site":{"name":"Mathematics Stack Exchange"}});</script>
</head>
<body class="question-page unified-theme">
<div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<div class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar"
aria-expanded="false"><span></span></div>
<div class="topbar-dialog leftnav-dialog js-leftnav-dialog dno"></div><a href="https://math.stackexchange.example" class="s-topbar--logo"><span class="-img">
<span class="v-visible-sr">Mathematics</span></span></a><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"
autocomplete="off">
<div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Search on Mathematics…" value="" aria-label="Search"
maxlength="240" class="s-input s-input__search js-search-field"></div></form><nav class="h100 ml-auto overflow-x-auto pr12" aria-label="Primary">
<ol class="s-topbar--content" role="menubar"><li role="none"><a href="/users/login" class="s-topbar--item s-topbar--item__unset s-btn s-btn__outlined ws-nowrap"
role="menuitem" rel="nofollow">Log in</a></li><li role="none"><a href="/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary
ws-nowrap"
role="menuitem" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container
js-sticky-leftnav"><nav aria-label="Primary"><ol class="nav-links">${links(seNav, 'ps-relative')}</ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://math.sstatic.example/Sites/math/Img/apple-touch-icon.png"><div class="inner-content clearfix"><div id="question-header" class="d-flex
sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/5041187" class="question-hyperlink">${seTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask
Question</a></div>
</div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2025-03-14 09:12:44Z"><span class="fc-black-400
mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-03-14T09:12:44">8 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400
mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-03-15 07:40:02Z">7 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed
1,284 times">
<span class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="5041187" data-position-on-page="0"
data-score="7" id="question"><div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow"></div></div>
<div class="post-layout">${seVote('7')}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${sePs(seQ)}
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none
js-post-tag-list-wrapper
d-inline">${seTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="post-tag"
rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div>
</div></div><div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${seMenu('question')}
${seUser('edited', 'Mar 14, 2025 at 10:05', '2025-03-14 10:05:11Z', 'hollis_k', '1,208', '1', '9', '22')}
${seUser('asked', 'Mar 14, 2025 at 9:12', '2025-03-14 09:12:44Z', 'hollis_k', '1,208', '1', '9', '22')}</div></div></div>
<span class="d-none" itemprop="commentCount">2</span>${seComments(seQComments)}</div></div>
<div id="answers" aria-labelledby="answers-header"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8">
<div class="flex--item fl1"><h2 class="mb0" data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div><div
class="flex--item">
<div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption"
for="answer-sort-dropdown-select-menu">Sorted by:</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none"
href="?answertab=scoredesc">Reset to
default</a></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score
(default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest
first)</option></select></div></div></div></div></div>
<a name="5041230"></a><div id="answer-5041230" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="5041230" data-score="12"
itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${seVote('12').replace(
  '</div></div>',
  `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="The question owner accepted this as the best answer Mar 14, 2025 at 12:01."
tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36"
height="36"></svg></div></div></div></div>`,
)}<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${sePs(seA1)}
<p>${seA1Math}</p>
${sePs(seA1b)}
<ul>${seA1List.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${sePs(seA1c)}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated"
datetime="2025-03-14T10:41:09"></time>${seMenu('answer')}
${seUser('answered', 'Mar 14, 2025 at 10:41', '2025-03-14 10:41:09Z', 'Aurelio Baptiste', '38.6k', '4', '41', '97')}</div></div></div>
<span class="d-none" itemprop="commentCount">1</span>${seComments(seA1Comments)}</div></div>
<a name="5041302"></a><div id="answer-5041302" class="answer js-answer" data-answerid="5041302" data-score="3" itemprop="suggestedAnswer" itemscope
itemtype="https://schema.org/Answer"><div class="post-layout">${seVote('3')}<div class="answercell post-layout--right"><div class="s-prose js-post-body"
itemprop="text">
${sePs(seA2)}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">${seMenu('answer')}
${seUser('answered', 'Mar 15, 2025 at 7:40', '2025-03-15 07:40:02Z', 'Mirela Dobrescu', '5,317', '2', '14', '36')}</div></div></div></div></div>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${seTags
  .map((t) => `<a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a>`)
  .join(' ')} or <a href="/questions/ask">ask your own question</a>.</h2></div>
<form id="post-form" action="/questions/5041187/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"
id="your-answer-header">Your Answer
</h2><div id="post-editor" class="post-editor js-post-editor"><textarea id="wmd-input" name="post-text" class="wmd-input s-input js-post-body-field"
rows="15"></textarea>
</div><div class="js-general-error general-error"></div><div id="answer-help-text">${seGuest
  .slice(0, 5)
  .map((t) => `<p>${t}</p>`)
  .join('')}</div><div class="js-login-links"><h2 class="fs-body2">${seGuest[5]}</h2></div><div class="js-post-as-guest"><h2 class="fs-body2">${seGuest[6]}</h2>
<label class="s-label" for="display-name">Name</label><input id="display-name" class="s-input" type="text"><label class="s-label" for="m-address">Email</label>
<p class="s-input-message">${seGuest[7]}</p><input id="m-address" class="s-input" type="email"></div><div class="form-submit"><button id="submit-button"
class="s-btn s-btn__primary" type="submit">${seGuest[8]}</button><button class="s-btn s-btn__danger s-btn__link discard-answer dno">${seGuest[9]}</button></div>
</form></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
s-anchors__grayscale mb16">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</li>
${links(seBlog, 's-sidebarwidget--item d-flex px16')}<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text">Featured on Meta</li>
${links(seMeta, 's-sidebarwidget--item d-flex px16')}</ul></div>
<div id="dfp-tsb" class="everyonelovesstackoverflow everyoneloves__top-sidebar"></div>
${seRail('Linked', seLinked, true)}
${seRail('Related', seRelated, true)}
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot" class="js-gps-track s-link
s-link__inherit">
Hot Network Questions</a></h4><ul>${links(seHot)}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><div id="feed-link-text"><a href="/feeds/question/5041187" title="subscribe to the feed for this question"><svg aria-hidden="true"
class="fc-orange-400 svg-icon iconRss" width="18" height="18"></svg> Question feed</a></div></div></div></div></div></div></div>
<div id="feed-modal" class="s-modal js-feed-link-modal" role="dialog" aria-hidden="true"><div class="s-modal--dialog"><h1 class="s-modal--header">Subscribe to
RSS</h1>
<div class="s-modal--body"><label class="s-label">Question feed<p class="s-description">To subscribe to this RSS feed, copy and paste this URL into your RSS
reader.</p>
</label><input class="s-input" type="text" readonly value="https://math.stackexchange.example/feeds/question/5041187"></div></div></div>
<footer id="footer" class="site-footer"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title">
<a href="https://math.stackexchange.example">Mathematics</a></h5><ul class="-list">${links(seFoot1, '-item')}</ul></div><div class="site-footer--col"><h5
class="-title">
<a href="https://stackoverflow.example/company">Company</a></h5><ul class="-list">${links(seFoot2, '-item')}</ul></div><div class="site-footer--col"><h5
class="-title">
<a href="https://stackexchange.example">Stack Exchange Network</a></h5><ul class="-list">${links(seFoot3, '-item')}</ul></div></nav><div
class="site-footer--copyright fs-fine">
<ul class="-list">${links(['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'])}</ul><p class="mt-auto mb24">${seCopy}</p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">${seCookie[0]}</h2>
<p id="onetrust-policy-text">${seCookie[1]}</p></div></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button>
<button id="onetrust-pc-btn-handler" class="cookie-setting-link">Customize settings</button></div></div></div></div></div></div>
<script>StackExchange.ready(function () { StackExchange.question.init({ votesCast: [], canViewVoteCounts: false }); });</script>
</body></html>`;
const mathSe: TestPage = {
  html: seHtml,
  name: 'heldout140-math-stackexchange-question',
  kind: 'forum',
  // the question, both answers and the comments are body (TeX as served, inside its paragraphs); the display-math line is
  // in neither list, like a code block; user names, "asked" / "edited" / "answered" times and comment dates are bylines
  title: seTitle,
  headings: [],
  body: texts([...seQ, ...seQComments.map((c) => c.text), ...seA1, ...seA1b, ...seA1List, ...seA1c, ...seA1Comments.map((c) => c.text), ...seA2]),
  bylines: [
    'hollis_k',
    'edited Mar 14, 2025 at 10:05',
    'asked Mar 14, 2025 at 9:12',
    'Petra Lindqvist',
    'Mar 14, 2025 at 9:31',
    'okonkwo.j',
    'Mar 14, 2025 at 9:48',
    'Aurelio Baptiste',
    'answered Mar 14, 2025 at 10:41',
    'Mar 14, 2025 at 12:02',
    'Mirela Dobrescu',
    'answered Mar 15, 2025 at 7:40',
    'Asked 8 months ago',
    'Modified 7 months ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Log in', 'Sign up', ...seNav, 'Mathematics', 'Ask Question', 'Viewed 1k times', '7', '12', ...seTags,
    'Share', 'Improve this question', 'Improve this answer', 'Follow', '1,208', '38.6k', '5,317', '1 gold badges', '9 silver badges', '22 bronze badges',
'4 gold badges',
    '41 silver badges', '97 bronze badges', '2 gold badges', '14 silver badges',
    '36 bronze badges', 'Add a comment', '2 Answers', 'Sorted by:', 'Reset to default', 'Highest score (default)',
    'Date modified (newest first)', 'Date created (oldest first)', "Not the answer you're looking for? Browse other questions tagged", 'ask your own question',
    'Your Answer', ...seGuest, 'Name', 'Email', 'The Overflow Blog', ...seBlog, 'Featured on Meta', ...seMeta, 'Linked', ...seLinked, 'Related', ...seRelated,
    'Hot Network Questions', ...seHot, 'more hot questions', 'Question feed', 'Subscribe to RSS',
    'To subscribe to this RSS feed, copy and paste this URL into your RSS reader.', 'Company', 'Stack Exchange Network', 'Tour', 'Help', 'Contact',
'Feedback', ...seFoot2, ...seFoot3,
    'Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram', seCopy, ...seCookie, 'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT140_A: readonly TestPage[] = [mathSe, redditMobile];
