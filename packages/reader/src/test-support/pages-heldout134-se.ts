import { links, plain } from './page-kit.js';
import {
  type SePost,
  type SeSite,
  seNav,
  seTeams,
  seMenu,
  seAnswerMenu,
  seSort,
  seForm,
  seExplore,
  seSide,
  seFootCompany,
  seFootNetwork,
  seFootSocial,
  seFootSite,
  seCookie,
} from './pages-heldout134-se2.js';

/**
 * Held-out batch 134, Stack Exchange kit: the question page template shared by the Ask Ubuntu (file a3) and Server Fault
 * (file b2) pages as a signed-out visitor saves them: the s-topbar, the left sidebar nav with the Teams promo, the question
 * header with "Ask Question" and the asked / modified / viewed line, the post layout (vote cell, s-prose body, tags, post
 * menu, user cards with reputation and badge counts), comments with their scores, "Add a comment", the answers header with
 * its sort select, the guest "Your Answer" form, the "Explore related questions" box, the right sidebar (blog, meta,
 * linked, related, hot network questions, feed), the site footer and the cookie consent banner.
 */
const seBlocks = (blocks: readonly string[]): string => {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.startsWith('```')) out.push(`<pre class="lang-bash s-code-block"><code class="hljs language-bash">${b.slice(3)}</code></pre>`);
    else if (b.startsWith('> ')) out.push(`<blockquote>\n<p>${b.slice(2)}</p>\n</blockquote>`);
    else if (b.startsWith('- ')) {
      const li = `<li>${b.slice(2)}</li>`;
      if (out.length > 0 && out[out.length - 1]?.endsWith('</ul>')) out[out.length - 1] = `${out[out.length - 1]?.slice(0, -5)}${li}</ul>`;
      else out.push(`<ul>${li}</ul>`);
    } else out.push(`<p>${b}</p>`);
  }
  return out.join('\n');
};
const seBadges = (b: readonly string[]): string =>
  ['gold', 'silver', 'bronze']
    .map((k, i) =>
      b[i]
        ? `<span title="${b[i]} ${k} badge${b[i] === '1' ? '' : 's'}"><span class="badge${i + 1}"></span><span class="badgecount">${b[i]}</span></span>`
        : '',
    )
    .join('');
const seUser = (p: SePost, verb: string): string => `<div class="post-signature owner flex--item"><div class="user-info user-hover">
<div class="user-action-time">${verb} <span title="2025-03-04 21:15:02Z" class="relativetime">${p.when}</span></div>
<div class="user-gravatar32"><a href="/users/${p.id}/"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.example/${p.id}.png"
alt="${p.user}'s user avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/users/${p.id}/${p.user.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${p.user}</a><span class="d-none" itemprop="name">${p.user}</span>
<div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">${p.rep}</span>${seBadges(p.badges)}</div></div></div></div>`;
const seEdited = (p: SePost): string =>
  p.edited
    ? `<div class="post-signature flex--item"><div class="user-info "><div class="user-action-time"><a href="/posts/${p.id}/revisions"
title="show all edits to this post" class="js-gps-track" data-gps-track="post.click({ item: 4, priv: 0, post_type: 2 })">${p.edited}</a></div></div></div>`
    : '';
const seComments = (p: SePost): string => `<div id="comments-${p.id}" class="comments js-comments-container bt bc-black-200 mt12" data-post-id="${p.id}">
<ul class="comments-list js-comments-list" data-remaining-comments-count="0">
${p.comments
  .map(
    (
      c,
      i,
    ) => `<li id="comment-${p.id}${i}" class="comment js-comment " data-comment-id="${p.id}${i}" data-comment-owner-id="9${i}" data-comment-score="${c.score}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">${
      c.score === '0'
        ? ''
        : `<span
title="number of 'useful comment' votes received" class="cool">${c.score}</span>`
    }</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/9${i}/" title="reputation" class="comment-user">${c.user}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${p.id}${i}"><span title="2025-03-05 08:00:00Z, License: CC BY-SA 4.0"
class="relativetime-clean">${c.date}</span></a></span></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div id="comments-link-${p.id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link"
title="Use comments to ask for more information
or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a>${
  p.more
    ? `<span class="js-link-separator">&nbsp;|&nbsp;</span>
<a class="js-show-link comments-link " title="Expand to show all comments on this post" href="#" role="button">${p.more}</a>`
    : ''
}</div>`;
const sePost = (p: SePost, question: boolean, site: SeSite): string => `<div class="post-layout"><div class="votecell post-layout--left">
<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${p.id}">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Up vote" data-selected-classes="fc-theme-primary"><svg></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${p.score}">${p.score}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote"><svg></svg></button>
${
  p.accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" data-s-tooltip-placement="right"
title="Loading when this answer was accepted…" tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg></svg></div></div>`
    : ''
}
</div></div><div class="${question ? 'postcell' : 'answercell'} post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
${seBlocks(p.blocks)}
</div>
${
  question
    ? `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul
class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${site.tags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
rel="tag">${t}</a></li>`,
  )
  .join('')}
</ul></div></div></div>`
    : ''
}
<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2"
data-post-id="${p.id}">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">${(question ? seMenu : seAnswerMenu)
  .map((t) => `<div class="flex--item"><a href="#" class="js-share-link js-gps-track" title="Short permalink to this post">${t}</a></div>`)
  .join('')}</div></div></div>
