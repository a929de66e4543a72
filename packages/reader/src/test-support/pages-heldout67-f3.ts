/**
 * Held-out batch 67, file f3: the Stack Exchange post parts of the Q&A page in file f (vote cells with tooltips and the
 * accepted mark, the post body, the post menu, the "asked"/"answered" and "edited" signature cards with reputation and badges,
 * the comment list with scores, users and dates, "Add a comment") and the data type the page's posts are written in.
 */
export interface SePost {
  id: number;
  score: number;
  body: string;
  user: [name: string, rep: string, badges: [gold: number, silver: number, bronze: number]];
  time: [title: string, shown: string];
  edited?: [editor: string, title: string, shown: string];
  accepted?: boolean;
  comments: [score: number, text: string, user: string, date: string][];
}
const badgeNames = ['gold', 'silver', 'bronze'] as const;
const plural = (n: number, w: string): string => `${n} ${w} badge${n === 1 ? '' : 's'}`;
/** The texts a signature card shows: reputation and the screen-reader badge lines. */
export const flairTexts = (p: SePost): string[] => [p.user[1], ...p.user[2].flatMap((n, i) => (n === 0 ? [] : [plural(n, badgeNames[i] ?? 'bronze')]))];
const flair = (p: SePost): string =>
  `<div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">${p.user[1]}</span>${p.user[2]
    .map((n, i) =>
      n === 0
        ? ''
        : `<span title="${plural(n, badgeNames[i] ?? '')}" aria-hidden="true"><span class="badge${i + 1}"></span><span
class="badgecount">${n}</span></span><span
class="v-visible-sr">${plural(n, badgeNames[i] ?? '')}</span>`,
    )
    .join('')}</div>`;
const userSlug = (name: string): string => name.toLowerCase().replace(/ /g, '-');
const voteCell = (p: SePost, kind: 'question' | 'answer'): string =>
  `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${p.id}"><button
class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false"
aria-label="Up vote"><svg
aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18" viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button><div
class="js-vote-count
flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="${p.score}">${p.score}</div><button
class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon
iconArrowDown"
width="18" height="18" viewBox="0 0 18 18"><path d="M1 6h16l-8 8z"></path></svg></button><button class="js-bookmark-btn s-btn s-btn__unset c-pointer py4"
aria-label="Save this ${kind}."><svg aria-hidden="true" class="fc-theme-primary-500 js-saves-btn-selected d-none svg-icon iconBookmark" width="18"
height="18"></svg></button>${
    p.accepted === true
      ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" tabindex="0" role="note"
aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36"></svg></div></div>`
      : ''
  }<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${p.id}/timeline" data-shortcut="T" aria-label="Show activity on
this
post."><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19" height="18"></svg></a></div></div>`;
const signature = (p: SePost, kind: 'question' | 'answer'): string => {
  const edited =
    p.edited === undefined
      ? ''
      : `<div class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time"><a href="/posts/${p.id}/revisions" title="show
all
edits to this post"><span title="${p.edited[1]}" class="relativetime">edited ${p.edited[2]}</span></a></div>${
          p.edited[0] === p.user[0]
            ? ''
            : `<div class="user-details"><a
href="/users/1/${userSlug(p.edited[0])}">${p.edited[0]}</a></div>`
        }</div></div>`;
  return `<div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2"
data-post-id="${p.id}"><div
class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/${kind[0]}/${p.id}" rel="nofollow" itemprop="url" class="js-share-link
js-gps-track" title="Short permalink to this ${kind}">Share</a></div><div class="flex--item"><a href="/posts/${p.id}/edit" class="js-suggest-edit-post
js-gps-track">Improve
this ${kind}</a></div><div class="flex--item"><button id="btnFollowPost-${p.id}" class="s-btn s-btn__link js-follow-post js-gps-track"
aria-pressed="false">Follow</button>
</div></div></div></div>${edited}<div class="post-signature${kind === 'question' ? ' owner' : ''} flex--item"><div class="user-info user-hover"><div
class="user-action-time">${kind === 'question' ? 'asked' : 'answered'} <span title="${p.time[0]}" class="relativetime">${p.time[1]}</span></div><div
class="user-gravatar32"><a href="/users/1/${userSlug(p.user[0])}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/${p.id}.png?s=64"
alt="${p.user[0]}&#39;s
user avatar" width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a
href="/users/1/${userSlug(p.user[0])}">${p.user[0]}</a><span class="d-none" itemprop="name">${p.user[0]}</span>${flair(p)}</div></div></div></div>`;
};
const comments = (p: SePost): string =>
  `<div class="post-layout--right js-post-comments-component"><div id="comments-${p.id}" class="comments js-comments-container bt bc-black-200 mt12"
data-post-id="${p.id}"><ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false">${p.comments
    .map(
      (
        [score, text, user, date],
        i,
      ) => `<li id="comment-${p.id}${i}" class="comment js-comment" data-comment-id="${p.id}${i}" data-comment-score="${score}"><div
class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide">${
        score > 0
          ? `<span title="number of &#39;useful comment&#39; votes received"
class="cool">${score}</span>`
          : ''
      }</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span
class="comment-copy">${text}</span> <div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/1/${userSlug(user)}"
class="comment-user">${user}</a></div> <span
class="comment-date" dir="ltr"><a class="comment-link" href="#comment${i}_${p.id}"><span title="2025-03-02 19:58:31Z, License: CC BY-SA 4.0"
class="relativetime-clean">${date}</span></a></span></div></div></li>`,
    )
    .join(
      '\n',
    )}</ul></div><div id="comments-link-${p.id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask
for more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div></div>`;
/** A question or answer block as the site renders it. */
export function sePost(p: SePost, kind: 'question' | 'answer'): string {
  const open =
    kind === 'question'
      ? `<div class="question js-question" data-questionid="${p.id}" data-score="${p.score}" id="question">`
      : `<a name="${p.id}"></a><div id="answer-${p.id}" class="answer js-answer${p.accepted === true ? ' accepted-answer js-accepted-answer' : ''}"
data-answerid="${p.id}"
data-score="${p.score}" itemprop="${p.accepted === true ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope itemtype="https://schema.org/Answer">`;
  return `${open}<div class="post-layout">${voteCell(p, kind)}<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${p.body}
</div>${signature(p, kind)}</div><span class="d-none" itemprop="commentCount">${p.comments.length}</span>${comments(p)}</div></div>`;
}
/** A `<pre>` code block in the post body. */
export const seCode = (lang: string, code: string): string => `<pre class="lang-${lang} s-code-block"><code class="hljs language-${lang}">${code}</code></pre>`;
/**
 * The page as a server-rendered template writes it (WordPress, MediaWiki, Sphinx, Hugo, XenForo, Stack Exchange): a line
 * break between a closing block tag and the next tag, where the page's template strings run them together.
 */
export const blockBreaks = (html: string): string =>
  html.replace(/(<\/(?:p|li|ul|ol|div|h[1-6]|figure|table|tr|section|header|footer|article|aside|nav|dl|dd|dt|blockquote|pre|form)>)(?=<)/g, '$1\n');
