import { links, type TestPage, texts } from './page-kit.js';
import * as s from './pages-heldout87-f4.js';

/**
 * Held-out batch 87, file f2: a question with two answers on a Stack Exchange network site (the top bar with "Log in" and
 * "Sign up", the left sidebar with the Teams promo, the question header with "Ask Question" and the asked / modified /
 * viewed line, vote cells with counts and screen-reader labels, the accepted-answer mark, tags, the post menus, the
 * "asked" / "edited" / "answered" signatures with reputation and badge counts, comments with scores, users and dates, "Add a
 * comment", the answers header with the sort menu, the "Start asking to get answers" box, the right sidebar with "The
 * Overflow Blog", "Featured on Meta", "Related" and "Hot Network Questions", the footer and the cookie consent banner).
 */
const vote = (p: s.SePost, accepted: boolean): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column
ai-center gs4 fc-black-300" data-post-id="${p.id}"><button class="js-vote-up-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill"
aria-pressed="false" aria-label="Up vote" data-controller="s-tooltip" data-s-tooltip-placement="right"><svg class="svg-icon iconArrowUp"></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${p.score}">${p.score}</div><button class="js-vote-down-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill" aria-pressed="false"
aria-label="Down vote"><svg class="svg-icon iconArrowDown"></svg></button>${
  accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" data-s-tooltip-placement="right" title="Loading when this answer was
accepted…" tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg class="svg-icon iconCheckmarkLg"></svg></div></div>`
    : ''
}<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" aria-label="Save"><svg class="fc-theme-primary-500 js-saves-btn-selected
d-none svg-icon iconBookmark"></svg></button><a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${p.id}/timeline"
data-shortcut="T" aria-label="Timeline"><svg class="mln2 mr0 svg-icon iconHistory"></svg></a></div></div>`;
const comment = (c: s.SeComment, i: number): string => `<li id="comment-${9100 + i}" class="comment js-comment" data-comment-id="${9100 + i}"
data-comment-score="${c.score ?? 0}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">${
  c.score ? `<span title="number of &#39;useful comment&#39; votes received" class="cool">${c.score}</span>` : ''
}</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">–&nbsp;<a href="/users/${c.user.length}/${c.user.toLowerCase().replace(/ /g, '-')}" title="${c.rep} reputation"
class="comment-user">${c.user}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${9100 + i}_${i}"><span
title="2025-08-14 09:30:11Z, License: CC BY-SA 4.0" class="relativetime-clean">${c.date}</span></a></span></div></div></li>`;
const sig = (p: s.SePost, owner: boolean): string => `<div class="post-signature${owner ? ' owner' : ''} flex--item"><div class="user-info user-hover">
<div class="user-action-time">${p.action.replace(/ (\w{3} \d+, 2025 at [\d:]+)$/, ' <span title="2025-08-14 09:12:33Z" class="relativetime">$1</span>')}</div>
<div class="user-gravatar32"><a href="/users/${p.user.length}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.example/avatar-${p.id}.png"
alt="${p.user}'s user avatar" width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a href="/users/${p.user.length}/${p.user.toLowerCase().replace(/ /g, '-')}">${p.user}</a><span class="d-none"
itemprop="name">${p.user}</span><div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">${p.rep}</span><span
title="${p.badges[0]} gold badges" aria-hidden="true"><span class="badge1"></span><span class="badgecount">${p.badges[0]}</span></span><span
class="v-visible-sr">${p.badges[0]} gold badges</span><span title="${p.badges[1]} silver badges" aria-hidden="true"><span class="badge2"></span><span
class="badgecount">${p.badges[1]}</span></span><span class="v-visible-sr">${p.badges[1]} silver badges</span><span title="${p.badges[2]} bronze badges"
aria-hidden="true"><span class="badge3"></span><span class="badgecount">${p.badges[2]}</span></span><span class="v-visible-sr">${p.badges[2]} bronze badges
</span></div></div></div></div>`;
const body = (p: s.SePost): string =>
  [
    ...p.body.map((t) => `<p>${t}</p>`),
    p.list ? `<ul>${p.list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : '',
    ...(p.after ?? []).map((t) => `<p>${t}</p>`),
  ].join('\n');