${seEdited(p)}${seUser(p, question ? 'asked' : 'answered')}</div></div></div>
<span class="d-none" itemprop="commentCount">${p.comments.length}</span><div
class="post-layout--right js-post-comments-component">${seComments(p)}</div></div>`;
export const seHtml = (s: SeSite): string => `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav"><head><title>${s.title} - ${s.name}</title>
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/${s.slug}/Img/favicon.ico"><meta name="viewport"
content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:url" content="https://${s.host}/questions/1548812/"><meta property="og:site_name"
content="${s.name}">
<meta name="twitter:card" content="summary"><meta name="twitter:domain" content="${s.host}"><meta name="twitter:title" property="og:title" itemprop="name"
content="${s.title}">
<meta name="twitter:description" property="og:description" itemprop="description" content="${plain(s.question.blocks[0] ?? '').slice(0, 150)}">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script
src="https://cdn.sstatic.example/Js/stub.en.js?v=2b9d4f5e1c0a"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=0ab3d7e4e9a1"><link rel="stylesheet" type="text/css"
href="https://cdn.sstatic.example/Sites/${s.slug}/primary.css?v=5f8e2c1b">
<link rel="canonical" href="https://${s.host}/questions/1548812/${s.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">
<script>StackExchange.init({"locale":"en","serverTime":1741443200,"routeName":"Questions/Show",
"stackAuthUrl":"https://stackauth.com","networkMetaHostname":"meta.stackexchange.com","site":{"name":"${s.name}"}});</script>
</head><body class="question-page unified-theme">
<div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a><div class="s-topbar--container">
<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar"
aria-expanded="false"><span></span></a>
<a href="https://${s.host}" class="s-topbar--logo js-gps-track"><span class="-img _glyph">${s.name}</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar " autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search on ${s.name}…" value="" aria-label="Search" aria-controls="top-search"
class="s-input s-input__search js-search-field ">
</div></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="https://${s.host}/users/login"
class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" role="menuitem" rel="nofollow">Log in</a></li>
<li role="none"><a href="https://${s.host}/users/signup" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" role="menuitem">Sign
up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav">
<nav role="navigation"><ol class="nav-links">${links(seNav, 'ps-relative')}</ol>
<div class="ps-relative mt16"><div class="s-sidebarwidget"><h2 class="fs-caption fc-black-400 ml8 mt16 mb8">Teams</h2><p
class="fs-caption fc-black-500 px8">${seTeams[0]}</p>
<a href="https://stackoverflow.co/teams/" class="s-btn s-btn__filled s-btn__xs w100 mb8">${seTeams[1]}</a><a href="https://stackoverflow.co/teams/"
class="s-link fs-caption">${seTeams[2]}</a>
</div></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/QAPage"><link itemprop="image"
href="https://cdn.sstatic.example/Sites/${s.slug}/Img/apple-touch-icon.png">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/1548812/" class="question-hyperlink">${s.title}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask
Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2025-03-04 21:15:02Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-03-04T21:15:02">${s.asked}</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-03-07 10:41:19Z">${s.modified}</a></div><div class="flex--item ws-nowrap mb8"
title="Viewed 1,482 times">
<span class="fc-black-400 mr2">Viewed</span>
${s.viewed}</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="1548812" data-position-on-page="0"
data-score="${s.question.score}"
id="question">${sePost(s.question, true, s)}
${s.notice ?? ''}</div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="${s.answers.length}">${s.answers.length} Answers<span style="display:none;"
itemprop="answerCount">${s.answers.length}</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-end"><label class="flex--item fs-caption"
for="answer-sort-dropdown-select-menu">Sorted by:</label>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">${seSort
  .map(
    (o) => `<option
value="${o}">${o}</option>`,
  )
  .join('')}</select></div></div></div></div></div>
${s.answers
  .map(
    (a) => `<a name="${a.id}"></a><div id="answer-${a.id}" class="answer js-answer${a.accepted ? ' accepted-answer js-accepted-answer' : ''}"
data-answerid="${a.id}"
data-parentid="1548812" data-score="${a.score}" data-position-on-page="1" itemprop="${a.accepted ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope
itemtype="https://schema.org/Answer">
${sePost(a, false, s)}</div>`,
  )
  .join('\n')}
