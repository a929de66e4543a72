import { links } from './page-kit.js';

/**
 * Held-out batch 152, Stack Exchange kit: the parts of a signed-out Stack Exchange question page shared by the Super User
 * question (file a) and the Meta Stack Exchange discussion (file d): the s-topbar, the left sidebar with the Teams promo,
 * the question header with its Asked / Modified / Viewed row, the post layout (vote cell, s-prose body, tags, post menu,
 * user cards, comments with their "Add a comment" link), the answers header with its sort select, the right sidebar
 * widgets, the footer and the consent banner, with the texts each part shows.
 */
export interface SeComment {
  score?: string | undefined;
  text: string;
  user: string;
  date: string;
}
export interface SePost {
  id: string;
  kind: 'question' | 'answer';
  score: string;
  body: string;
  tags?: readonly string[] | undefined;
  action: string;
  user: string;
  rep: string;
  badges: readonly [string, string, string];
  edited?: string | undefined;
  accepted?: boolean | undefined;
  notice?: string | undefined;
  comments: readonly SeComment[];
}

export const seTopbar = ['Skip to main content', 'About', 'Products', 'For Teams', 'Log in', 'Sign up'];
export const seLeftNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered', 'Companies'];
export const seTeams = [
  'Collectives',
  'Teams',
  'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.',
  'Try Teams for free',
  'Explore Teams',
];
export const sePostMenu = ['Share', 'Follow', 'Add a comment'];
export const seSort = ['Sorted by:', 'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)', 'Reset to default'];
export const seFooterCompany = [
  'Company',
  'Stack Overflow',
  'Advertising',
  'Talent',
  'Press',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
  'Cookie Policy',
];
export const seFooterNetwork = [
  'Stack Exchange Network',
  'Technology',
  'Culture & recreation',
  'Life & arts',
  'Science',
  'Professional',
  'Business',
  'API',
  'Data',
];
export const seSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
export const seConsent = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in ' +
    'accordance with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];

export const seHeader = (site: string, home: string): string => `<header class="s-topbar ps-fixed t0 l0 js-top-bar">
<a href="#content" class="s-topbar--skip-link">Skip to main content</a><div class="s-topbar--container">
<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-label="Toggle navigation" aria-controls="left-sidebar"
aria-expanded="false"><span></span></a><a class="s-topbar--logo js-gps-track" href="${home}"><span class="-img _glyph">${site}</span></a>
<ol class="s-navigation" role="presentation"><li class="md:d-none"><a href="https://stackoverflow.co/" class="s-navigation--item js-gps-track">About</a></li>
<li><a href="https://stackoverflow.co/" class="s-navigation--item js-gps-track js-products-menu" aria-controls="products-popover">Products</a></li>
<li class="md:d-none"><a href="https://stackoverflow.co/teams/" class="s-navigation--item js-gps-track">For Teams</a></li></ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search…" value="" autocomplete="off" maxlength="240" class="s-input s-input__search js-search-field"
aria-label="Search" aria-controls="top-search"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none">
<a href="https://stackexchange.com/users/login?ssrc=head" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track"
role="menuitem" rel="nofollow">Log in</a></li><li role="none"><a href="https://stackexchange.com/users/signup?ssrc=head"
class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" role="menuitem" rel="nofollow">Sign up</a></li></ol></nav></div></header>`;

export const seLeftSidebar = (): string => `<div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container js-sticky-leftnav"><nav aria-label="Primary"><ol class="nav-links">
<li class="ps-relative"><a href="/" class="pl8 js-gps-track nav-links--link" aria-current="false"><div class="d-flex ai-center">
<div class="flex--item truncate">Home</div></div></a></li><li><ol class="nav-links">
${seLeftNav
  .slice(1)
  .map(
    (t) => `<li class="ps-relative${t === 'Questions' ? ' youarehere' : ''}"${t === 'Questions' ? ' aria-current="true"' : ''}>
<a id="nav-${t.toLowerCase()}" href="/${t.toLowerCase()}" class="pl8 js-gps-track nav-links--link -link__with-icon"><svg aria-hidden="true"
class="svg-icon iconGlobe" width="18" height="18" viewBox="0 0 18 18"><path d="M9 1C4.64 1 1 4.64 1 9c0 4.36 3.64 8 8 8"></path></svg>
<span class="-link--channel-name pl6">${t}</span></a></li>`,
  )
  .join('\n')}</ol></li>
<li class="ps-relative"><div class="d-flex px8 pt16 pb4"><div class="flex--item fl-grow1 truncate fs-fine tt-uppercase
fc-black-400">Collectives</div></div></li>
<li class="ps-relative"><div class="d-flex px8 pt16 pb4"><div class="flex--item fs-fine tt-uppercase fc-black-400">Teams</div></div>
<div class="ps-relative ml8 mb16 js-freemium-cta"><div class="s-card bg-white p12 bar-md ba bc-black-100"><p class="fs-caption fc-black-500
mb8">${seTeams[2]}</p>
<a href="https://try.stackoverflow.co/why-teams/" class="s-btn s-btn__primary s-btn__xs w100 js-gps-track">${seTeams[3]}</a>
<a href="https://stackoverflow.co/teams/" class="s-btn s-btn__xs s-btn__link w100 mt8 js-gps-track">${seTeams[4]}</a></div></div></li></ol></nav></div></div>`;