const post = (p: s.SePost, kind: 'question' | 'answer', accepted = false): string => `<div class="post-layout">${vote(p, accepted)}
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${body(p)}</div>${
  kind === 'question'
    ? `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none
js-post-tag-list-wrapper d-inline">${s.seTags
        .map(
          (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" title="show questions tagged
'${t}'" aria-label="show questions tagged '${t}'" rel="tag">${t}</a></li>`,
        )
        .join('\n')}</ul></div></div></div>`
    : ''
}<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2"
data-post-id="${p.id}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/${p.id}" rel="nofollow" itemprop="url"
class="js-share-link js-gps-track" title="Short permalink to this ${kind}">${s.sePostMenu[0]}</a></div><div class="flex--item"><a href="/posts/${p.id}/edit"
class="js-suggest-edit-post js-gps-track">${kind === 'question' ? s.sePostMenu[1] : s.sePostMenu[3]}</a></div><div class="flex--item"><button type="button"
class="s-btn s-btn__link js-follow-post js-gps-track">${s.sePostMenu[2]}</button></div></div></div></div>${
  p.edited
    ? `<div class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time"><a href="/posts/${p.id}/revisions"
title="show all edits to this post" class="js-gps-track">${p.edited}</a></div></div></div>`
    : ''
}${sig(p, kind === 'question')}</div></div></div><span class="d-none" itemprop="commentCount">${p.comments.length}</span><div class="post-layout--right
js-post-comments-component"><div id="comments-${p.id}" class="comments js-comments-container bt bc-black-200 mt12" data-post-id="${p.id}"><ul
class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false">${p.comments.map(comment).join('\n')}</ul></div>
<div id="comments-link-${p.id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more
information or suggest improvements. Avoid answering questions in comments." href="#" role="button">${s.seCommentLink}</a></div></div></div>`;
const answer = (
  p: s.SePost,
  i: number,
): string => `<a name="${p.id}"></a><div id="answer-${p.id}" class="answer js-answer${i === 0 ? ' accepted-answer js-accepted-answer' : ''}"
data-answerid="${p.id}" data-parentid="${s.seQuestion.id}" data-score="${p.score}" data-position-on-page="${i + 1}"
itemprop="${i === 0 ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope itemtype="https://schema.org/Answer">${post(p, 'answer', i === 0)}</div>`;
const side = (h: string, items: string): string => `<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16"><ul class="d-block
p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">${h}</li>${items}</ul></div>`;
const html = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head><title>electrical - ${s.seTitle} - ${s.seSite} Stack Exchange</title>
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/homerepair/Img/favicon.ico?v=4c8d1a9e"><meta name="viewport" content="width=device-width,
height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website"><meta property="og:title" content="${s.seTitle}">
<meta name="twitter:card" content="summary"><meta name="twitter:domain" content="homerepair.stackexchange.example"><link rel="canonical"
href="https://homerepair.stackexchange.example/questions/41872/gfci-outlet-in-the-basement-trips-only-when-the-dehumidifier-starts">
<script src="https://ajax.googleapis.example/ajax/libs/jquery/3.7.1/jquery.min.js"></script><script defer
src="https://cdn.sstatic.example/Js/stub.en.js?v=58a6ea0b"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=b28d9f2f"><script>StackExchange.init({"locale":"en",
"serverTime":1762905600,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.example","networkMetaHostname":"meta.stackexchange.example",
"site":{"name":"Home Repair","description":"Q&A for contractors and serious DIYers","isNoticesTabEnabled":true},"user":{"fkey":"","isAnonymous":true}});
</script></head>
<body class="question-page unified-theme floating-content"><div id="notify-container"></div><div id="custom-header"></div><header class="s-topbar
ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a><div class="s-topbar--container"><a href="#"
class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a>
<div class="topbar-dialog leftnav-dialog js-leftnav-dialog dno"></div><a href="https://homerepair.stackexchange.example" class="s-topbar--logo network-logo"
data-gps-track="stack_exchange_popup.show"><img class="h100 w-auto" src="https://cdn.sstatic.example/Sites/homerepair/Img/logo.svg" alt="${s.seSite}"></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search on Home Repair…" aria-label="Search" maxlength="240" class="s-input s-input__search
js-search-field"></div></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a
href="https://homerepair.stackexchange.example/users/login" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track"
role="menuitem" rel="nofollow">Log in</a></li><li role="none"><a href="https://homerepair.stackexchange.example/users/signup" class="s-topbar--item
s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" role="menuitem" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container
js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${s.seLeftNav
  .map(
    (t) => `<li class="ps-relative${t === 'Questions' ? ' youarehere' : ''}"><a href="/${t.toLowerCase()}" class="pl8 js-gps-track nav-links--link"
aria-current="${t === 'Questions' ? 'true' : 'false'}"><div class="d-flex ai-center"><div class="flex--item truncate">${t}</div></div></a></li>`,
  )
  .join('\n')}</ol></nav><div class="js-freemium-cta ps-relative mt32 mb8"><div class="fs-fine tt-uppercase fc-black-600 mb12">${s.seTeams[0]}</div><div
