import { links, type TestPage, texts } from './page-kit.js';
import { xdaThread } from './pages-heldout146-a2.js';
import { seTitle, seQ, seQCode, seQComments, seA1, seA1List, seA1b, seA1Code, seA1c, seA1Comments, seA2, seA2Code } from './pages-heldout146-a3.js';

/**
 * Held-out batch 146, file a: a Unix & Linux Stack Exchange question with its comments and two answers as a signed-out
 * visitor saves it (top bar with search and "Log in" / "Sign up", the left navigation with the Teams promo, the question
 * header with "Ask Question" and the Asked / Modified / Viewed line, vote cells, tags, post menus, user cards with
 * reputation, comment lists with "Add a comment", the answers header with its sort select, the guest answer form, the
 * sidebar with The Overflow Blog, Featured on Meta, Linked, Related and Hot Network Questions, the footer and the cookie
 * consent banner) and, from file a2, an XDA Forums thread.
 */
const seNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Users', 'Companies'];
const seTeams = ['Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
const seTags = ['find', 'timestamps', 'gnu'];
const seSort = ['Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)'];
const seForm = [
  'Thanks for contributing an answer to Unix & Linux Stack Exchange!',
  'Please be sure to answer the question. Provide details and share your research!',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
];
const seBlog = ['Why your build cache keeps missing on Mondays', 'How a small team shipped search to forty sites'];
const seMeta = ['Policy update: answers generated with assistants', 'Results of the 2025 moderator election'];
const seLinked = ['How do I delete files older than N days with find?'];
const seRelated = [
  'find -mtime not working as expected across midnight',
  'Delete files older than a week but keep the newest five',
  'What is the difference between mtime, ctime and atime?',
];
const seHot = [
  'Can a bash loop read two files in step without paste?',
  'Why does my kettle trip the breaker only in winter?',
  'Is it rude to decline a second interview by email?',
  'How did early chess engines store opening books?',
];
const seFootCols = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback'];
const seCompany = ['Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal', 'Privacy Policy', 'Terms of Service', 'Cookie Settings'];
const seNetwork = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
const seSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
const seCopy = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA . rev 2025.11.3.36712';
const seCookie =
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in ' +
  'accordance with our Cookie Policy.';
type Cm = { text: string; user: string; date: string; score: string };
const seComment = (c: Cm, i: number): string => `<li id="comment-14988${i}" class="comment js-comment " data-comment-id="14988${i}"
data-comment-owner-id="5${i}12" data-comment-score="${c.score || 0}"><div class="js-comment-actions comment-actions"><div class="comment-score
js-comment-score">
${c.score ? `<span title="number of 'useful comment' votes received" class="cool">${c.score}</span>` : ''}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/5${i}12/" title="reputation" class="comment-user">${c.user}</a>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment14988${i}_"><span title="2025-03-03 14:31:12Z, License: CC BY-SA 4.0"
class="relativetime-clean">${c.date}</span></a></span></div></div></div></li>`;
const seComments = (list: readonly Cm[], base: number): string => `<div class="post-layout--right js-post-comments-component">
<div class="comments js-comments-container bt bc-black-200 mt12" data-post-id="77${base}" data-min-length="15"><ul class="comments-list js-comments-list">
${list.map((c, i) => seComment(c, base + i)).join('\n')}</ul></div><div class="js-comment-form-layout"><a class="js-add-link comments-link disabled-link"
title="Use comments to ask for more information or suggest improvements." role="button">Add a comment</a></div></div>`;
const seVote = (
  score: string,
  accepted: boolean,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300"
data-post-id="77"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip" aria-pressed="false"
aria-label="Up vote" data-selected-classes="fc-theme-primary"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18"></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${score}">${score}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote">
<svg aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18"></svg></button>
${
  accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" role="note" aria-label="Accepted" tabindex="0">
<svg class="svg-icon iconCheckmarkLg"></svg></div>`
    : ''
}
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/77/timeline"
aria-label="Timeline"><svg class="svg-icon iconHistory"></svg></a></div></div>`;
const seSig = (verb: string, when: string, user: string, rep: string, badges: string, kind: string, edited = ''): string => `<div class="mt24">
<div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="2025-03-03T14:22:31"></time><div class="flex--item mr16"
style="flex: 1 1 100px;">
<div class="js-post-menu pt2" data-post-type-id="1"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/q/77" rel="nofollow" title="Short permalink to this ${kind}" class="js-share-link js-gps-track">Share</a></div>
<div class="flex--item"><a href="/posts/77/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this ${kind}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-follow-question js-gps-track">Follow</button></div></div></div></div>
${edited === '' ? '' : `<div class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time">${edited}</div></div></div>`}
<div class="post-signature owner flex--item"><div class="user-info user-hover"><div class="user-action-time">${verb} <span title="2025-03-03 14:22:31Z"
class="relativetime">${when}</span></div><div class="user-gravatar32"><a href="/users/51/"><div class="gravatar-wrapper-32"><img
src="https://i.sstatic.example/a.png"
alt="${user}'s user avatar" width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author"
itemscope itemtype="http://schema.org/Person">
<a href="/users/51/">${user}</a><span class="d-none" itemprop="name">${user}</span><div class="-flair"><span class="reputation-score" title="reputation score"
dir="ltr">${rep}</span><span title="badges"><span class="badge2"></span><span class="badgecount">${badges}</span></span></div></div></div></div></div></div>`;
const seEdited = 'edited <span title="2025-03-04 08:10:02Z" class="relativetime">Mar 4, 2025 at 8:10</span>';
const seHtml = `<!DOCTYPE html>
<html class="html__responsive " lang="en"><head><title>find - ${seTitle} - Unix &amp; Linux Stack Exchange</title>
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/unix/Img/favicon.ico"><link rel="canonical"
href="https://unix.stackexchange.com/questions/791204/why-doesnt-find-mtime-1-match">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:site_name" content="Unix &amp; Linux Stack Exchange"><meta name="twitter:card" content="summary">
<meta name="twitter:title" property="og:title" itemprop="name" content="${seTitle}">
<meta name="twitter:description" property="og:description" itemprop="description"
content="I have a cleanup job that is supposed to delete log files older than a day.">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script src="https://cdn.sstatic.example/Js/stub.en.js?v=4bb9a1">
</script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=4c8f0e8e5fcd">
<script>StackExchange.init({"locale":"en","serverTime":1762251600,"routeName":"Questions/Show","site":{"name":"Unix & Linux Stack Exchange",
"description":"Q&A for users of Linux, FreeBSD and other Un*x-like operating systems","isNoticesTabEnabled":true},"user":{"fkey":"","isAnonymous":true}});
StackExchange.using.setCacheBreakers({"js/full.en.js":"e1a2"});</script></head>
<body class="question-page unified-theme" itemscope itemtype="https://schema.org/QAPage">
<div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<a href="https://unix.stackexchange.com" class="s-topbar--logo network-logo js-gps-track"><span class="v-visible-sr">Unix &amp; Linux</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search on Unix &amp; Linux…" aria-label="Search"
class="s-input s-input__search js-search-field"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="https://unix.stackexchange.com/users/login"
class="s-topbar--item s-btn s-btn__outlined ws-nowrap" role="menuitem">Log in</a></li><li role="none"><a href="https://unix.stackexchange.com/users/signup"
class="s-topbar--item s-btn s-btn__primary ws-nowrap" role="menuitem">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">
${links(seNav, 'ps-relative')}</ol><div class="js-freemium-cta ps-relative mt32 mb8"><div class="fs-fine tt-uppercase fc-black-400 mb16">Teams</div>
<p class="fs-caption">${seTeams[0]}</p><a href="https://stackoverflow.co/teams/" class="s-btn s-btn__filled s-btn__xs w100 mb12">${seTeams[1]}</a>
<a href="https://stackoverflow.co/teams/" class="s-btn s-btn__muted s-btn__xs w100">${seTeams[2]}</a></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.example/unix.png">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name"
class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/791204/why-doesnt-find-mtime-1-match" class="question-hyperlink">${seTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask"
class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8"
title="2025-03-03 14:22:31Z"><span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-03-03T14:22:31">8 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit" title="2025-03-04 08:10:02Z">8 months ago</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 1,212 times"><span class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="791204" data-position-on-page="0"
data-score="11" id="question">
<div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow mb8"></div></div>
<div class="post-layout">${seVote('11', false)}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${seQ[0]}</p>
<pre class="lang-bsh s-code-block"><code class="hljs language-bash">${seQCode}</code></pre>
<p>${seQ[1]}</p>
<p>${seQ[2]}</p>
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none
js-post-tag-list-wrapper d-inline">
${seTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
${seSig('asked', 'Mar 3, 2025 at 14:22', 'Olek Marsh', '1,204', '12', 'question')}</div>
${seComments(seQComments, 0)}</div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item">
<div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption"
for="answer-sort-dropdown-select-menu">Sorted by:</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc"
href="/questions/791204?answertab=scoredesc#tab-top">Reset to default</a></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">
${seSort.map((t) => `<option value="${t.split(' ')[0]}">${t}</option>`).join('')}</select></div></div></div></div></div>
<div id="answer-791230" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="791230" data-parentid="791204" data-score="19"
data-position-on-page="1" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${seVote('19', true)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${seA1[0]}</p>
<p>${seA1[1]}</p>
<ul>${seA1List.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${seA1b[0]}</p>
<p>${seA1b[1]}</p>
<pre class="lang-bsh s-code-block"><code class="hljs language-bash">${seA1Code}</code></pre>
<p>${seA1c[0]}</p>
</div>${seSig('answered', 'Mar 3, 2025 at 15:02', 'Dariusz Kell', '38.4k', '61', 'answer', seEdited)}
</div>${seComments(seA1Comments, 2)}</div></div>
<a name="791311"></a><div id="answer-791311" class="answer js-answer" data-answerid="791311" data-parentid="791204" data-score="6" data-position-on-page="2"
itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${seVote('6', false)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${seA2[0]}</p>
<pre class="lang-bsh s-code-block"><code class="hljs language-bash">${seA2Code}</code></pre>
<p>${seA2[1]}</p>
<p>${seA2[2]}</p>
</div>${seSig('answered', 'Mar 3, 2025 at 19:47', 'Harriet Osei', '7,931', '27', 'answer')}</div>
<div class="post-layout--right js-post-comments-component"><div class="js-comment-form-layout"><a class="js-add-link comments-link disabled-link"
role="button">Add a comment</a>
</div></div></div></div>
<form id="post-form" action="/questions/791204/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"
id="your-answer-header">Your Answer</h2>
<div class="js-answer-help"><p>${seForm[0]}</p><ul><li>${seForm[1]}</li></ul></div><textarea id="wmd-input" name="post-text"
class="wmd-input s-input"></textarea>
<div class="js-login-group"><h2>${seForm[2]}</h2><div class="s-btn">${seForm[3]}</div><div class="s-btn">${seForm[4]}</div></div>
<div class="js-guest-group"><h2>${seForm[5]}</h2><label for="display-name">Name</label><input id="display-name" type="text"><label for="m-address">Email</label>
<p class="s-description">${seForm[6]}</p></div><div class="form-submit"><button id="submit-button" class="s-btn s-btn__filled"
type="submit">${seForm[7]}</button>
<button class="s-btn s-btn__danger s-btn__link js-discard-button">${seForm[8]}</button></div>
<div class="js-privacy-policy-agreement fs-caption">
<p>By clicking “Post Your Answer”, you agree to our <a href="/legal/terms-of-service">terms of service</a>
and acknowledge you have read our <a href="/legal/privacy-policy">privacy policy</a>.</p></div></form>
<h2 class="bottom-notice" data-loc="1">Start asking to get answers</h2><p>Find the answer to your question by asking.</p><a href="/questions/ask"
class="s-btn">Ask question</a>
<h2 class="bottom-notice" data-loc="2">Explore related questions</h2><ul class="ml0 list-ls-none d-inline">${seTags
  .map(
    (t) => `<li class="d-inline"><a href="/questions/tagged/${t}"
class="s-tag post-tag" rel="tag">${t}</a></li>`,
  )
  .join('')}</ul><p>See similar questions with these tags.</p></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
s-anchors__grayscale mb16">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header">The Overflow Blog</li>${links(seBlog, 's-sidebarwidget--item d-flex px16')}
<li class="s-sidebarwidget--header">Featured on Meta</li>${links(seMeta, 's-sidebarwidget--item d-flex px16')}</ul></div>
<div class="js-zone-container zone-container-sidebar"><div id="dfp-tsb" class="everyonelovesstackoverflow mb16"></div></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked">${seLinked
  .map(
    (t) => `<div class="spacer"><a href="/q/1"><div class="answer-votes answered-accepted
default">42</div></a><a href="/questions/1" class="question-hyperlink">${t}</a></div>`,
  )
  .join('')}</div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">${seRelated
  .map(
    (t, i) => `<div class="spacer"><a href="/q/2${i}"><div class="answer-votes default">${[7, 3, 64][i]}</div></a><a href="/questions/2${i}"
class="question-hyperlink">${t}</a></div>`,
  )
  .join('')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">Hot Network
Questions</a></h4><ul>${links(seHot)}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><a href="/feeds/question/791204" title="feed of this question and its answers">Question feed</a></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-light__forced" role="contentinfo"><div class="site-footer--container">
<nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="https://unix.stackexchange.com">Unix &amp; Linux</a></h5>
<ul class="-list">${links(seFootCols)}</ul></div><div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.co/">Company</a></h5>
<ul class="-list">${links(seCompany)}</ul></div><div class="site-footer--col site-footer--categories-nav"><h5 class="-title">Stack Exchange Network</h5>
<ul class="-list">${links(seNetwork)}</ul></div></nav><div class="site-footer--copyright fs-fine md:mx-auto"><ul class="-list -social">${links(seSocial)}</ul>
<p class="ba-s"><a href="https://stackoverflow.com/help/licensing">${seCopy}</a></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" role="region"
aria-label="Cookie banner"><div class="ot-sdk-container">
<div class="ot-sdk-row"><div id="onetrust-group-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><div
id="onetrust-policy-text">${seCookie}</div>
</div></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button class="ot-pc-refuse-all-handler" id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler">Customize
settings</button>
</div></div></div></div></div></div>
<script>StackExchange.ready(function () {
  StackExchange.question.init({showAnswerHelp:true,totalCommentCount:4,shownCommentCount:4,questionId:791204}); });</script>
</body></html>`;
const stackExchange: TestPage = {
  html: seHtml,
  name: 'heldout146-unix-stackexchange-forum',
  kind: 'forum',
  // question, answers and comments are body; code blocks are in neither list; names, "asked" / "answered" / "edited"
  // lines, the Asked / Modified times and comment dates are bylines; votes, reputation, badges, tags and menus are furniture
  title: seTitle,
  headings: [],
  body: texts([...seQ, ...seQComments.map((c) => c.text), ...seA1, ...seA1List, ...seA1b, ...seA1c, ...seA1Comments.map((c) => c.text), ...seA2]),
  bylines: [
    'Asked 8 months ago',
    'Modified 8 months ago',
    'asked Mar 3, 2025 at 14:22',
    'Olek Marsh',
    'Petra Lindqvist',
    'Mar 3, 2025 at 14:31',
    'Mar 3, 2025 at 14:44',
    'answered Mar 3, 2025 at 15:02',
    'Dariusz Kell',
    'edited Mar 4, 2025 at 8:10',
    'Mar 3, 2025 at 16:05',
    'Harriet Osei',
    'Mar 4, 2025 at 07:52',
    'answered Mar 3, 2025 at 19:47',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Log in', 'Sign up', ...seNav, ...seTeams, 'Ask Question', 'Viewed 1k times', '11', ...seTags, 'Share',
    'Improve this question', 'Follow', '1,204', 'Add a comment', '2 Answers', 'Sorted by:', 'Reset to default', ...seSort, '19', 'Improve this answer',
    '38.4k', '7,931', ...seForm, 'Your Answer', 'Name', 'Email',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.', 'Start asking to get answers',
    'Find the answer to your question by asking.', 'Explore related questions', 'See similar questions with these tags.', 'The Overflow Blog', ...seBlog,
    'Featured on Meta', ...seMeta, 'Linked', ...seLinked, 'Related', ...seRelated, 'Hot Network Questions', ...seHot, 'more hot questions', 'Question feed',
    'Unix & Linux', ...seFootCols, 'Company', ...seCompany, 'Stack Exchange Network', ...seNetwork, ...seSocial, seCopy, 'Your privacy', seCookie,
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};

export const HELDOUT146_A: readonly TestPage[] = [stackExchange, xdaThread];
