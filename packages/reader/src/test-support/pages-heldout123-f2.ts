import { links, type TestPage, texts } from './page-kit.js';
import {
  seA1,
  seA1Comments,
  seA2,
  seAsk,
  seBlog,
  seCookie,
  seCopy,
  seExplore,
  seFeed,
  seFootCols,
  seForm,
  seHot,
  seLeftNav,
  seMeta,
  sePostMenu,
  seQ,
  seQComments,
  seRelated,
  seSocial,
  seSort,
  seTags,
  seTeams,
  seTitle,
  seTopNav,
} from './pages-heldout123-f3.js';
import { seAsked, seEdited, seAns1, seAns2, seTips, seUser, seVotes, seComments, sePs, seMenu, seAnswer, seCode } from './pages-heldout123-f4.js';

/**
 * Held-out batch 123, file f2: a Unix & Linux Stack Exchange question page for a signed-out visitor (the s-topbar with its
 * search and "Log in" / "Sign up", the left nav with the Teams box, the question header with "Ask Question" and the Asked /
 * Modified / Viewed line, vote cells with their hidden tooltips, the question with code, tags, the post menu, "edited" and
 * "asked" user cards with reputation and screen-reader badge counts, comments, the answers header with its sort picker, an
 * accepted answer and a second answer with their comments, "Add a comment", the "Your Answer" guest form, the "Start asking"
 * and "Explore related questions" notes, the right sidebar (blog, meta, related, hot network questions, feed), the cookie
 * banner and the network footer). Its texts are in file f3.
 */
const seHtml = `<!DOCTYPE html>
<html class="html__responsive " lang="en"><head><title>${seTitle} - Unix &amp; Linux Stack Exchange</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/unix/Img/favicon.ico?v=5fa1a4c3f0c2"><link rel="canonical"
href="https://unix.stackexchange.com/questions/801234/why-does-find-newer-skip-files-that-were-copied-with-cp-p">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website" />
<meta property="og:site_name" content="Unix &amp; Linux Stack Exchange" /><meta name="twitter:title" property="og:title" itemprop="name" content="${seTitle}" />
<meta name="twitter:description" property="og:description" itemprop="description"
content="I have a nightly backup script that copies new files from a staging directory\u2026" />
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script><script
src="https://cdn.sstatic.net/Js/stub.en.js?v=2c6f8e1a4b3d"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/unix/primary.css?v=0e4b1d2c3a5f">
<script>StackExchange.init({"locale":"en","serverTime":1762415000,"routeName":"Questions/Show",
"stackAuthUrl":"https://stackauth.com","networkMetaHostname":"meta.stackexchange.com",
"site":{"name":"Unix \\u0026 Linux",
"description":"Q\\u0026A for users of Linux, FreeBSD and other Unix-like operating systems","isNoticesTabEnabled":true}});</script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><a href="#content" class="s-link s-link__inherit js-skip-to-content">Skip to main
content</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem"
aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a><a href="https://stackexchange.com"
class="s-topbar--logo network-logo js-gps-track"
aria-label="Stack Exchange"><svg class="svg-icon native iconLogoSEAlternativeSm" width="107" height="15"></svg></a><ol class="s-topbar--content" role="menubar">
${seTopNav
  .map(
    (t) => `<li role="none"><a href="https://stackoverflow.co/${t.length}" class="s-topbar--item js-gps-track"
role="menuitem">${t}</a></li>`,
  )
  .join('\n')}</ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div
class="s-topbar--searchbar--input-group"><input name="q"
type="text" role="combobox" placeholder="Search on Unix &amp; Linux\u2026" value="" aria-label="Search" aria-controls="top-search"
class="s-input s-input__search js-search-field"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="/users/login"
class="s-topbar--item s-btn s-btn__filled"
role="menuitem">Log in</a></li><li role="none"><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary" role="menuitem">Sign
up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav">
<nav role="navigation"><ol class="nav-links">
${seLeftNav
  .map(
    (t) => `<li class="ps-relative${t === 'Questions' ? ' youarehere is-selected' : ''}"><a href="/${t.toLowerCase()}"