const seTagList = (tags: readonly string[]): string => `<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${tags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag js-gps-track"
title="show questions tagged '${t}'"
aria-label="show questions tagged '${t}'" rel="tag" aria-labelledby="tag-${t}-tooltip-container">${t}</a></li>`,
  )
  .join('\n')}</ul>`;

const seComment = (c: SeComment, i: number): string => `<li id="comment-${1330 + i}" class="comment js-comment" data-comment-id="${1330 + i}"
data-comment-score="${c.score ?? '0'}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">
${c.score === undefined ? '' : `<span title="number of &#39;useful comment&#39; votes received" class="cool">${c.score}</span>`}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">– <a href="/users/${4100 + i}/x" title="reputation" class="comment-user">${c.user}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${1330 + i}"><span title="${c.date}" class="relativetime-clean">${c.date}</span></a>
</span></div></div></li>`;

const seUserCard = (action: string, user: string, rep: string, badges: readonly [string, string, string], owner: boolean): string => `<div
class="post-signature${owner ? ' owner' : ''} flex--item"><div class="user-info user-hover${owner ? ' user-info__owner' : ''}">
<div class="d-flex "><div class="user-action-time fl-grow1">${action}</div></div><div class="user-gravatar32"><a href="/users/${rep}/x">
<div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/avatar.png?s=64" alt="${user}'s user avatar" width="32" height="32" class="bar-sm"></div>
</a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/${rep}/x">${user}</a>
<span class="d-none" itemprop="name">${user}</span><div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">${rep}</span>
<span title="gold badges"><span class="badge1"></span><span class="badgecount">${badges[0]}</span></span><span title="silver badges"><span class="badge2">
</span><span class="badgecount">${badges[1]}</span></span><span title="bronze badges"><span class="badge3"></span><span
class="badgecount">${badges[2]}</span></span>
</div></div></div></div>`;

export const sePost = (p: SePost): string => {
  const q = p.kind === 'question';
  const wrap = q
    ? `<div class="question js-question" data-questionid="${p.id}" data-position-on-page="0" data-score="${p.score}" id="question">`
    : `<div id="answer-${p.id}" class="answer js-answer${p.accepted ? ' accepted-answer js-accepted-answer' : ''}" data-answerid="${p.id}"
data-parentid="1800" data-score="${p.score}" data-position-on-page="1" itemprop="${p.accepted ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope
itemtype="https://schema.org/Answer"><a name="${p.id}"></a>`;
  const check = p.accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" tabindex="0"
role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36"
viewBox="0 0 36 36"><path d="m6 14 8 8L30 6v8L14 30l-8-8z"></path></svg></div></div>`
    : '';
  return `${wrap}<div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4
fc-black-300"
data-post-id="${p.id}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip" data-s-tooltip-placement="right"
aria-pressed="false" aria-label="Up vote" data-selected-classes="fc-theme-primary"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18"
viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button><div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold
fs-subheading py4" itemprop="upvoteCount" data-value="${p.score}">${p.score}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer"
aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18" viewBox="0 0 18 18">
<path d="M1 6h16l-8 8z"></path></svg></button>${check}</div></div>
<div class="postcell post-layout--right">${p.notice ?? ''}<div class="s-prose js-post-body" itemprop="text">
${p.body}
</div>${
    p.tags
      ? `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative
fw-wrap">${seTagList(p.tags)}</div></div></div>`
      : ''
  }