class="bt bl bb br bc-black-225 p12 pb6 fc-black-600 blr-sm overflow-hidden"><strong class="fc-black-750 mb6">${s.seTeams[1]}</strong><a
href="https://try.stackoverflow.example/teams"
class="w100 s-btn s-btn__primary s-btn__xs bg-orange-400">${s.seTeams[2]}</a><a href="https://stackoverflow.example/teams" class="w100 s-btn s-btn__muted
s-btn__xs">${s.seTeams[3]}</a></div></div></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.example/Sites/homerepair/Img/apple-touch-icon.png"><div class="inner-content clearfix"><div id="question-header" class="d-flex
sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/41872/gfci-outlet-in-the-basement-trips-only-when-the-dehumidifier-starts"
class="question-hyperlink">${s.seTitle}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask"
class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-200">${s.seMeta
  .map(
    (m) => `<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">${m[0]}</span>
${m[1]}</div>`,
  )
  .join('\n')}</div><div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="${s.seQuestion.id}"
data-position-on-page="0" data-score="${s.seQuestion.score}" id="question">${post(s.seQuestion, 'question')}</div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">${s.seAnswerHead[0]}<span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div class="d-flex g4 gsx
ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column lh-sm"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">
${s.seAnswerHead[1]}</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc" href="#">${s.seAnswerHead[2]}</a></div>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">${s.seAnswerHead
  .slice(3)
  .map((o, i) => `<option value="${i}"${i === 0 ? ' selected="selected"' : ''}>${o}</option>`)
  .join('')}</select></div></div></div></div></div>
${s.seAnswers.map(answer).join('\n')}
<h2 class="bottom-notice" data-loc="1"><div class="d-flex fd-column ai-center p16 bg-black-100 bar-md"><p
class="fs-title">${s.seBottom[0]}</p><p>${s.seBottom[1]}</p>
<a href="/questions/ask" class="s-btn s-btn__filled">${s.seBottom[2]}</a></div></h2><h2 class="bottom-notice" data-loc="2">${s.seBottom[3]}<span>
${s.seBottom[4]}</span></h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">${side(
  s.seMetaSide[0] ?? '',
  links(s.seBlog.slice(0, 1), 's-sidebarwidget--item d-flex px16'),
)}${side(s.seMetaSide[1] ?? '', links(s.seBlog.slice(1), 's-sidebarwidget--item d-flex px16'))}<div class="module sidebar-related"><h4
id="h-related">${s.seMetaSide[2]}</h4>
<div class="related js-gps-related-questions">${s.seRelated
  .map(
    (r) => `<div class="spacer"><a href="/q/${r[0]}" title="Vote score (upvotes - downvotes)"><div class="answer-votes answered-accepted">${r[0]}</div></a><a
href="/questions/${r[0]}/x" class="question-hyperlink">${r[1]}</a></div>`,
  )
  .join('\n')}</div></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.example/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">${s.seMetaSide[3]}</a></h4><ul>${links(s.seHot)}</ul></div></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-light__forced" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav">
