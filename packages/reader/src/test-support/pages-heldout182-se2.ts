import { links, plain, texts } from './page-kit.js';
import {
  badgeText,
  blocksBody,
  blocksHeads,
  post,
  type SePost,
  type SeQuestion,
  seCookie,
  seCopy,
  seFootCo,
  seFootNet,
  seFootSite,
  seForm,
  seHelp,
  seNav,
  seNotAnswer,
  seSocial,
  seSort,
  seTeams,
} from './pages-heldout182-se.js';

/** Held-out batch 182, the Stack Exchange question page (template of pages-heldout182-se.ts) and its gold. */
const widget = (
  title: string,
  items: readonly string[],
  cls: string,
): string => `<div class="s-sidebarwidget s-sidebarwidget__${cls} s-anchors s-anchors__grayscale
mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-block">${title}</li>
${items
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon
iconPencilSm" width="14" height="14" viewBox="0 0 14 14"></svg></div><div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/2025/11/"
class="js-gps-track" title="">${t}</a></div></li>`,
  )
  .join('\n')}
</ul></div>`;

/** The whole question page. */
export function sePage(q: SeQuestion): string {
  const s = q.site;
  const id = q.q.id;
  const n = q.answers.length;
  return `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en">
<head>
<title>${q.tags[0]} - ${plain(q.title).replace(/ \[duplicate\]$/, '')} - ${s.name}</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/${s.key}/Img/favicon.ico?v=2f3f4a1b5c6d">
<link rel="apple-touch-icon" href="https://cdn.sstatic.net/Sites/${s.key}/Img/apple-touch-icon.png?v=7b1c2d3e4f50">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website">
<meta property="og:url" content="https://${s.host}/questions/${id}/${q.slug}">
<meta property="og:site_name" content="${s.name}">
<meta name="twitter:card" content="summary">
<meta name="twitter:domain" content="${s.host}">
<meta name="twitter:title" property="og:title" itemprop="name" content="${plain(q.title)}">
<meta name="twitter:description" property="og:description" itemprop="description" content="${plain(blocksBody(q.q.blocks)[0] ?? '').slice(0, 150)}">
<link rel="canonical" href="https://${s.host}/questions/${id}/${q.slug}">
<link rel="alternate" type="application/atom+xml" title="Feed for question" href="/feeds/question/${id}">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script>
<script defer src="https://cdn.sstatic.net/Js/third-party/npm/@stackoverflow/stacks/dist/js/stacks.min.js?v=d5f780ae3281"></script>
<script src="https://cdn.sstatic.net/Js/stub.en.js?v=5a2a8f6b11c4"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=b2b5ae3e1e44">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/${s.key}/primary.css?v=8f0c0e1e5a4d">
${q.head ?? ''}
<script>
StackExchange.init({"locale":"en","serverTime":1762430000,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
"networkMetaHostname":"meta.stackexchange.com","site":{"name":"${s.name}","description":"Q&A","isNoticesTabEnabled":true,"enableNewTagCreationWarning":true,
"insertSpaceAfterNameTabCompletion":false,"id":${s.key.length + 60}},"user":{"fkey":"","tid":"4d1a6c2e-0b1f-4a55-9d3c","rep":0,"isAnonymous":true}});
StackExchange.using.setCacheBreakers({"js/full-anon.en.js":"0b6f2c1e9a11","js/full.en.js":"2e9b41a5d7cc"});
</script>
</head>
<body class="question-page unified-theme" itemscope itemtype="https://schema.org/QAPage">
<div id="notify-container"></div>
<div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar">
<a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<div class="s-topbar--container">
<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar"
aria-expanded="false"><span></span></a>
<a class="s-topbar--logo" href="https://${s.host}"><span class="-img _glyph">${s.name}</span></a>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off">
<div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Search on ${s.name}…" value=""
aria-label="Search" aria-controls="top-search" data-controller="s-popover" data-action="focus->s-popover#show" class="s-input s-input__search js-search-field">
</div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar">
<li role="none"><a href="https://stackexchange.com" class="s-topbar--item js-site-switcher-button js-gps-track" aria-label="Site switcher"
title="A list of all 183 Stack Exchange sites" aria-haspopup="true" data-controller="s-popover"><svg aria-hidden="true" class="svg-icon iconStackExchange"
width="18" height="18" viewBox="0 0 18 18"></svg></a></li>
${(q.topNav ?? [])
  .map(
    (t) => `<li role="none"><a href="https://stackoverflow.co/${t.toLowerCase().replace(/ /g, '-')}/" class="s-topbar--item s-topbar--item__unset
s-navigation--item js-gps-track" role="menuitem">${t}</a></li>`,
  )
  .join('\n')}
