/**
 * Held-out batch 27, file e3: the Stack Exchange template pieces of file e's question page (vote cells with their tooltips,
 * user cards with reputation and badges, the post menu, comment lists and the post layout).
 */
let tip = 0;
const tooltip = (t: string) =>
  `<div id="--stacks-s-tooltip-${++tip}" class="s-popover s-popover__tooltip" role="tooltip">${t}<div class="s-popover--arrow"></div></div>`;
const votes = (kind: 'question' | 'answer', n: number, accepted = false) =>
  `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="1">` +
  `<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip" aria-pressed="false" aria-label="Up vote">` +
  `<svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18" viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button>` +
  tooltip(kind === 'question' ? 'This question shows research effort; it is useful and clear' : 'This answer is useful') +
  `<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${n}">${n}</div>` +
  `<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg
class="svg-icon iconArrowDown"></svg></button>` +
  tooltip(kind === 'question' ? 'This question does not show any research effort; it is unclear or not useful' : 'This answer is not useful') +
  `<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" aria-pressed="false"><svg class="svg-icon iconBookmarkAlt"></svg></button>` +
  tooltip(`Save this ${kind}.`) +
  (accepted
    ? '<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" role="note" ' +
      'aria-label="Accepted"><div class="ta-center"><svg class="svg-icon iconCheckmarkLg"></svg></div></div>'
    : '') +
  `<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/1/timeline" aria-label="Timeline"><svg
class="svg-icon iconHistory">` +
  `</svg></a>${tooltip('Show activity on this post.')}</div></div>`;
const badges = (g: number, s: number, b: number) =>
  [
    [g, 'gold', 1],
    [s, 'silver', 2],
    [b, 'bronze', 3],
  ]
    .filter(([n]) => n !== 0)
    .map(
      ([n, c, i]) =>
        `<span title="${n} ${c} badge${n === 1 ? '' : 's'}" aria-hidden="true"><span class="badge${i}"></span><span class="badgecount">${n}</span></span>` +
        `<span class="v-visible-sr">${n} ${c} badge${n === 1 ? '' : 's'}</span>`,
    )
    .join('');
export const card = (action: string, date: string, iso: string, user: string, rep: string, b: [number, number, number], owner = false) =>
  `<div class="post-signature${owner ? ' owner' : ''} flex--item"><div class="user-info user-hover${owner ? ' owner' : ''}"><div class="user-action-time">` +
  `${action} <span title="${iso}" class="relativetime">${date}</span></div><div class="user-gravatar32"><a href="/users/1/${user}">` +
  '<div class="gravatar-wrapper-32">' +
  `<img src="https://i.sstatic.net/avatar.png?s=64" alt="${user}'s user avatar" width="32" height="32" class="bar-sm"></div></a></div>` +
  `<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/1/${user}">${user}</a>` +
  `<span class="d-none" itemprop="name">${user}</span><div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">${rep}</span>` +
  `${badges(...b)}</div></div></div></div>`;
const menu = (kind: string) =>
  `<div class="js-post-menu pt2" data-post-type-id="1"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item">` +
  `<a href="/q/128834" rel="nofollow" class="js-share-link js-gps-track" title="Short permalink to this ${kind}">Share</a></div>` +
  `<div class="flex--item"><a href="/posts/128834/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this ${kind}</a></div>` +
  `<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-follow-question js-gps-track">Follow</button></div></div></div>`;
const comments = (list: [string, string, string][]) =>
  `<div class="post-layout--right js-post-comments-component"><div class="comments js-comments-container bt bc-black-075 mt12"><ul
class="comments-list js-comments-list">` +
  list
    .map(
      ([t, u, d]) =>
        `<li class="comment js-comment" data-comment-score="0"><div class="js-comment-actions comment-actions"><div
class="comment-score js-comment-edit-hide">` +
        `</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${t}</span>` +
        `<div class="d-inline-flex ai-center">– <a href="/users/2/${u}" class="comment-user">${u}</a></div>\n<span class="comment-date" dir="ltr">` +
        `<span title="${d}" class="relativetime-clean">${d}</span></span></div></div></li>`,
    )
    .join('') +
  `</ul></div><div class="js-comment-form-layout"><a class="js-add-link comments-link disabled-link"
title="Use comments to ask for more information or suggest improvements.` +
  ` Avoid answering questions in comments." href="#" role="button">Add a comment</a></div></div>`;
export const post = (
  kind: 'question' | 'answer',
  n: number,
  body: string,
  sig: string,
  cmts: [string, string, string][],
  accepted = false,
  tags: readonly string[] = [],
) =>
  `<div class="post-layout">${votes(kind, n, accepted)}<div class="postcell post-layout--right"><div class="s-prose js-post-body"
itemprop="text">\n${body}\n</div>` +
  (kind === 'question'
    ? '<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap">' +
      '<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">' +
      tags
        .map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`)
        .join('') +
      '</ul></div></div></div>'
    : '') +
  `<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">${menu(kind)}${sig}</div></div></div>${comments(cmts)}</div>`;
