import { type TestPage, texts } from './page-kit.js';
import { seAnswer, seAnswersHeader, seCookie, seCookieTexts, sePost, sePostTexts, seYourAnswer, seYourAnswerTexts } from './pages-heldout119-se.js';
import {
  soTitle,
  soQ,
  soA1,
  soA1List,
  soA2,
  question,
  answer1,
  answer2,
  soNav,
  soTeams,
  soProducts,
  soBlog,
  soMeta,
  soRelated,
  soHot,
  soFootCols,
  soSocial,
  soCopy,
} from './pages-heldout119-c4.js';

/**
 * Held-out batch 119, file c2: a Stack Overflow question with two answers as a signed-out visitor saves it (the top bar with
 * About / Products / OverflowAI and the products popover, search, "Log in" and "Sign up", the left sidebar with the Teams
 * promo, the question header with "Ask Question" and Asked / Modified / Viewed, the leaderboard ad slot, the question and
 * answer posts of the shared Stack Exchange layout with comments, the accepted-answer mark, "Your Answer" for guests, "Start
 * asking to get answers", the right sidebar with The Overflow Blog, Featured on Meta, Related and Hot Network Questions, the
 * question feed link, the footer and the OneTrust cookie banner).
 */
const amp = (t: string): string => t.replace(/&amp;/g, '&');
const side = (head: string, items: readonly string[]): string => `<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600">${head}</li>
${items
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true"
class="va-text-top svg-icon iconPencilSm"></svg>
</div><div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/2025/" class="js-gps-track" title="${t}">${t}</a></div></li>`,
  )
  .join('\n')}`;
const soHtml = `<!DOCTYPE html>
<html class="html__responsive " lang="en"><head><title>python - pandas groupby silently drops rows where the key is NaN - Stack Overflow</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/favicon.ico?v=ec617d715196"><link rel="canonical"
href="https://stackoverflow.com/questions/77123450/pandas-groupby-silently-drops-rows-where-the-key-is-nan">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:site_name" content="Stack Overflow"><meta itemprop="name" content="pandas groupby silently drops rows where the key is NaN">
<meta name="twitter:card" content="summary"><meta name="twitter:domain" content="stackoverflow.com">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script><script
src="https://cdn.sstatic.net/Js/stub.en.js?v=8a2f6a5e8e6c"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=6e9b5a4d1c2f"><link rel="stylesheet" type="text/css"
href="https://cdn.sstatic.net/Sites/stackoverflow/primary.css?v=0f1b2c3d4e5f">
<script>StackExchange.init({"locale":"en","serverTime":1762070400,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
"networkMetaHostname":"meta.stackexchange.com",
"site":{"name":"Stack Overflow","description":"Q&A for professional and enthusiast
programmers","isNoticesTabEnabled":true},"user":{"fkey":"","isAnonymous":true}});
StackExchange.using.setCacheBreakers({"js/adops.en.js":"6b3ae2cf4d8a"});</script></head>
<body class="question-page unified-theme floating-content"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem"
aria-label="Open menu" aria-controls="left-sidebar" aria-expanded="false"><span></span></a><a class="s-topbar--logo js-gps-track"
href="https://stackoverflow.com">
<span class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation" role="presentation"><li class="md:d-none"><a href="https://stackoverflow.co/"
class="s-navigation--item js-gps-track">About</a></li><li><a href="https://stackoverflow.co/teams/" class="s-navigation--item js-gps-track js-products-menu"
aria-controls="products-popover" data-controller="s-popover" data-action="s-popover#toggle">Products</a></li><li class="md:d-none"><a
href="https://stackoverflow.co/teams/"
class="s-navigation--item js-gps-track">OverflowAI</a></li></ol><div class="s-popover ws2 mtn2 p0" id="products-popover" role="menu" aria-hidden="true">
<div class="s-popover--arrow"></div><ol class="list-reset s-anchors s-anchors__inherit">${[0, 2, 4, 6]
  .map(
    (i) => `<li class="m6"><a href="https://stackoverflow.co/" class="bar-sm p6 d-block h:bg-black-100 js-gps-track"><span
class="fs-body1 d-block">${soProducts[i]}</span>
<span class="fs-caption d-block fc-black-400">${soProducts[i + 1]}</span></a></li>`,
  )
  .join('')}<li class="bt bc-black-075 px12 py8 fs-caption"><a href="https://stackoverflow.co/" class="js-gps-track">${soProducts[8]}</a>
<a href="https://stackoverflow.blog?blb=1" class="js-gps-track">${soProducts[9]}</a></li></ol></div>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search…" value="" aria-label="Search" aria-controls="top-search" data-controller="s-popover"
class="s-input s-input__search h100 js-search-field"></div></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar">
<li role="none"><a href="https://stackoverflow.com/users/login?ssrc=head"
class="s-topbar--item s-topbar--item__unset s-btn s-btn__outlined ws-nowrap js-gps-track"
role="menuitem">Log in</a></li><li role="none"><a href="https://stackoverflow.com/users/signup?ssrc=head"
class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__filled
ws-nowrap js-gps-track" role="menuitem">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav">
<nav role="navigation"><ol class="nav-links">${soNav
  .map(
    (t) => `<li class="ps-relative${t === 'Questions' ? ' youarehere' : ''}"><a href="/${t === 'Home' ? '' : t.toLowerCase()}"
class="pl8 js-gps-track nav-links--link">
<div class="d-flex ai-center"><div class="flex--item truncate">${t}</div></div></a></li>`,
  )
  .join(
    '',
  )}</ol></nav><div class="js-overflowai-cta"></div><div class="ps-relative px8 pt16 pb8 bt bc-black-100"><h3 class="fs-body1 fw-bold">${soTeams[0]}</h3>
<p class="fs-caption">${soTeams[1]}</p><a href="https://try.stackoverflow.co/why-teams/" class="s-btn s-btn__filled s-btn__xs w100 mb8">${soTeams[2]}</a>
<a href="https://stackoverflow.co/teams/" class="s-btn s-btn__link s-btn__xs w100">${soTeams[3]}</a></div></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.net/Sites/stackoverflow/Img/apple-touch-icon.png"><div class="inner-content clearfix"><div id="question-header"
class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/77123450/pandas-groupby-silently-drops-rows-where-the-key-is-nan"
class="question-hyperlink">${soTitle}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ml-auto">
<a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-225">
<div class="flex--item ws-nowrap mr16 mb8" title="2023-02-11 09:14:07Z"><span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated"
datetime="2023-02-11T09:14:07">2 years, 9 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-06-02 13:40:55Z">5 months ago</a></div><div class="flex--item ws-nowrap mb8"
title="Viewed 18,402 times">
<span class="fc-black-400 mr2">Viewed</span>18k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="77123450" data-position-on-page="0"
data-score="23"
id="question"><div class="js-zone-container zone-container-main"><div id="dfp-tlb"
class="everyonelovesstackoverflow everyoneloves__top-leaderboard everyoneloves__leaderboard">
</div><div class="js-report-ad-button-container" style="width: 728px"></div></div>
${sePost(question, 'question', 'stackoverflow')}</div>
<div id="answers"><a name="tab-top"></a>${seAnswersHeader(2, '/questions/77123450/pandas-groupby-silently-drops-rows-where-the-key-is-nan')}
${seAnswer(answer1, 'stackoverflow', 1)}
${seAnswer(answer2, 'stackoverflow', 2)}
${seYourAnswer}
<div class="js-zone-container zone-container-main"><div id="dfp-mlb" class="everyonelovesstackoverflow everyoneloves__mid-leaderboard"></div></div>
<h2 class="bottom-notice" data-loc="1"><div>Start asking to get answers</div><p class="fs-body1">Find the answer to your question by asking.</p>
<a href="/questions/ask" class="s-btn s-btn__filled">Ask question</a></h2><h2 class="bottom-notice" data-loc="2"><div>Explore related questions</div>
<div class="post-taglist"><a href="/questions/tagged/python" class="s-tag post-tag">python</a> <a href="/questions/tagged/pandas"
class="s-tag post-tag">pandas</a></div>
<p>See similar questions with these tags.</p></h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div
class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16">
<ul class="d-block p0 m0">${side(soBlog[0]!, soBlog.slice(1))}${side(soMeta[0]!, soMeta.slice(1))}</ul></div>
<div class="js-zone-container zone-container-sidebar"><div id="dfp-tsb" class="everyonelovesstackoverflow everyoneloves__top-sidebar"></div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions">${soRelated
  .map(
    ([
      n,
      t,
    ]) => `<div class="spacer"><a href="/q/${n}" title="Question score (highest is best)"><div class="answer-votes answered-accepted default">${n}</div></a>
<a href="/questions/${n}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul>${soHot
  .map(
    (t) =>
      `<li><div class="favicon favicon-cooking" title="Seasoned Advice"></div><a href="https://cooking.stackexchange.com/questions/1"
class="question-hyperlink js-gps-track">${t}</a></li>`,
  )
  .join('')}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div><div id="feed-link"><div id="feed-link-text">
<a href="https://stackoverflow.com/feeds/question/77123450" title="Feed of this question and its answers"><svg aria-hidden="true"
class="fc-orange-400 svg-icon iconRss"></svg>
Question feed</a></div></div></div></div></div></div></div>
<footer id="footer" class="site-footer" role="contentinfo"><div class="site-footer--container"><a class="site-footer--logo"
href="https://stackoverflow.com"><svg aria-hidden="true"
class="native svg-icon iconLogoGlyphMd"></svg></a><nav class="site-footer--nav">${soFootCols
  .map(
    ([h, items]) =>
      `<div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.com">${h}</a></h5><ul class="-list">${items
        .map((t) => `<li><a href="https://stackoverflow.co/${t.replace(/\W+/g, '-')}" class="js-gps-track -link">${t}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}</nav><div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8">${soSocial
  .map((t) => `<li><a class="-link js-gps-track" href="https://${t.toLowerCase()}.com/stackoverflow">${t}</a></li>`)
  .join('')}</ul><p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under <span class="td-underline"><a
href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span> . <span id="svnrev">rev 2025.11.3.36812</span></p></div></div></footer>
${seCookie('Stack Exchange')}
<script>StackExchange.ready(function(){StackExchange.using("postValidation",function(){StackExchange.postValidation.initOnBlurAndSubmit($("#post-form"),2,
"answer");});
StackExchange.question.init({showAnswerHelp:true,totalCommentCount:4,shareUrl:"https://stackoverflow.com/q/77123450",questionId:77123450});});</script></body>
</html>`;
export const stackOverflowQuestion: TestPage = {
  html: soHtml,
  name: 'heldout119-stackoverflow-question',
  kind: 'forum',
  // the question, both answers (their list items too) and every comment are body, code blocks in neither list; names and the
  // asked / answered / edited lines and comment dates are bylines; scores, reputation, badge counts, tags, tooltips and menus are
  // furniture; the "Asked / Modified / Viewed" row is in neither list
  title: soTitle,
  headings: [],
  body: texts([...soQ, ...question.comments.map((c) => c.text), ...soA1, ...soA1List, ...answer1.comments.map((c) => c.text), ...soA2]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'asked Feb 11, 2023 at 9:14', 'Marek Halloran', 'edited Feb 11, 2023 at 10:02', 'Priya Sandhu', 'Feb 11, 2023 at 9:20', 'Feb 11, 2023 at 9:31',
    'answered Feb 11, 2023 at 9:41', 'Johan Eklund', 'edited Jun 2, 2025 at 13:40', 'Feb 11, 2023 at 9:58', 'Feb 11, 2023 at 10:12',
    'answered Feb 11, 2023 at 11:05', 'dev_okonkwo',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Stack Overflow', 'About', 'Products', 'OverflowAI', ...soProducts.map(amp), 'Log in', 'Sign up', ...soNav, ...soTeams, 'Ask Question',
    ...sePostTexts('question'), ...sePostTexts('answer'), '23', '41', '6', '1,204', '58.2k', '2,118', '3 silver badges', '11 bronze badges', '9 gold badges',
    'python', 'pandas', 'group-by', '2 Answers', 'Sorted by:', 'Reset to default', 'Highest score (default)', 'Date modified (newest first)',
    'Date created (oldest first)', ...seYourAnswerTexts, 'Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question',
    'Explore related questions', 'See similar questions with these tags.', ...soBlog, ...soMeta, 'Related', ...soRelated.map(([, t]) => t!),
    'Hot Network Questions', ...soHot, 'more hot questions', 'Question feed', ...soFootCols.flatMap(([h, items]) => [h, ...items.map(amp)]), ...soSocial,
    soCopy, ...seCookieTexts('Stack Exchange'),
    ]),
  ],
};