<li role="none"><a href="https://${s.host}/users/login?ssrc=head&amp;returnurl=https%3a%2f%2f${s.host}%2fquestions%2f${id}"
class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow" role="menuitem">Log in</a></li>
<li role="none"><a href="https://${s.host}/users/signup?ssrc=head" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap"
rel="nofollow" role="menuitem">Sign up</a></li>
</ol></nav></div></header>
<div class="container">
<div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">
${seNav
  .map(
    (t, i) => `<li class="ps-relative${i === 1 ? ' youarehere' : ''}"><a href="/${t === 'Home' ? '' : t.toLowerCase()}" class="pl8 js-gps-track nav-links--link"
aria-controls="" data-controller="" aria-current="${i === 1 ? 'true' : 'false'}">
<div class="d-flex ai-center"><div class="flex--item truncate">${t}</div></div></a></li>`,
  )
  .join('\n')}
</ol></nav>
<div class="js-freemium-cta ps-relative mt32 mb8"><div class="fs-fine tt-uppercase fc-black-400 mb8 ml8">Teams</div>
<div class="bt bb bc-black-225 p12 pb6 fc-black-600 blr-sm overflow-hidden"><strong class="fc-black-600 mb6">${seTeams[0]}</strong>
<a href="https://try.stackoverflow.co/why-teams/?utm_source=so-owned" class="w100 s-btn s-btn__primary s-btn__xs bg-orange-400 js-gps-track">${seTeams[1]}</a>
<a href="https://stackoverflow.co/teams/?utm_source=so-owned" class="ws-nowrap s-btn s-btn__link s-btn__xs w100">${seTeams[2]}</a></div></div>
</div></div>
<div id="content" class="snippet-hidden">
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<link itemprop="image" href="https://cdn.sstatic.net/Sites/${s.key}/Img/apple-touch-icon.png?v=7b1c2d3e4f50">
<div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/${id}/${q.slug}" class="question-hyperlink">${q.title}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ml12 aside-cta flex--item print:d-none">
<a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225">
<div class="flex--item ws-nowrap mr16 mb8" title="${q.askedIso}"><span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="${q.askedIso}">${q.asked}</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="">${q.modified}</a></div>
<div class="flex--item ws-nowrap mb8" title="${q.viewed}"><span class="fc-black-400 mr2">Viewed</span>
${q.viewed}</div></div>
<div id="mainbar" role="main" aria-label="question and answers">
<div class="question js-question" data-questionid="${id}" data-position-on-page="0" data-score="${q.q.score}" id="question">
${post(q, q.q, true)}
</div>
${q.after ?? ''}
<div id="answers">
<a name="tab-top"></a>
<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="${n}">${n} Answer${n === 1 ? '' : 's'} <span style="display:none;" itemprop="answerCount">${n}</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start">
<label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">${seSort[0]}</label>
<a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc"
href="/questions/${id}?answertab=scoredesc#tab-top">${seSort[1]}</a></div>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">
<option value="scoredesc" selected="selected">${seSort[2]}</option>
<option value="modifieddesc">${seSort[3]}</option>
<option value="createdasc">${seSort[4]}</option>
</select></div></div></div></div></div>
${q.answers
  .map(
    (a) => `<a name="${a.id}"></a>
<div id="answer-${a.id}" class="answer js-answer${a.accepted ? ' accepted-answer js-accepted-answer' : ''}" data-answerid="${a.id}" data-parentid="${id}"
data-score="${a.score}" itemprop="${a.accepted ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope itemtype="https://schema.org/Answer">
${post(q, a, false)}
</div>`,
  )
  .join('\n')}