<div class="site-footer--col"><h5 class="-title"><a href="https://homerepair.stackexchange.example">${s.seFooterHead[0]}</a></h5><ul class="-list">
${links(s.seFooterSite, '-item')}</ul></div><div class="site-footer--col"><h5 class="-title">${s.seFooterHead[1]}</h5><ul class="-list">
${links(s.seFooterCompany, '-item')}</ul></div><div class="site-footer--col"><h5 class="-title"><a
href="https://stackexchange.example">${s.seFooterHead[2]}</a></h5>
<ul class="-list">${links(s.seFooterNetwork, '-item')}</ul></div></nav><div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8">
${links(s.seFooterSocial, '-item')}</ul><p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under <span
class="td-underline"><a href="https://stackoverflow.example/help/licensing">CC BY-SA</a></span> . <span id="svnrev">rev
2025.11.11.37012</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div role="dialog"
aria-modal="true" aria-label="${s.seCookie[0]}"><div class="ot-sdk-container"><h2 id="onetrust-policy-title">${s.seCookie[0]}</h2><div
id="onetrust-policy-text">
By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our <a
href="https://stackoverflow.example/legal/cookie-policy">Cookie Policy</a>.</div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">
${s.seCookie[2]}</button><button id="onetrust-reject-all-handler">${s.seCookie[3]}</button><button id="onetrust-pc-btn-handler">${s.seCookie[4]}</button></div>
</div></div></div></div>
<script>StackExchange.ready(function () { StackExchange.question.init({ votesCast: [], canViewVoteCounts: true, questionId: 41872 });
});</script></body></html>`;
const posts = [s.seQuestion, ...s.seAnswers];
export const stackExchangePage: TestPage = {
  html,
  name: 'heldout87-stackexchange-forum',
  kind: 'forum',
  // the question, the answers and every comment are body; names, the asked / edited / answered lines and comment dates are
  // bylines; vote counts, comment scores, reputation and badge counts, tags, post menus and the answers header are furniture
  title: s.seTitle,
  headings: [],
  body: texts(posts.flatMap((p) => [...p.body, ...(p.list ?? []), ...(p.after ?? []), ...p.comments.map((c) => c.text)])),
  bylines: [...new Set(posts.flatMap((p) => [p.action, ...(p.edited ? [p.edited] : []), p.user, ...p.comments.flatMap((c) => [c.user, c.date])]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Log in', 'Sign up', ...s.seLeftNav, ...s.seTeams, 'Ask Question', ...s.seMeta.flat(),
    ...s.seTags.filter((t) => t !== 'basement'), ...s.sePostMenu,
    ...posts.flatMap((p) => [p.score, p.rep, ...p.badges.map((b, i) => `${b} ${['gold', 'silver', 'bronze'][i]} badges`)]),
    ...posts.flatMap((p) => p.comments.flatMap((c) => (c.score ? [c.score] : []))), s.seCommentLink, ...s.seAnswerHead, ...s.seBottom, ...s.seMetaSide,
    ...s.seBlog, ...s.seRelated.flat(), ...s.seHot, ...s.seFooterHead, ...s.seFooterSite, ...s.seFooterCompany, ...s.seFooterNetwork, ...s.seFooterSocial,
    s.seLicence, ...s.seCookie,
  ])],
};
