import { type TestPage, texts } from './page-kit.js';
import { githubDiscussion } from './pages-heldout108-f2.js';
import {
  soTitle,
  soQ,
  soQCode,
  soA1,
  soA1Code1,
  soA1Code2,
  soA2,
  soA2Code,
  soComments,
  soNav,
  soTeams,
  soTags,
  soSort,
  soForm,
  soBlog,
  soMeta,
  soRelated,
  soHot,
  soFoot,
  soCopy,
  soCookie,
} from './pages-heldout108-f3.js';

/**
 * Held-out batch 108, file f: a Stack Overflow question with two answers as a signed-out visitor saves it (the s-topbar with
 * "Products", search, "Log in" and "Sign up", the left sidebar with its Teams promo, the question header with "Ask Question"
 * and the Asked / Modified / Viewed line, vote cells, tags, the post menus, user cards with reputation and badge counts,
 * "edited" signatures, comments with scores, "Add a comment", the answers header with the sort menu, the accepted-answer
 * mark, the "Your Answer" form with its guest fields and notices, "Explore related questions", the right sidebar (Overflow
 * Blog, Featured on Meta, Related, Hot Network Questions), the footer and the cookie consent banner) and, from file f2, a
 * GitHub Discussions thread.
 */
const soP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const soPre = (c: string): string => `<pre class="lang-ts s-code-block"><code class="hljs language-typescript">${c}</code></pre>`;
const soVote = (
  id: number,
  n: string,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300"
data-post-id="${id}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote"><svg
class="svg-icon iconArrowUp"></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${n}">${n}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote"><svg class="svg-icon iconArrowDown"></svg></button></div>
</div>`;
const soMenu = (
  id: number,
  what: string,
): string => `<div class="js-post-menu pt2" data-post-id="${id}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/a/${id}" rel="nofollow" class="js-share-link js-gps-track" title="Short permalink to this ${what}">Share</a></div>
<div class="flex--item"><a href="/posts/${id}/edit" class="js-suggest-edit-post js-gps-track">Improve this ${what}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-gps-track">Follow</button></div></div></div>`;
const soSig = (
  action: string,
  time: string,
  name: string,
  rep: string,
  badges: string,
): string => `<div class="post-signature flex--item"><div class="user-info user-hover">
<div class="user-action-time">${action} <span class="relativetime">${time}</span></div><div class="user-gravatar32"><a href="/users/${rep}"><div
class="gravatar-wrapper-32">
<img src="https://i.sstatic.example/avatar.png" alt="${name}'s user avatar" width="32" height="32"></div></a></div><div class="user-details"
itemprop="author" itemscope
itemtype="http://schema.org/Person"><a href="/users/${rep}/${name.toLowerCase().replace(/ /g, '-')}">${name}</a><div class="-flair"><span
class="reputation-score"
title="reputation score" dir="ltr">${rep}</span> <span title="badges" aria-hidden="true">${badges}</span></div></div></div></div>`;
const soEdited = (
  time: string,
): string => `<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time"><a href="/posts/revisions"
title="show all edits to this post" class="js-gps-track">edited <span class="relativetime">${time}</span></a></div></div></div>`;
const soComment = (c: (typeof soComments)[number]): string => `<li id="comment-${c.id}" class="comment js-comment" data-comment-id="${c.id}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score"><span class="cool">${c.score}</span></div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">– <a href="/users/${c.id}" class="comment-user">${c.name}</a></div><span class="comment-date" dir="ltr"><a
class="comment-link"
href="#comment_${c.id}"><span class="relativetime-clean">${c.time}</span></a></span></div></div></li>`;
const soSide = (
  items: readonly string[],
): string => `<div class="s-sidebarwidget"><div class="s-sidebarwidget--header">${items[0]}</div><ul class="s-sidebarwidget--content">
${items
  .slice(1)
  .map((t) => `<li class="s-sidebarwidget--item"><a href="/q/${t.length}" class="js-gps-track">${t}</a></li>`)
  .join('\n')}</ul></div>`;
const soHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive html__unpinned-leftnav" lang="en"><head>
<title>typescript - ${soTitle} - Stack Overflow</title>
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/stackoverflow/Img/favicon.ico"><meta name="viewport"
content="width=device-width, height=device-height, initial-scale=1.0">
<meta property="og:type" content="website"><meta property="og:site_name" content="Stack Overflow"><meta name="twitter:title" property="og:title"
itemprop="name" content="${soTitle}">
<link rel="canonical" href="https://stackoverflow.com/questions/75623418/why-doesnt-array-filter-narrow-a-union-type" /><link rel="stylesheet"
href="https://cdn.sstatic.example/Shared/stacks.css">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script>
<script>StackExchange.init({"locale":"en","serverTime":1762300000,"stackAuthUrl":"https://stackauth.com"});</script>
</head><body class="question-page unified-theme"><div id="notify-container"></div><header class="s-topbar ps-fixed t0 l0 js-top-bar"><div
class="s-topbar--container">
<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span>
</span></a>
<a class="s-topbar--logo js-gps-track" href="https://stackoverflow.com"><span class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation"
role="presentation">
<li><a href="https://stackoverflow.co/" class="s-navigation--item js-gps-track js-products-menu" aria-controls="products-popover">Products</a></li></ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search…" aria-label="Search" maxlength="240" class="s-input s-input__search js-search-field"></div>
</form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="/users/login"
class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap">Log in</a></li>
<li role="none"><a href="/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap">Sign up</a></li></ol></nav></div>
</header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation">
<ol class="nav-links">${soNav
  .map(
    (t) => `<li class="ps-relative"><a href="/${t.toLowerCase()}" class="pl8 js-gps-track nav-links--link"><div
class="flex--item truncate">${t}</div></a></li>`,
  )
  .join('\n')}
</ol><div class="ps-relative"><div class="s-sidebarwidget--header">Teams</div><p>${soTeams[0]}</p><a href="https://try.stackoverflow.co/"
class="s-btn s-btn__filled">${soTeams[1]}</a>
<a href="https://stackoverflow.co/teams/" class="s-btn">${soTeams[2]}</a></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/75623418/why-doesnt-array-filter"
class="question-hyperlink">${soTitle}</a></h1><div class="ml12 aside-cta flex--item print:d-none"><a class="ws-nowrap s-btn s-btn__filled"
href="/questions/ask">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2023-03-03 14:22:05Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2023-03-03T14:22:05">2 years, 8 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-09-12 08:10:44Z">1 month ago</a></div><div class="flex--item ws-nowrap mb8"
title="Viewed 4,312 times">
<span class="fc-black-400 mr2">Viewed</span> 4k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="75623418" id="question"><div
class="post-layout">${soVote(75623418, '12')}
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${soP(soQ.slice(0, 1))}${soPre(soQCode)}${soP(soQ.slice(1))}</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${soTags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a>
</li>`,
  )
  .join('')}</ul></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">${soMenu(75623418, 'question')}</div>
${soEdited('Mar 3, 2023 at 15:01')}${soSig(
  'asked',
  'Mar 3, 2023 at 14:22',
  'Tomasz Wierzbicki',
  '1,284',
  '3 gold badges 11 silver badges 24 bronze badges',
)}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div id="comments-75623418" class="comments js-comments-container bt bc-black-075 mt12"><ul
class="comments-list js-comments-list">
${soComments.slice(0, 2).map(soComment).join('\n')}</ul></div><div id="comments-link-75623418"><a class="js-add-link comments-link disabled-link" href="#"
role="button">Add a comment</a></div></div>
</div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">2 Answers</h2></div>
<div class="flex--item"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label><a
class="js-sort-preference-change s-link flex--item fs-fine d-none"
href="#">Reset to default</a><div class="flex--item s-select"><select
id="answer-sort-dropdown-select-menu">${soSort.map((t) => `<option>${t}</option>`).join('')}</select></div></div></div></div>
<div id="answer-75624007" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="75624007" itemprop="acceptedAnswer" itemscope
itemtype="https://schema.org/Answer">
<div class="post-layout">${soVote(75624007, '18')}<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" role="note" aria-label="Accepted">
<svg aria-hidden="true" class="svg-icon iconCheckmarkLg"></svg></div><div class="answercell post-layout--right"><div class="s-prose js-post-body"
itemprop="text">
${soP(soA1.slice(0, 2))}${soPre(soA1Code1)}${soP(soA1.slice(2, 3))}${soPre(soA1Code2)}<p><strong>Update:</strong> ${soA1[3]}</p></div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16">${soMenu(75624007, 'answer')}</div>
${soEdited('Jul 1, 2024 at 08:55')}${soSig(
  'answered',
  'Mar 3, 2023 at 15:12',
  'Lena Marchetti',
  '38.2k',
  '7 gold badges 61 silver badges 102 bronze badges',
)}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div class="comments js-comments-container"><ul
class="comments-list js-comments-list">${soComment(soComments[2]!)}</ul></div>
<div><a class="js-add-link comments-link disabled-link" href="#" role="button">Add a comment</a></div></div></div></div>
<div id="answer-75627731" class="answer js-answer" data-answerid="75627731" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div
class="post-layout">
${soVote(75627731, '3')}<div class="answercell post-layout--right"><div class="s-prose js-post-body"
itemprop="text">${soP(soA2.slice(0, 1))}${soPre(soA2Code)}${soP(soA2.slice(1))}</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16">${soMenu(75627731, 'answer')}</div>
${soSig('answered', 'Mar 4, 2023 at 07:30', 'Ruben Vos', '2,047', '2 silver badges 9 bronze badges')}</div></div></div>
<div class="post-layout--right"><a class="js-add-link comments-link disabled-link" href="#" role="button">Add a comment</a></div></div></div>
<form id="post-form" action="/questions/75623418/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space">Your Answer</h2>
<div class="js-answer-help"><p>${soForm[0]}</p><ul><li>${soForm[1]}</li></ul><p>But <em>avoid</em> …</p><ul><li>${soForm[2]}</li><li>${soForm[3]}</li></ul>
<p>${soForm[4]}</p></div><div class="wmd-container"><textarea id="wmd-input" name="post-text" cols="92" rows="15"></textarea></div>
<div class="js-new-login-form"><h2>${soForm[5]}</h2><a class="s-btn">${soForm[6]}</a><a class="s-btn">${soForm[7]}</a></div><div class="js-guest-form">
<h2>${soForm[8]}</h2>
<label for="display-name">Name</label><input id="display-name" type="text"><label for="m-address">Email</label><input id="m-address" type="email">
<p>${soForm[9]}</p></div>
<button id="submit-button" class="s-btn s-btn__primary" type="submit">${soForm[10]}</button><button
class="s-btn s-btn__danger s-btn__link js-discard-question" type="button">${soForm[11]}</button>
<p class="js-tos-notice">${soForm[12]}</p></form>
<h2 class="bottom-notice" data-loc="1">Start asking to get answers</h2><p>Find the answer to your question by asking.</p><a href="/questions/ask"
class="s-btn">Ask question</a>
<h2 class="bottom-notice">Explore related questions</h2><ul>${soTags
  .map(
    (t) => `<li><a href="/questions/tagged/${t}" class="s-tag post-tag">${t}</a>
</li>`,
  )
  .join('')}</ul>
<p>See similar questions with these tags.</p></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">${soSide(soBlog)}${soSide(soMeta)}<div class="module sidebar-related"><h4
id="h-related">Related</h4>
<div class="related js-gps-related-questions">${soRelated
  .map(
    (t, i) => `<div class="spacer"><a href="/q/${i}"><div class="answer-votes answered-accepted">${i + 4}</div></a>
<a href="/questions/${i}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>${soSide(soHot)}
<div id="feed-link"><a href="/feeds/question/75623418" title="Feed of this question and its answers">Question feed</a></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">${soFoot
  .map(
    (t) => `<a
href="/${t.length}" class="js-gps-track -link">${t}</a>`,
  )
  .join('\n')}
</nav><p class="site-footer--copyright fs-fine md:mt24">${soCopy}</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><h2
id="onetrust-policy-title">${soCookie[0]}</h2>
<p id="onetrust-policy-text">${soCookie[1]}</p><button id="onetrust-accept-btn-handler">${soCookie[2]}</button><button
id="onetrust-reject-all-handler">${soCookie[3]}</button>
<button id="onetrust-pc-btn-handler">${soCookie[4]}</button></div></div></div></body></html>`;
const stackOverflow: TestPage = {
  html: soHtml,
  name: 'heldout108-stackoverflow-question-forum',
  kind: 'forum',
  // the question, both answers and the three comments are body (the "Update:" label is part of its paragraph); code
  // blocks are in neither list; names, post times, "edited" times, "Asked" / "Modified" and their values are bylines;
  // votes, reputation, badges, tags, menus, the answer form, sidebars, footer and cookie banner are furniture
  title: soTitle,
  headings: [],
  body: [
    ...texts([...soQ]),
    ...soComments.slice(0, 2).map((c) => c.text),
    ...texts([...soA1.slice(0, 3), `<strong>Update:</strong> ${soA1[3]}`]),
    soComments[2]!.text,
    ...texts(soA2),
  ],
  bylines: [
    'asked Mar 3, 2023 at 14:22',
    'edited Mar 3, 2023 at 15:01',
    'Tomasz Wierzbicki',
    'Asked',
    '2 years, 8 months ago',
    'Modified',
    '1 month ago',
    ...soComments.flatMap((c) => [c.name, c.time]),
    'answered Mar 3, 2023 at 15:12',
    'edited Jul 1, 2024 at 08:55',
    'Lena Marchetti',
    'answered Mar 4, 2023 at 07:30',
    'Ruben Vos',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stack Overflow', 'Products', 'Log in', 'Sign up', ...soNav, 'Teams', ...soTeams, 'Ask Question', 'Viewed 4k times', '12', '18', ...soTags, 'Share',
    'Improve this question', 'Improve this answer', 'Follow', '1,284', '3 gold badges 11 silver badges 24 bronze badges', '38.2k',
    '7 gold badges 61 silver badges 102 bronze badges',
    '2,047', '2 silver badges 9 bronze badges', 'Add a comment', '2 Answers', 'Sorted by:', 'Reset to default', ...soSort, 'Your Answer', ...soForm,
    'But avoid …',
    'Name', 'Email', 'Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question', 'Explore related questions',
    'See similar questions with these tags.', ...soBlog, ...soMeta, 'Related', ...soRelated, ...soHot, 'Question feed', ...soFoot, soCopy, ...soCookie,
  ],
};

export const HELDOUT108_F: readonly TestPage[] = [stackOverflow, githubDiscussion];
