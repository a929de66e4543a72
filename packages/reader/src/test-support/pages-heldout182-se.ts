import { plain, texts } from './page-kit.js';

/**
 * Held-out batch 182, shared Stack Exchange template: the question page as an anonymous visitor saves it (QAPage
 * microdata, the s-topbar with "Skip to main content", "Log in" and "Sign up", the left sidebar with the Teams promo, the
 * question header with "Ask Question", the Asked / Modified / Viewed line, vote cells with counts, post bodies, tags, post
 * menus, user cards with reputation and badges, comments, the answers header with its sort menu, the "Your Answer" form
 * with its hidden help and sign-up texts, the "Not the answer" notice, the right sidebar widgets, the OneTrust cookie
 * banner and the footer). The pages put their own texts in; the gold lists come from the same data.
 */
export type Block = { p: string } | { ul: string[] } | { ol: string[] } | { h: string } | { pre: string } | { quote: string };
export interface SeUser {
  name: string;
  rep: string;
  badges: [number, number, number];
}
export interface SeComment {
  score?: string;
  text: string;
  user: string;
  date: string;
}
export interface SePost {
  id: number;
  score: string;
  blocks: Block[];
  time: string;
  user: SeUser;
  edited?: string;
  comments: SeComment[];
  accepted?: boolean;
}
export interface SeSite {
  name: string;
  host: string;
  key: string;
}
export interface SeQuestion {
  site: SeSite;
  slug: string;
  title: string;
  tags: string[];
  asked: string;
  askedIso: string;
  modified: string;
  viewed: string;
  q: SePost;
  answers: SePost[];
  blog: string[];
  meta: string[];
  related: [string, string][];
  hot: [string, string][];
  /** HTML put at the top of the question's post body (duplicate notices). */
  notice?: string;
  /** HTML put after the question post (bounty notices). */
  after?: string;
  /** Top bar links before "Log in" (Stack Overflow's "About", "Products", "For Teams"). */
  topNav?: string[];
  /** Extra head markup (MathJax configuration). */
  head?: string;
}

const tag = (cls: string, b: string, items: readonly string[]): string =>
  `<${cls}>\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</${cls}>`.replace(`<${cls}>`, `<${cls}${b}>`);
export const blocksHtml = (bs: readonly Block[]): string =>
  bs
    .map((b) =>
      'p' in b
        ? `<p>${b.p}</p>`
        : 'ul' in b
          ? tag('ul', '', b.ul)
          : 'ol' in b
            ? tag('ol', '', b.ol)
            : 'h' in b
              ? `<h2>${b.h}</h2>`
              : 'pre' in b
                ? `<pre class="lang-none s-code-block"><code class="hljs">${b.pre}</code></pre>`
                : `<blockquote>\n<p>${b.quote}</p>\n</blockquote>`,
    )
    .join('\n');
export const blocksBody = (bs: readonly Block[]): string[] =>
  texts(bs.flatMap((b) => ('p' in b ? [b.p] : 'ul' in b ? b.ul : 'ol' in b ? b.ol : 'quote' in b ? [b.quote] : [])));
export const blocksHeads = (bs: readonly Block[]): string[] => bs.flatMap((b) => ('h' in b ? [plain(b.h)] : []));

const badgeNames = ['gold', 'silver', 'bronze'];
export const badgeText = (u: SeUser): string[] => u.badges.flatMap((n, i) => (n > 0 ? [`${n} ${badgeNames[i]} badge${n === 1 ? '' : 's'}`] : []));
const userCard = (u: SeUser, action: string, time: string, owner: boolean): string => `<div class="post-signature${owner ? ' owner' : ''} flex--item">
<div class="user-info user-hover">
<div class="user-action-time">${action} <span title="${time}" class="relativetime">${time}</span></div>
<div class="user-gravatar32"><a href="/users/${u.name.length * 977}/${u.name.toLowerCase().replace(/\W+/g, '-')}"><div class="gravatar-wrapper-32">
<img src="https://www.gravatar.com/avatar/${u.name.length}a9?s=64&amp;d=identicon&amp;r=PG" alt="${u.name}'s user avatar"
width="32" height="32" class="bar-sm"></div></a>
</div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/users/${u.name.length * 977}/${u.name.toLowerCase().replace(/\W+/g, '-')}">${u.name}</a><span class="d-none" itemprop="name">${u.name}</span>
<div class="-flair">
<span class="reputation-score" title="reputation score " dir="ltr">${u.rep}</span>
${u.badges
  .map((n, i) =>
    n > 0
      ? `<span title="${badgeText(u).find((b) => b.includes(badgeNames[i] ?? '')) ?? ''}" aria-hidden="true"><span class="badge${i + 1}"></span>