class="s-block-link s-block-link__left pl8 js-gps-track"><span>${t}</span></a></li>`,
  )
  .join('\n')}
<li><div class="ps-relative fs-body1 bt bc-black-200 p8"><div class="pl8 fw-bold">Teams</div><div class="pl8 fs-caption">${seTeams[0]}</div><a
href="https://stackoverflowteams.com/"
class="s-btn s-btn__filled s-btn__xs w100 mb4">${seTeams[1]}</a><a href="https://stackoverflow.co/teams/"
class="s-btn s-btn__muted s-btn__xs w100">${seTeams[2]}</a></div></li>
</ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.net/Sites/unix/Img/apple-touch-icon.png">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name"
class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/801234/why-does-find-newer-skip-files-that-were-copied-with-cp-p" class="question-hyperlink">${seTitle}</a></h1><div
class="ml12 aside-cta flex--item sm:ml0
sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2025-10-28 14:02:11Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-10-28T14:02:11">6 days ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-10-29 09:03:40Z">5 days ago</a></div><div class="flex--item ws-nowrap mb8"
title="Viewed 1,204 times"><span
class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="801234" data-position-on-page="0"
data-score="9" id="question">
<div class="js-zone-container zone-container-main"><div id="dfp-tlb"
class="everyonelovesstackoverflow everyoneloves__top-leaderboard everyoneloves__leaderboard"></div></div>
<div class="post-layout">${seVotes('801234', '9', seTips.q)}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${sePs(seQ.slice(0, 1))}
${seCode('find /srv/staging -type f -newer /var/lib/backup/last-run -exec cp -p {} /srv/archive/ \\;\ntouch /var/lib/backup/last-run')}
${sePs(seQ.slice(1))}
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul
class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${seTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" title="show questions tagged '${t}'"
aria-label="show questions tagged '${t}'"
rel="tag">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">${seMenu('801234', 'question')}</div>
${seUser(seEdited)}${seUser(seAsked)}</div></div></div>
<span class="d-none" itemprop="commentCount">2</span><div class="post-layout--right js-post-comments-component">${seComments(
  '801234',
  seQComments,
)}</div></div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div
class="d-flex g4 gsx ai-center sm:fd-column
sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted
by:</label></div>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">${seSort
  .map((t, i) => `<option value="${i}"${i === 0 ? ' selected="selected"' : ''}>${t}</option>`)
  .join('')}</select>
</div></div></div></div></div>
${seAnswer(
  '801240',
  '14',
  true,
  `${sePs(seA1.slice(0, 2))}\n${seCode('find /srv/staging -type f -cnewer /var/lib/backup/last-run -exec cp -p {} /srv/archive/ \\;')}\n${sePs(seA1.slice(2))}`,
  seAns1,
  seA1Comments,
)}
${seAnswer('801311', '3', false, sePs(seA2), seAns2, [])}
<form id="post-form" action="/questions/801234/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space">${seForm[0]}</h2>
<div class="wmd-container mb8"><div id="wmd-button-bar" class="wmd-button-bar btr-sm"></div><textarea id="wmd-input" name="post-text"
class="wmd-input s-input bar0 js-post-body-field"
data-post-type-id="2" cols="92" rows="15" tabindex="101" aria-labelledby="your-answer-header"></textarea></div>
<div class="js-login-form"><h2 class="fs-body3 mb12">${seForm[1]}</h2><div class="d-flex fd-column gs8 gsy"><button
class="flex--item s-btn s-btn__icon s-btn__google bar-md ba
bc-black-100" type="button">${seForm[2]}</button><button class="flex--item s-btn s-btn__icon s-btn__outlined" type="button">${seForm[3]}</button></div></div>
<div class="js-general-error general-error"></div><div class="post-as-guest"><h2 class="fs-body3 mb12">${seForm[4]}</h2><div
class="d-flex gs4 gsy fd-column"><label
class="flex--item s-label" for="display-name">${seForm[5]}</label><input id="display-name" name="display-name" type="text" class="s-input"><label
class="flex--item s-label"
for="m-address">${seForm[6]}</label><div class="s-description">${seForm[7]}</div><input id="m-address" name="m-address" type="text" class="s-input"></div></div>
<div class="form-submit clear-both d-flex gsx gs4"><button id="submit-button" class="flex--item s-btn s-btn__filled s-btn__icon ws-nowrap"
type="submit">${seForm[8]}</button>
<button class="flex--item s-btn s-btn__danger discard-answer dno">${seForm[9]}</button></div><p class="js-answer-guidelines fs-caption fc-black-400 mt8">${(
  seForm[10] ?? ''
).replace(
  'terms of service',
  '<a href="https://stackoverflow.com/legal/terms-of-service/public" name="tos" target="_blank" class="-link">terms of service</a>',
)}</p></form>
<div class="js-zone-container zone-container-main"><h2 class="bottom-notice" data-loc="1">${seAsk[0]}</h2><p class="bottom-notice">${seAsk[1]}</p><a
href="/questions/ask"
class="s-btn s-btn__filled">${seAsk[2]}</a></div><h2 class="bottom-notice" data-loc="2">${seExplore[0]}</h2><div class="bottom-notice">See similar questions
with these
tags.</div></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div
class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16"
data-tracker="cb=1"><ul class="d-block p0 m0"><li
class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">${seBlog[0]}</li>
${seBlog
  .slice(1)
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"></div><div class="flex--item wmn0 ow-break-word"><a
href="https://stackoverflow.blog/2025/11/0${t.length % 9}/" class="js-gps-track" title="${t}">${t}</a></div></li>`,
  )
  .join('\n')}
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">${seMeta[0]}</li>
${seMeta
  .slice(1)
  .map(
    (t) =>
      `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://meta.stackexchange.com/questions/${t.length}"
class="js-gps-track">${t}</a></div></li>`,
  )
  .join('\n')}
