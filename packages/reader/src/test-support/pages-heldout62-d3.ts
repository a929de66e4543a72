/**
 * Held-out batch 62, file d3: the markup pieces of the Server Fault page of file d (the vote cell with its hidden labels and the
 * accepted mark, the user card of "asked"/"answered", the "edited" card, the post menu, a comment and the comment list), kept
 * apart so that file d stays under 300 lines.
 */
export const votes = (
  n: number,
  what: string,
  accepted = false,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column
 ai-center gs4 fc-black-300" data-post-id="1170${n}"><button class="js-vote-up-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill"
 data-controller="s-tooltip"
 data-s-tooltip-placement="right" aria-pressed="false" aria-label="Up vote" data-selected-classes="fc-theme-primary"><svg aria-hidden="true" class="svg-icon
 iconArrowUp"
 width="18" height="18" viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
 data-value="${n}">${n}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true"
 class="svg-icon iconArrowDown" width="18" height="18" viewBox="0 0 18 18"><path d="M1 6h16l-8 8z"></path></svg></button>
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" id="saves-btn-1170${n}"><svg aria-hidden="true" class="fc-theme-primary-500
 js-saves-btn-selected d-none svg-icon iconBookmark" width="18" height="18" viewBox="0 0 18 18"></svg></button>
<div class="d-none">Save this ${what}.</div>${
  accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" role="note" aria-label="Accepted"
 title="Loading when this answer was accepted…" tabindex="0"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36"
 height="36"
 viewBox="0 0 36 36"><path d="m6 14 8 8L30 6v8L14 30l-8-8z"></path></svg></div></div>`
    : ''
}
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/1170${n}/timeline" data-shortcut="T" aria-label="Timeline"
 data-ks-title="timeline"><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19" height="18" viewBox="0 0 19 18"></svg></a>
<div class="d-none">Show activity on this post.</div></div></div>`;
export const user = (
  action: string,
  when: string,
  name: string,
  rep: string,
  badges: [number, number, number],
  id: number,
): string => `<div class="post-signature
 flex--item"><div class="user-info user-hover"><div class="user-action-time">${action} <span title="2025-03-04 13:58:22Z"
 class="relativetime">${when}</span></div>
<div class="user-gravatar32"><a href="/users/${id}/"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/${id}.png?s=64" alt="${name}'s user
 avatar"
 width="32" height="32" class="bar-sm"></div></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/${id}/">${name}</a><span class="d-none"
 itemprop="name">${name}</span>
<div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">${rep}</span>
<span title="${badges[0]} gold badges"><span class="badge1"></span><span class="badgecount">${badges[0]}</span></span>
<span title="${badges[1]} silver badges"><span class="badge2"></span><span class="badgecount">${badges[1]}</span></span>
<span title="${badges[2]} bronze badges"><span class="badge3"></span><span class="badgecount">${badges[2]}</span></span></div></div></div></div>`;
export const edited = (
  when: string,
): string => `<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time"><a href="/posts/117044/revisions"
 title="show all edits to this post" class="js-gps-track">edited <span title="2025-03-05 10:12:40Z" class="relativetime">${when}</span></a></div></div></div>`;
export const menu = (what: string): string => `<div class="js-post-menu pt2" data-post-id="117042"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/q/1170" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this
 ${what}">Share</a></div>
<div class="flex--item"><a href="/posts/1170/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this ${what}</a></div>
<div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-follow-${what} js-gps-track" title="Follow this ${what} to receive
 notifications">Follow
</button></div></div></div>`;
export const comment = (id: number, score: string, text: string, name: string, when: string): string => `<li id="comment-${id}" class="comment js-comment"
 data-comment-id="${id}" data-comment-score="${score}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score
 js-comment-edit-hide">
${score === '' ? '' : `<span title="number of 'useful comment' votes received" class="cool">${score}</span>`}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/${id}/" title="reputation" class="comment-user">${name}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${id}_117042"><span title="2025-03-04 14:20:11Z, License: CC BY-SA 4.0"
 class="relativetime-clean">${when}</span></a></span></div></div></li>`;
export const comments = (
  items: string,
): string => `<div class="comments js-comments-container bt bc-black-200 mt12" data-min-length="15"><ul class="comments-list js-comments-list">
${items}</ul></div><div class="js-comment-form-layout d-flex"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more
 information or
 suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div>`;
