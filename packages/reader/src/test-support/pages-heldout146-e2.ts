import { links, type TestPage, texts } from './page-kit.js';
import {
  type SoComment,
  soA,
  soACode,
  soAComments,
  soBlog,
  soBounty,
  soCollectives,
  soCookie,
  soCopy,
  soFootCompany,
  soFootNetwork,
  soFootProducts,
  soFootSO,
  soHot,
  soLinked,
  soMeta,
  soNav,
  soQ,
  soQCode,
  soQComments,
  soRelated,
  soTags,
  soTitle,
  soTop,
} from './pages-heldout146-e3.js';

/**
 * Held-out batch 146, file e2: a Stack Overflow question with an open bounty, comments and one answer as a signed-out visitor
 * saves it (the top bar with About / Products / For Teams, search, "Log in" / "Sign up", the left navigation with the
 * Collectives box, the question header, vote cells with the bookmark and timeline buttons, tags, the bounty notice with the
 * "+100" badge and the user's custom bounty message, post menus and user cards, comments with "Show 1 more comment", the
 * answers header with its sort select, the guest answer form, the sidebar with The Overflow Blog, Featured on Meta, an ad
 * slot, Linked, Related and Hot Network Questions, the footer and the cookie banner); its texts are in file e3.
 */
const soComment = (
  c: SoComment,
  i: number,
): string => `<li id="comment-1398${i}" class="comment js-comment " data-comment-id="1398${i}" data-comment-score="${c.score || 0}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score">${c.score ? `<span class="cool">${c.score}</span>` : ''}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/77${i}/" class="comment-user">${c.user}</a><span class="comment-date"
dir="ltr"><a class="comment-link"
href="#comment1398${i}_"><span title="2025-10-28 09:14:02Z, License: CC BY-SA 4.0"
class="relativetime-clean">${c.date}</span></a></span></div></div></div></li>`;
const soCommentBox = (list: readonly SoComment[], base: number, more: boolean): string => `<div class="post-layout--right js-post-comments-component">
<div class="comments js-comments-container bt bc-black-200 mt12" data-min-length="15"><ul class="comments-list js-comments-list"
data-remaining-comments-count="${more ? 1 : 0}">
${list.map((c, i) => soComment(c, base + i)).join('\n')}</ul></div><div class="js-comment-form-layout"><a class="js-add-link comments-link disabled-link"
role="button">Add a comment</a>
${
  more
    ? `<span class="js-link-separator">&nbsp;|&nbsp;</span>