<span class="badgecount">${n}</span></span>
<span class="v-visible-sr">${n} ${badgeNames[i]} badge${n === 1 ? '' : 's'}</span>`
      : '',
  )
  .join('\n')}
</div></div></div></div>`;
const comment = (c: SeComment, i: number): string => `<li id="comment-${1000 + i}" class="comment js-comment" data-comment-id="${1000 + i}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide">${
  c.score === undefined ? '' : `<span title="number of 'useful comment' votes received" class="cool">${c.score}</span>`
}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide">
<span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">– <a href="/users/${c.user.length}/x" title="reputation" class="comment-user">${c.user}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${1000 + i}"><span title="${c.date}, License: CC BY-SA 4.0"
class="relativetime-clean">${c.date}</span></a></span>
</div></div></li>`;
export const post = (q: SeQuestion, p: SePost, isQ: boolean): string => {
  const kind = isQ ? 'question' : 'answer';
  const voting = `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300"
data-post-id="${p.id}" data-referrer="None">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer py6 mx-auto" data-controller="s-tooltip" data-s-tooltip-placement="right"
aria-pressed="false" aria-label="Up vote" data-selected-classes="fc-theme-primary"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18"
height="18" viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${p.score}">${p.score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer py6 mx-auto" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true"
class="svg-icon iconArrowDown" width="18" height="18" viewBox="0 0 18 18"><path d="M1 6h16l-8 8z"></path></svg></button>
${
  p.accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" data-s-tooltip-placement="right" title="Loading when this answer was
accepted…" tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36"
height="36" viewBox="0 0 36 36"><path d="m6 14 8 8L30 6v8L14 30l-8-8z"></path></svg></div></div>`
    : ''
}
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${p.id}/timeline" data-shortcut="T" aria-label="Timeline"
data-controller="s-tooltip" data-s-tooltip-placement="right"><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19" height="18"
viewBox="0 0 19 18"><path d="M3 9a8 8 0 1 1 3.73 6.77"></path></svg></a>
</div></div>`;
  const tags = isQ
    ? `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap">
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">
${q.tags
  .map(
    (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" title="show questions tagged '${t}'"
aria-label="show questions tagged '${t}'" rel="tag">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></div>`
    : '';
  return `<div class="post-layout">
${voting}
<div class="postcell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
${isQ && q.notice !== undefined ? q.notice : ''}
${blocksHtml(p.blocks)}
</div>
${tags}
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">
<div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="${p.id}" data-post-type-id="${isQ ? 1 : 2}">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/${isQ ? 'q' : 'a'}/${p.id}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track"
title="Short permalink to this ${kind}" data-controller="se-share-sheet" data-se-share-sheet-title="Share a link to this ${kind}"
data-se-share-sheet-license-name="CC BY-SA 4.0">Share</a></div>
<div class="flex--item"><a href="/posts/${p.id}/edit" class="js-suggest-edit-post js-gps-track" data-gps-track="post.click({ item: 6 })"
title="">Improve this ${kind}</a></div>
<div class="flex--item"><button type="button" id="btnFollowPost-${p.id}" class="s-btn s-btn__link js-follow-post js-follow-${kind} js-gps-track"
data-controller="s-tooltip " data-s-tooltip-placement="bottom" data-s-popover-placement="bottom" aria-controls="">Follow</button></div>
</div></div></div>
${
  p.edited === undefined
    ? ''
    : `<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time"><a href="/posts/${p.id}/revisions"
title="show all edits to this post" class="js-gps-track">edited <span title="${p.edited}" class="relativetime">${p.edited}</span></a></div></div></div>`
}
${userCard(p.user, isQ ? 'asked' : 'answered', p.time, isQ)}
</div></div></div>
<span class="d-none" itemprop="commentCount">${p.comments.length}</span>
<div class="post-layout--right js-post-comments-component">
<div id="comments-${p.id}" class="comments js-comments-container bt bc-black-075 mt12${p.comments.length === 0 ? ' dno' : ''}" data-post-id="${p.id}">
<ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-addlink-disabled="true">
${p.comments.map(comment).join('\n')}
</ul></div>
<div id="comments-link-${p.id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for
more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a>
<span class="js-link-separator dno">&nbsp;|&nbsp;</span></div>
</div></div>`;
};

export const seNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Chat', 'Users'];
export const seTeams = ['Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
export const seSort = ['Sorted by:', 'Reset to default', 'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)'];
export const seHelp = (site: string): string[] => [
  `Thanks for contributing an answer to ${site}!`,
  'Please be sure to answer the question. Provide details and share your research!',
  'But avoid …',
  'Asking for help, clarification, or responding to other answers.',
  'Making statements based on opinion; back them up with references or personal experience.',
  'To learn more, see our tips on writing great answers.',
];
export const seForm = [
  'Your Answer',
  'Draft saved',
  'Draft discarded',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
export const seCookie = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in ' +
    'accordance with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
export const seFootSite = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback'];
export const seFootCo = [
  'Stack Overflow',
  'Teams',
  'Advertising',
  'Talent',
  'About',
  'Press',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
];
export const seFootNet = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
export const seSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
export const seCopy = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA . rev 2025.11.6.36921';
export const seNotAnswer = 'Not the answer you’re looking for? Browse other questions tagged';