<form id="post-form" action="/questions/1548812/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space">${seForm[0]}</h2>
<div id="post-editor" class="post-editor js-post-editor"><div class="wmd-container mb8"><textarea id="wmd-input" name="post-text"
class="wmd-input s-input bar0 js-post-body-field"
data-post-type-id="2" cols="92" rows="15" aria-labelledby="your-answer-header"></textarea></div>
<aside class="s-notice s-notice__info post-form--guidelines js-answer-help" role="status"><p>${seForm[1]}</p><ul><li>${seForm[3]}</li></ul><p>${seForm[2]}</p>
<ul><li>${seForm[4]}</li></ul><p>${seForm[5]}</p></aside></div>
<div class="js-login-or-signup"><h2 class="space">${seForm[6]}</h2><div class="d-flex fd-column"><button
class="s-btn s-btn__icon s-btn__google">${seForm[7]}</button>
<a class="s-btn s-btn__icon s-btn__outlined" href="/users/signup">${seForm[8]}</a></div></div>
<div class="js-post-as-guest"><h2 class="space">${seForm[9]}</h2><label for="display-name" class="s-label">${seForm[10]}</label><input id="display-name"
type="text" class="s-input">
<label for="m-address" class="s-label">${seForm[11]}</label><p class="s-description">${seForm[12]}</p><input id="m-address" type="email" class="s-input"></div>
<div class="form-submit cbt grid gsx gs4 p0 mt32"><button id="submit-button" class="flex--item s-btn s-btn__filled" type="submit">${seForm[13]}</button>
<button class="flex--item s-btn s-btn__danger discard-answer dno">${seForm[14]}</button><p
class="flex--item mt8 fs-caption fc-black-400 js-tos-notice">${seForm[15]}</p></div></form>
<div class="s-card mt32"><h2>${seExplore[0]}</h2><p>${seExplore[1]}</p><a href="/questions/ask" class="s-btn s-btn__filled">${seExplore[2]}</a>
<h2 class="mt24">${seExplore[3]}</h2><ul class="d-flex list-ls-none">${s.tags
  .map(
    (t) => `<li><a href="/questions/tagged/${t}"
class="s-tag post-tag">${t}</a></li>`,
  )
  .join('')}</ul>
<p>${seExplore[4]}</p></div></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div
class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1">
<ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">${seSide[0]}</li>
${s.blog
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl0"><svg></svg></div><div class="flex--item wmn0 ow-break-word"><a
href="https://stackoverflow.blog/">${t}</a></div></li>`,
  )
  .join('\n')}
<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">${seSide[1]}</li>
${s.meta
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a
href="https://meta.stackexchange.com/">${t}</a></div></li>`,
  )
  .join('\n')}
</ul></div>
<div class="module sidebar-related"><h4 id="h-related">${seSide[2]}</h4><div class="related js-gps-related-questions" data-tracker="rq=1">
${s.related
  .map(
    ([v, t]) => `<div class="spacer"><a href="/q/1" title="Vote score"><div class="answer-votes answered-accepted default">${v}</div></a><a
href="/questions/1" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}
</div></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">${seSide[3]}</a></h4>
<ul>${s.hot
  .map(
    (t) => `<li><div class="favicon favicon-site" title="another site"></div><a href="https://stackexchange.com/q/1"
class="question-hyperlink">${t}</a></li>`,
  )
  .join('\n')}</ul></div>
<div id="feed-link"><div id="feed-link-text"><a href="/feeds/question/1548812"
title="Feed of this question and its answers"><svg></svg>${seSide[4]}</a></div></div>
<div class="s-modal" aria-hidden="true"><h1 class="s-modal--header">${seSide[5]}</h1><p>${seSide[6]}</p><input class="s-input"
value="https://${s.host}/feeds/question/1548812"></div>
</div></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-light__forced" role="contentinfo"><div class="site-footer--container"><a class="site-footer--logo"
href="https://${s.host}">
<svg></svg></a><nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="https://${s.host}">${s.name}</a></h5>
<ul class="-list js-primary-footer-links">${links(seFootSite, '-item')}</ul></div><div class="site-footer--col"><h5 class="-title">Company</h5><ul
class="-list">${links(seFootCompany, '-item')}</ul></div>
<div class="site-footer--col site-footer--categories-nav"><h5 class="-title"><a href="https://stackexchange.com">Stack Exchange Network</a></h5><ul
class="-list">${links(seFootNetwork, '-item')}</ul></div></nav>
<div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8">${links(seFootSocial, '-item')}</ul>${
  s.footerNote
    ? `<p
class="md:mb0">${s.footerNote}</p>`
    : ''
}
<p class="md:mb0"><span class="td-underline">Site design / logo © 2025 Stack Exchange Inc</span>; user contributions licensed under <span
class="td-underline"><a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span>.
<span id="svnrev">rev 2025.3.7.23251</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy"><h2
id="onetrust-policy-title">${seCookie[0]}</h2>
<div id="onetrust-policy-text">${seCookie[1]}</div></div></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">${seCookie[2]}</button><button id="onetrust-reject-all-handler">${seCookie[3]}</button>
<button id="onetrust-pc-btn-handler">${seCookie[4]}</button></div></div></div></div></div></div>
<script>StackExchange.ready(function () {
StackExchange.question.init({votesCast:[],canViewVoteCounts:true,totalCommentCount:${s.question.comments.length},questionId:1548812}); });</script>
</body></html>`;