<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2"
data-post-id="${p.id}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/${q ? 'q' : 'a'}/${p.id}"
rel="nofollow" class="js-share-link js-gps-track" data-controller="se-share-sheet">Share</a></div><div class="flex--item"><button type="button"
class="s-btn s-btn__link js-follow-post js-follow-${q ? 'question' : 'answer'} js-gps-track" data-controller="s-tooltip">Follow</button></div></div></div></div>
${p.edited ? `<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time">${p.edited}</div></div></div>` : ''}
${seUserCard(p.action, p.user, p.rep, p.badges, q)}</div></div></div>
<span class="d-none" itemprop="commentCount">${p.comments.length}</span><div class="post-layout--right js-post-comments-component">
<div id="comments-${p.id}" class="comments js-comments-container bt bc-black-075 mt12" data-post-id="${p.id}" data-min-length="15">
<ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-cansee="true" data-addlink-disabled="true">
${p.comments.map(seComment).join('\n')}</ul></div><div id="comments-link-${p.id}" data-rep="50" data-reg="true">
<a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest improvements." href="#"
role="button">Add a comment</a><span class="js-link-separator dno">&nbsp;|&nbsp;</span></div></div></div></div>`;
};

export const seAnswersHeader = (n: string): string => `<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8">
<div class="flex--item fl1"><h2 class="mb0" data-answercount="${n}">${n} Answers<span style="display:none;" itemprop="answerCount">${n}</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start">
<label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">${seSort[0]}</label><a class="js-sort-preference-change s-link flex--item
fs-fine d-none" data-value="ScoreDesc" href="#">${seSort[4]}</a></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">
<option value="scoredesc" selected="selected">${seSort[1]}</option><option value="modifieddesc">${seSort[2]}</option>
<option value="createdasc">${seSort[3]}</option></select></div></div></div></div></div>`;

export const seWidget = (title: string, items: readonly string[]): string => `<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex
fc-black-600 d:fc-black-900 bb bbw1">${title}</li>
${items
  .map(
    (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm"
width="14" height="14" viewBox="0 0 14 14"><path d="m11.1 1.71 1.13 1.12c.2.2.2.51 0 .71L11.1 4.7 9.21 2.86l1.17-1.15c.2-.2.51-.2.71 0"></path></svg></div>
<div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/" class="js-gps-track" title="${t}">${t}</a></div></li>`,
  )
  .join('\n')}</ul></div>`;

export const seLinkedList = (id: string, head: string, rows: readonly (readonly [string, string])[]): string => `<div class="module sidebar-${id}">
<h4 id="h-${id}">${head}</h4><div class="${id}" data-tracker="${id === 'linked' ? 'lq=1' : 'rq=1'}">
${rows
  .map(
    ([score, t]) => `<div class="spacer js-gps-track"><a href="/q/1" title="Vote score (upvotes - downvotes)"><div class="answer-votes answered-accepted
default">${score}</div></a><a href="/questions/1/x" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>`;

export const seHot = (rows: readonly string[]): string => `<div id="hot-network-questions" class="module tex2jax_ignore"><h4>
<a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul>
${rows
  .map(
    (t, i) => `<li><div class="favicon favicon-site${i}" title="Stack Exchange site"></div><a href="https://x.stackexchange.com/q/${i}"
class="js-gps-track question-hyperlink mb0">${t}</a></li>`,
  )
  .join('\n')}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><a href="/feeds/question/1800" title="Feed of this question and its answers"><svg aria-hidden="true" class="fc-orange-400 svg-icon iconRss"
width="18" height="18" viewBox="0 0 18 18"><path d="M1 3c0-1.1.9-2 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2z"></path></svg>Question
feed</a></div>`;

export const seFooter = (site: string, home: string, first: readonly string[]): string => `<footer id="footer" class="site-footer" role="contentinfo">
<div class="site-footer--container"><div class="site-footer--logo"><a href="${home}" aria-label="${site}"><svg aria-hidden="true" class="native svg-icon"
width="32" height="37" viewBox="0 0 32 37"><path d="M26 33v-9h4v13H0V24h4v9z"></path></svg></a></div><nav class="site-footer--nav">
<div class="site-footer--col"><h5 class="-title"><a href="${home}">${site}</a></h5><ul class="-list js-primary-footer-links">
${links(first, '-item')}</ul></div><div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.co/">${seFooterCompany[0]}</a></h5>
<ul class="-list">${links(seFooterCompany.slice(1), '-item')}</ul></div><div class="site-footer--col site-footer--categories-nav"><div>
<h5 class="-title"><a href="https://stackexchange.com">${seFooterNetwork[0]}</a></h5><ul class="-list">${links(seFooterNetwork.slice(1), '-item')}</ul>
</div></div></nav><div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8">${links(seSocial, '-item')}</ul>
<p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under <span class="td-underline">
<a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span>. <span id="svnrev">rev 2025.10.14.35120</span></p></div></div></footer>`;

export const seConsentBanner = (): string => `<div class="ps-fixed z-nav-fixed ws4 sm:w-auto p32 sm:p16 bg-black-750 fc-white bar-lg b16 l16 r16
js-consent-banner"><svg aria-hidden="true" class="mln4 mb24 sm:d-none svg-spot spotCookieLg" style="color: var(--theme-button-filled-background-color)"
width="96" height="96" viewBox="0 0 96 96"><path d="M35 45.5a7.5 7.5 0 1 1-15 0 7.5 7.5 0 0 1 15 0"></path></svg>
<p class="fs-body2 fw-bold mb4">${seConsent[0]}</p><p class="mb16 s-anchors s-anchors__inherit s-anchors__underlined">By clicking “Accept all cookies”, you
agree Stack Exchange can store cookies on your device and disclose information in accordance with our
<a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</p><div class="d-flex gs8 sm:fd-column">
<button class="flex--item6 s-btn s-btn__primary js-accept-cookies js-consent-banner-hide">${seConsent[2]}</button>
<button class="flex--item6 s-btn s-btn__primary js-reject-cookies js-consent-banner-hide">${seConsent[3]}</button></div>
<button class="mt8 s-btn s-btn__link s-btn__sm js-cookie-settings" data-consent-popup-loader="banner">${seConsent[4]}</button></div>`;