<a class="js-show-link comments-link" role="button" href="#">Show <b>1</b> more comment</a>`
    : ''
}</div></div>`;
const soVote = (
  score: string,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false"
aria-label="Up vote"><svg class="svg-icon iconArrowUp"></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${score}">${score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false"
aria-label="Down vote"><svg class="svg-icon iconArrowDown"></svg></button>
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" aria-pressed="false" aria-label="Save"><svg class="svg-icon iconBookmark"></svg></button>
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/1/timeline"
aria-label="Timeline"><svg class="svg-icon iconHistory"></svg></a>
</div></div>`;
const soSig = (
  verb: string,
  when: string,
  user: string,
  rep: string,
  kind: string,
): string => `<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">
<div class="flex--item mr16" style="flex: 1 1 100px;"><div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/q/1" rel="nofollow" class="js-share-link js-gps-track">Share</a></div><div class="flex--item"><a href="/posts/1/edit"
class="js-suggest-edit-post">Improve this ${kind}</a></div><div class="flex--item"><button type="button"
class="s-btn s-btn__link js-follow-post">Follow</button></div></div>
</div></div><div class="post-signature owner flex--item"><div class="user-info"><div class="user-action-time">${verb} <span title="2025-10-28 08:51:40Z"
class="relativetime">${when}</span></div><div class="user-gravatar32"><a href="/users/1/"><img src="https://i.sstatic.example/b.png" alt="${user}'s user avatar"
width="32"
height="32"></a></div><div class="user-details" itemprop="author"
itemscope itemtype="http://schema.org/Person"><a href="/users/1/">${user}</a><span class="d-none"
itemprop="name">${user}</span><div class="-flair"><span class="reputation-score" title="reputation score"
dir="ltr">${rep}</span></div></div></div></div></div></div>`;
const soHtml = `<!DOCTYPE html>
<html class="html__responsive " lang="en"><head><title>python - ${soTitle} - Stack Overflow</title>
<link rel="canonical" href="https://stackoverflow.com/questions/79812345/how-can-i-keep-leading-zeros-when-read-csv-infers-column-types">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:site_name" content="Stack Overflow"><meta name="twitter:title" property="og:title" itemprop="name" content="${soTitle}">
<meta name="twitter:description" property="og:description" itemprop="description" content="I load CSV exports from a supplier with pd.read_csv.">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script src="https://cdn.sstatic.example/Js/stub.en.js?v=4bb9a1">
</script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=4c8f0e8e5fcd">
<script>StackExchange.init({"locale":"en","routeName":"Questions/Show",
"site":{"name":"Stack Overflow","isNoticesTabEnabled":true},"user":{"isAnonymous":true}});</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="question-page unified-theme" itemscope itemtype="https://schema.org/QAPage"><div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<a href="https://stackoverflow.com" class="s-topbar--logo js-gps-track"><span class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation"
role="presentation">
${soTop.map((t) => `<li><a href="https://stackoverflow.co/" class="s-navigation--item js-gps-track">${t}</a></li>`).join('')}</ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><input name="q" type="text" role="combobox"
placeholder="Search…" aria-label="Search" class="s-input s-input__search js-search-field"></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol
class="s-topbar--content">
<li><a href="/users/login" class="s-topbar--item s-btn s-btn__outlined ws-nowrap">Log in</a></li><li><a href="/users/signup"
class="s-topbar--item s-btn s-btn__primary
ws-nowrap">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar ps-relative"><div class="left-sidebar--sticky-container
js-sticky-leftnav">
<nav role="navigation"><ol class="nav-links">${links(soNav, 'ps-relative')}</ol><div class="ps-relative mt16"><div class="fs-fine tt-uppercase fc-black-400
mb8">${soCollectives[0]}</div>
<p class="fs-caption">${soCollectives[1]}</p><a href="/collectives-all" class="s-link fs-caption">${soCollectives[2]}</a></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/79812345"
class="question-hyperlink">${soTitle}</a></h1><div class="ml12 aside-cta flex--item"><a href="/questions/ask"
class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8"
title="2025-10-28 08:51:40Z"><span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-10-28T08:51:40">7 days ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400
mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit">today</a></div><div class="flex--item ws-nowrap mb8"><span class="fc-black-400 mr2">Viewed</span>
412 times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="79812345" data-score="7" id="question">
<div class="post-layout">${soVote('7')}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>${soQ[0]}</p>
<p>${soQ[1]}</p>
<pre class="lang-py s-code-block"><code class="hljs language-python">${soQCode}</code></pre>
<p>${soQ[2]}</p>
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${soTags
  .map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`)
  .join('')}</ul></div></div>
${soSig('asked', 'Oct 28 at 8:51', 'olivia_k', '2,318', 'question')}</div>
<div class="post-layout--full js-bounty-notification"><div class="s-notice s-notice__info mt12 s-anchors s-anchors__inherit"
role="status"><div class="d-flex fd-column gy8">
<div class="fw-bold"><span class="s-badge s-badge__bounty">+100</span> ${soBounty[0].replace('+100', '<span class="s-badge s-badge__bounty">+100</span>')}</div>
<div><a href="/users/1/">olivia_k</a> wants to draw more attention to this question:</div><blockquote class="mb0
fs-body1">${soBounty[2]}</blockquote></div></div></div>
${soCommentBox(soQComments, 0, true)}</div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="1">1 Answer
<span style="display:none;" itemprop="answerCount">1</span></h2></div><div class="flex--item"><label class="flex--item fs-caption"
for="answer-sort">Sorted by:</label>
<a class="js-sort-preference-change s-link flex--item fs-fine d-none" href="?answertab=scoredesc#tab-top">Reset to default</a><div class="flex--item s-select">
<select id="answer-sort"><option selected>Highest score (default)</option><option>Trending (recent votes count more)</option><option>Date modified (newest
first)</option>
<option>Date created (oldest first)</option></select></div></div></div></div>
<div id="answer-79813001" class="answer js-answer" data-answerid="79813001" data-parentid="79812345" data-score="4" data-position-on-page="1"
itemprop="suggestedAnswer"
itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${soVote('4')}<div class="answercell post-layout--right"><div class="s-prose
js-post-body" itemprop="text">
<p>${soA[0]}</p>
<pre class="lang-py s-code-block"><code class="hljs language-python">${soACode}</code></pre>
<p>${soA[1]}</p>
<p>${soA[2]}</p>
<p>${soA[3]}</p>
</div>${soSig('answered', 'Oct 29 at 14:20', 'Dmitri Okafor', '15.7k', 'answer')}</div>${soCommentBox(soAComments, 5, false)}</div></div>
<form id="post-form" action="/questions/79812345/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space">Your Answer</h2>
<textarea id="wmd-input" name="post-text" class="wmd-input s-input"></textarea><div class="js-login-group"><h2>Sign up or log in</h2><div class="s-btn">Sign up
using Google</div>
<div class="s-btn">Sign up using Email and Password</div></div><div class="js-guest-group"><h2>Post as a guest</h2><label>Name</label><input
type="text"><label>Email</label>
<p class="s-description">Required, but never shown</p></div><div class="form-submit"><button class="s-btn s-btn__filled" type="submit">Post Your Answer</button>
<button class="s-btn s-btn__danger s-btn__link js-discard-button">Discard</button></div><div class="js-privacy-policy-agreement fs-caption">
<p>By clicking “Post
Your Answer”,
you agree to our <a href="/legal/terms-of-service">terms of service</a>
and acknowledge you have read our <a href="/legal/privacy-policy">privacy policy</a>.</p></div></form>
<h2 class="bottom-notice">Start asking to get answers</h2><p>Find the answer to your question by asking.</p><a href="/questions/ask"
class="s-btn">Ask question</a>
<h2 class="bottom-notice">Explore related questions</h2><ul class="ml0 list-ls-none d-inline">${soTags
  .map(
    (t) => `<li class="d-inline"><a href="/questions/tagged/${t}"
class="s-tag post-tag">${t}</a></li>`,
  )
  .join('')}</ul><p>See similar questions with these tags.</p></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
s-anchors__grayscale mb16">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header">The Overflow Blog</li>${links(soBlog, 's-sidebarwidget--item')}<li
class="s-sidebarwidget--header">Featured on Meta</li>
${links(soMeta, 's-sidebarwidget--item')}</ul></div><div class="js-zone-container zone-container-sidebar"><div id="dfp-tsb"
class="everyonelovesstackoverflow mb16"
data-zone="sidebar"></div></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked"><div class="spacer"><div class="answer-votes answered-accepted
default">312</div>
<a href="/questions/1" class="question-hyperlink">${soLinked[0]}</a></div></div></div><div class="module sidebar-related"><h4 id="h-related">Related</h4>
<div class="related">${soRelated
  .map(
    (t, i) => `<div class="spacer"><div class="answer-votes default">${[21, 5, 9][i]}</div><a href="/questions/2${i}"
class="question-hyperlink">${t}</a></div>`,
  )
  .join('')}</div></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="s-link s-link__inherit">Hot Network Questions</a></h4><ul>${links(soHot)}</ul><a href="#" class="show-more js-show-more">more hot questions</a></div>
<div id="feed-link"><a href="/feeds/question/79812345">Question feed</a></div></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div
class="site-footer--col">
<h5 class="-title"><a href="https://stackoverflow.com">Stack Overflow</a></h5><ul class="-list">${links(soFootSO)}</ul></div><div class="site-footer--col"><h5
class="-title">Products</h5>
<ul class="-list">${links(soFootProducts)}</ul></div><div class="site-footer--col"><h5 class="-title">Company</h5><ul
class="-list">${links(soFootCompany)}</ul></div>
<div class="site-footer--col"><h5 class="-title">Stack Exchange Network</h5><ul class="-list">${links(soFootNetwork)}</ul></div></nav>
<div class="site-footer--copyright fs-fine"><p class="ba-s">${soCopy}</p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region"
aria-label="Cookie banner"><h2 id="onetrust-policy-title">Your privacy</h2>
<div id="onetrust-policy-text">${soCookie}</div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler">Customize
settings</button></div></div></div></body></html>`;
export const stackOverflowBounty: TestPage = {
  html: soHtml,
  name: 'heldout146-stackoverflow-bounty-question',
  kind: 'forum',
  // question, answer and comments are body; code blocks are in neither list; names, asked / answered lines, the Asked /
  // Modified times and comment dates are bylines; the bounty notice with the user's bounty message, votes, reputation,
  // tags, menus, the answer form and the sidebar are furniture
  title: soTitle,
  headings: [],
  body: texts([...soQ, ...soQComments.map((c) => c.text), ...soA, ...soAComments.map((c) => c.text)]),
  bylines: [
    'Asked 7 days ago',
    'Modified today',
    'asked Oct 28 at 8:51',
    'olivia_k',
    ...soQComments.flatMap((c) => [c.user, c.date]),
    'answered Oct 29 at 14:20',
    'Dmitri Okafor',
    ...soAComments.map((c) => c.date),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Stack Overflow', ...soTop, 'Log in', 'Sign up', ...soNav, ...soCollectives, 'Ask Question', 'Viewed 412 times', '7', ...soTags,
    'Share', 'Improve this question', 'Follow', '2,318', '+100', soBounty[0], soBounty[1], soBounty[2], 'Add a comment', 'Show 1 more comment', '1 Answer',
    'Sorted by:', 'Reset to default', 'Highest score (default)', 'Trending (recent votes count more)', 'Date modified (newest first)',
    'Date created (oldest first)',
    'Improve this answer', '15.7k', 'Your Answer', 'Sign up or log in', 'Sign up using Google', 'Sign up using Email and Password', 'Post as a guest', 'Name',
    'Email',
    'Required, but never shown', 'Post Your Answer', 'Discard',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.', 'Start asking to get answers',
    'Find the answer to your question by asking.', 'Explore related questions', 'See similar questions with these tags.', 'The Overflow Blog', ...soBlog,
    'Featured on Meta', ...soMeta, 'Linked', ...soLinked, 'Related', ...soRelated, 'Hot Network Questions', ...soHot, 'more hot questions', 'Question feed',
    ...soFootSO, 'Products', ...soFootProducts, 'Company', ...soFootCompany, 'Stack Exchange Network', ...soFootNetwork, soCopy, 'Your privacy', soCookie,
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
};