<a name="new-answer"></a>
<form id="post-form" action="/questions/${id}/answer/submit" method="post" class="js-add-answer-component post-form">
<h2 class="space">${seForm[0]}</h2>
<div class="d-flex fd-column fw-nowrap"><div class="js-post-editor"><textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field"
data-editor-type="wmd" cols="92" rows="15" tabindex="101" data-min-length=""></textarea></div>
<div class="js-answer-help d-none" role="tooltip"><div class="s-notice s-notice__info"><p>${seHelp(s.name)[0]}</p>
<ul>${seHelp(s.name)
    .slice(1, 5)
    .map((t) => `<li>${t}</li>`)
    .join('')}</ul><p>${seHelp(s.name)[5]}</p></div></div>
<div class="js-draft-status dno"><span class="js-draft-saved">${seForm[1]}</span><span class="js-draft-discarded">${seForm[2]}</span></div></div>
<div class="js-new-login-area"><h2 class="fs-subheading">${seForm[3]}</h2>
<a class="s-btn s-btn__icon s-btn__google" href="/users/signup?ssrc=question_page">${seForm[4]}</a>
<a class="s-btn s-btn__icon" href="/users/signup?ssrc=question_page&amp;email=1">${seForm[5]}</a></div>
<div class="js-anon-area"><h2 class="fs-subheading">${seForm[6]}</h2>
<label class="s-label" for="display-name">Name</label><input id="display-name" name="display-name" type="text" class="s-input">
<label class="s-label" for="m-address">Email</label><p class="s-description">${seForm[7]}</p><input id="m-address" name="m-address" type="email"
class="s-input"></div>
<div class="form-submit cbt grid gsx gs4 p0 mt32"><button id="submit-button" class="s-btn s-btn__filled" type="submit">${seForm[8]}</button>
<button class="s-btn s-btn__danger s-btn__link js-discard-question">${seForm[9]}</button></div>
<p class="privacy-policy-agreement fc-black-400">${seForm[10]}</p>
</form>
<h2 class="bottom-notice" data-loc="1">${seNotAnswer} <ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${q.tags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
rel="tag">${t}</a></li>`,
  )
  .join('\n')}
</ul> or <a href="/questions/ask">ask your own question</a>.</h2>
</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
${widget('The Overflow Blog', q.blog, 'yellow')}
${widget('Featured on Meta', q.meta, 'yellow')}
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1">
${q.related
  .map(
    ([v, t]) => `<div class="spacer"><a href="/q/${t.length * 31}" title="Vote score (upvotes - downvotes)"><div class="answer-votes answered-accepted
default">${v}</div></a><a href="/questions/${t.length * 31}/x" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}
</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" 
class="js-gps-track s-link s-link__inherit"
data-gps-track="posts_hot_network.click({ item_type:1, location:8 })">Hot Network Questions</a></h4><ul>
${q.hot
  .map(
    ([site, t]) =>
      `<li><div class="favicon favicon-${site.toLowerCase().replace(/\W/g, '')}" title="${site}"></div><a href="https://${site
        .toLowerCase()
        .replace(/\W/g, '')}.stackexchange.com/questions/${t.length * 7}" class="js-gps-track question-hyperlink mb0">${t}</a></li>`,
  )
  .join('\n')}
</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><div id="feed-link-text"><a href="/feeds/question/${id}" title="subscribe to the feed for this question">Question feed</a></div></div>
</div></div></div></div></div>
<footer id="footer" class="site-footer js-footer theme-footer__dark" role="contentinfo"><div class="site-footer--container">
<nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="https://${s.host}">${s.name}</a></h5>
<ul class="-list js-primary-footer-links">
${links(seFootSite, '-item')}</ul></div>
<div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.co/">Company</a></h5><ul class="-list">${links(seFootCo, '-item')}
<li class="-item"><a href="https://policies.stackoverflow.co/stack-overflow/cookie-policy">Cookie Policy</a></li></ul></div>
<div class="site-footer--col site-footer--categories-nav"><div><h5 class="-title"><a href="https://stackexchange.com">Stack Exchange Network</a></h5>
<ul class="-list">${links(seFootNet, '-item')}</ul></div></div></nav>
<div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8">${links(seSocial, '-item')}</ul>
<p class="md:mb0">${seCopy}</p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div>
<div id="onetrust-policy"><h2 id="onetrust-policy-title">${seCookie[0]}</h2><div id="onetrust-policy-text">${seCookie[1]}</div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">${seCookie[2]}</button><button id="onetrust-reject-all-handler">${seCookie[3]}</button>
<button id="onetrust-pc-btn-handler" class="cookie-setting-link">${seCookie[4]}</button></div></div></div></div></div></div>
<script>StackExchange.ready(function () { StackExchange.question.init({ votesCast: [], canViewVoteCounts: false, questionId: ${id} }); });</script>
</body></html>`;
}

const postByl = (p: SePost, isQ: boolean): string[] => [
  p.user.name,
  `${isQ ? 'asked' : 'answered'} ${p.time}`,
  ...(p.edited === undefined ? [] : [`edited ${p.edited}`]),
  ...p.comments.flatMap((c) => [c.user, c.date]),
];
const postFurn = (p: SePost, isQ: boolean): string[] => [
  p.score,
  'Share',
  `Improve this ${isQ ? 'question' : 'answer'}`,
  'Follow',
  p.user.rep,
  ...badgeText(p.user),
  ...p.comments.flatMap((c) => (c.score === undefined ? [] : [c.score])),
  'Add a comment',
];
/** Gold of a question page: bylines and furniture (the page adds its own notices). */
export function seGold(q: SeQuestion): { title: string; headings: string[]; body: string[]; bylines: string[]; furniture: string[] } {
  const posts: [SePost, boolean][] = [[q.q, true], ...q.answers.map((a): [SePost, boolean] => [a, false])];
  const n = q.answers.length;
  return {
    title: plain(q.title),
    headings: posts.flatMap(([p]) => blocksHeads(p.blocks)),
    body: posts.flatMap(([p]) => [...blocksBody(p.blocks), ...texts(p.comments.map((c) => c.text))]),
    bylines: [`Asked ${q.asked}`, `Modified ${q.modified}`, ...posts.flatMap(([p, isQ]) => postByl(p, isQ))],
    // biome-ignore format: packed
    furniture: [
      'Skip to main content', q.site.name, ...(q.topNav ?? []), 'Log in', 'Sign up',
      ...seNav, 'Teams', ...seTeams, 'Ask Question', `Viewed ${q.viewed}`, ...q.tags,
      ...posts.flatMap(([p, isQ]) => postFurn(p, isQ)), `${n} Answer${n === 1 ? '' : 's'}`, ...seSort, ...seForm, 'Name', 'Email', ...seHelp(q.site.name),
      seNotAnswer, 'ask your own question', 'The Overflow Blog', ...q.blog, 'Featured on Meta', ...q.meta,
      'Related', ...q.related.flatMap(([v, t]) => [v, plain(t)]),
      'Hot Network Questions', ...q.hot.map(([, t]) => plain(t)), 'more hot questions', 'Question feed', ...seFootSite, 'Company', ...seFootCo,
      'Cookie Policy', 'Stack Exchange Network', ...seFootNet, ...seSocial, seCopy, ...seCookie,
    ],
  };
}
