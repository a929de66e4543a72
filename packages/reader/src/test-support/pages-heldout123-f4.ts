/**
 * Held-out batch 123, file f4: the users and the markup builders of the Unix & Linux Stack Exchange page in file f2 (vote
 * cells with their tooltips, user cards, comment lists, post menus and answers).
 */
export type SeUser = { action: string; when: string; name: string; rep: string; badges: string[] };
export const seAsked: SeUser = { action: 'asked', when: 'Oct 28, 2025 at 14:02', name: 'tovah_k', rep: '143', badges: ['3 bronze badges'] };
export const seEdited: SeUser = {
  action: 'edited',
  when: 'Oct 28, 2025 at 15:10',
  name: 'Ilse Brandt',
  rep: '27.9k',
  badges: ['5 gold badges', '61 silver badges', '98 bronze badges'],
};
export const seAns1: SeUser = {
  action: 'answered',
  when: 'Oct 28, 2025 at 15:02',
  name: 'Marek Zielony',
  rep: '48.2k',
  badges: ['9 gold badges', '87 silver badges', '131 bronze badges'],
};
export const seAns2: SeUser = { action: 'answered', when: 'Oct 29, 2025 at 11:37', name: 'kdr', rep: '3,118', badges: ['2 silver badges', '14 bronze badges'] };
export const seTips = {
  q: ['This question shows research effort; it is useful and clear', 'This question does not show any research effort; it is unclear or not useful'],
  a: ['This answer is useful', 'This answer is not useful'],
};
export const seUser = (u: SeUser): string => `<div class="post-signature${u.action === 'asked' ? ' owner' : ''} flex--item"><div class="user-info">
<div class="d-flex"><div class="user-action-time fl-grow1">${u.action} <span title="${u.when}" class="relativetime">${u.when}</span></div></div>
<div class="user-gravatar32"><a href="/users/${u.rep.length}/${u.name}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/${u.name}.png?s=64"
alt="${u.name}'s user avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a
href="/users/${u.rep.length}/${u.name}">${u.name}</a><span class="d-none" itemprop="name">${u.name}</span><div class="-flair"><span class="reputation-score"
title="reputation score " dir="ltr">${u.rep}</span>${u.badges
  .map(
    (b) => `<span title="${b}" aria-hidden="true"><span class="badge${b.includes('gold') ? 1 : b.includes('silver') ? 2 : 3}"></span><span
class="badgecount">${b.split(' ')[0]}</span></span><span class="v-visible-sr">${b}</span>`,
  )
  .join('')}</div></div></div></div>`;
export const seVotes = (
  id: string,
  n: string,
  tips: string[],
  accepted = false,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex
jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${id}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false"
aria-label="Up vote" aria-describedby="--stacks-s-tooltip-up${id}"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18"></svg></button>
<div id="--stacks-s-tooltip-up${id}" class="s-popover s-popover__tooltip" role="tooltip">${tips[0]}<div class="s-popover--arrow"></div></div>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${n}">${n}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"
aria-describedby="--stacks-s-tooltip-down${id}"><svg
aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18"></svg></button><div id="--stacks-s-tooltip-down${id}"
class="s-popover s-popover__tooltip"
role="tooltip">${tips[1]}<div class="s-popover--arrow"></div></div>${
  accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8"
title="Loading when this answer was accepted\u2026" tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true"
class="svg-icon iconCheckmarkLg"
width="36" height="36"></svg></div></div>`
    : ''
}<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${id}/timeline"
data-shortcut="T" aria-label="Timeline" title="Show activity on this post."><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19"
height="18"></svg></a></div></div>`;
export const seComments = (
  id: string,
  cs: [string, string, string, string][],
): string => `<div id="comments-${id}" class="comments js-comments-container bt bc-black-200 mt12"
data-post-id="${id}" data-min-length="15"><ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false">
${cs
  .map(
    (
      [score, text, user, when],
      i,
    ) => `<li id="comment-14712${id}${i}" class="comment js-comment" data-comment-id="14712${id}${i}" data-comment-owner-id="${user.length}"
data-comment-score="${score || 0}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">${
      score
        ? `<span
title="number of 'useful comment' votes received" class="cool">${score}</span>`
        : ''
    }</div></div><div class="comment-text js-comment-text-and-form"><div
class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span> <div class="d-inline-flex ai-center">\u2013&nbsp;<a
href="/users/${user.length}/${user}"
class="comment-user${user === 'tovah_k' ? ' owner' : ''}">${user}</a></div> <span class="comment-date" dir="ltr"><a class="comment-link"
href="#comment14712${id}${i}"><span
title="${when}, License: CC BY-SA 4.0" class="relativetime-clean">${when}</span></a></span></div></div></li>`,
  )
  .join('\n')}
</ul></div><div id="comments-link-${id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link"
title="Use comments to ask for more information or
suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div>`;
export const sePs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
export const seMenu = (
  id: string,
  what: string,
): string => `<div class="js-post-menu pt2" data-post-id="${id}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/q/${id}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track"
title="Short permalink to this ${what}">Share</a></div>
<div class="flex--item"><a href="/posts/${id}/edit" class="js-suggest-edit-post js-gps-track">Improve this ${what}</a></div><div class="flex--item"><button
type="button"
class="s-btn s-btn__link js-follow-post js-gps-track">Follow</button></div></div></div>`;
export const seAnswer = (
  id: string,
  score: string,
  accepted: boolean,
  body: string,
  u: SeUser,
  cs: [string, string, string, string][],
): string => `<a name="${id}"></a>
<div id="answer-${id}" class="answer js-answer${accepted ? ' accepted-answer js-accepted-answer' : ''}" data-answerid="${id}" data-parentid="801234"
data-score="${score}"
data-position-on-page="1" itemprop="${accepted ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">
${seVotes(id, score, seTips.a, accepted)}<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${body}
</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="2025-10-28T15:02:11"></time>
<div class="flex--item mr16" style="flex: 1 1 100px;">${seMenu(id, 'answer')}</div>${seUser(u)}</div></div></div>
<span class="d-none" itemprop="commentCount">${cs.length}</span><div class="post-layout--right js-post-comments-component">${seComments(
  id,
  cs,
)}</div></div></div>`;
export const seCode = (body: string): string => `<pre class="lang-bash s-code-block"><code class="hljs language-bash">${body}</code></pre>`;