</ul></div><div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1">
${seRelated
  .map(
    ([
      n,
      t,
    ]) => `<div class="spacer"><a href="/q/${t.length}" title="Vote score (upvotes - downvotes)"><div class="answer-votes answered-accepted">${n}</div></a><a
href="/questions/${t.length}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">Hot Network
Questions</a></h4><ul>${seHot
  .map(
    (t) => `<li><div class="favicon favicon-unix" title="Unix &amp; Linux Stack Exchange"></div><a href="https://x.stackexchange.com/q/${t.length}"
class="js-gps-track question-hyperlink mb0">${t}</a></li>`,
  )
  .join('\n')}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><a href="/feeds/question/801234" title="Feed of this question and its answers"><svg aria-hidden="true"
class="fc-orange-400 svg-icon iconRss" width="18"
height="18"></svg>${seFeed[0]}</a></div><aside class="s-modal" id="feed-modal" role="dialog" aria-hidden="true"><div class="s-modal--dialog"><h1
class="s-modal--header">${seFeed[1]}</h1>
<p class="fs-body1">${seFeed[2]}</p></div></aside></div></div></div></div>
</div>
<footer id="footer" class="site-footer js-footer theme-footer__unix" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">
${seFootCols
  .map(
    ([h, items]) => `<div class="site-footer--col"><h5 class="-title"><a href="/">${h.replace(/&/g, '&amp;')}</a></h5><ul
class="-list js-primary-footer-links">${links(items)}</ul></div>`,
  )
  .join('\n')}
</nav><div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8">${links(seSocial, '-item')}</ul><p class="md:mb0">${seCopy.replace(
  'CC BY-SA',
  '<span class="td-underline"><a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span>',
)}</p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="alertdialog" aria-describedby="onetrust-policy-text" aria-modal="true"
aria-label="Your privacy">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">${seCookie[0]}</h2><div id="onetrust-policy-text">${seCookie[1]}</div></div><div
id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">${seCookie[2]}</button><button id="onetrust-reject-all-handler">${seCookie[3]}</button><button
id="onetrust-pc-btn-handler"
class="cookie-setting-link">${seCookie[4]}</button></div></div></div>
<script>StackExchange.ready(function () { StackExchange.question.init({votesCast:[],canViewVoteCounts:false,totalCommentCount:4,questionId:801234});
});</script></body></html>`;
const commentUsers = [...seQComments, ...seA1Comments].flatMap(([, , u, w]) => [u, w]);
export const unixStackExchange: TestPage = {
  html: seHtml,
  name: 'heldout123-unix-stackexchange-forum',
  kind: 'forum',
  // the question, both answers and every comment (its comment-copy text) are body; user names, "asked" / "answered" /
  // "edited" times, comment dates and the Asked / Modified line are bylines; votes, reputation, badge counts (and their
  // screen-reader texts), vote tooltips, tags, the post menus and everything around the thread are furniture
  title: seTitle,
  headings: [],
  body: texts([...seQ, ...seQComments.map((c) => c[1]), ...seA1, ...seA1Comments.map((c) => c[1]), ...seA2]),
  bylines: [
    ...new Set([
      ...[seAsked, seEdited, seAns1, seAns2].flatMap((u) => [u.name, `${u.action} ${u.when}`]),
      ...commentUsers,
      'Asked 6 days ago',
      'Modified 5 days ago',
    ]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...seTopNav, 'Log in', 'Sign up', ...seLeftNav, 'Teams', ...seTeams, 'Ask Question', 'Viewed 1k times', ...seTips.q, ...seTips.a,
    '9', '14', '3', ...seTags, ...sePostMenu, 'Improve this answer', ...[seAsked, seEdited, seAns1, seAns2].flatMap((u) => [u.rep, ...u.badges]), '2', '5', '1',
    'Add a comment', '2 Answers', 'Sorted by:', ...seSort, ...seForm, ...seAsk, ...seExplore, ...seBlog, ...seMeta, 'Related', ...seRelated.flat(),
    'Hot Network Questions', ...seHot, 'more hot questions', ...seFeed, ...seFootCols.flatMap(([h, items]) => [h, ...items]), ...seSocial, seCopy, ...seCookie,
  ])],
};
