/**
 * Held-out batch 119, Stack Exchange helpers shared by the Stack Overflow page (file c2) and the Ask Ubuntu page (file f3): the
 * question / answer post layout of the Stack Exchange Q&A template (vote cell with tooltips, s-prose body, tag list, the
 * Share / Improve / Follow menu, edit and owner signatures with reputation and badge counts, the comment list with scores and
 * "Add a comment"), the answers header with its sort menu, the signed-out "Your Answer" box and the OneTrust cookie banner.
 */
export type SeComment = { id: number; text: string; user: string; date: string; score?: string };
export type SePost = {
  id: number;
  score: string;
  body: string;
  user: string;
  rep: string;
  badges: [number, number, number];
  date: string;
  edited?: string;
  editor?: string;
  comments: SeComment[];
  accepted?: boolean;
  tags?: string[];
};
const badge = (n: number, kind: string, cls: string): string =>
  n === 0
    ? ''
    : `<span title="${n} ${kind} badge${n === 1 ? '' : 's'}" aria-hidden="true"><span class="${cls}"></span><span class="badgecount">${n}</span></span>
<span class="v-visible-sr">${n} ${kind} badge${n === 1 ? '' : 's'}</span>`;
const userCard = (p: SePost, verb: string, slug: string): string => `<div class="post-signature owner flex--item"><div class="user-info user-hover">
<div class="d-flex "><div class="user-action-time fl-grow1">${verb} <span title="2023-02-11 09:14:07Z" class="relativetime">${p.date}</span></div></div>
<div class="user-gravatar32"><a href="/users/${p.id}/${slug}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/${p.id}.png?s=64"
alt="${p.user}&#39;s user avatar"
width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/users/${p.id}/${slug}">${p.user}</a><span class="d-none" itemprop="name">${p.user}</span><div class="-flair">
<span class="reputation-score" title="reputation score "
dir="ltr">${p.rep}</span>${badge(p.badges[0], 'gold', 'badge1')}${badge(p.badges[1], 'silver', 'badge2')}
${badge(p.badges[2], 'bronze', 'badge3')}</div></div></div></div>`;
const editCard = (p: SePost): string =>
  p.edited === undefined
    ? ''
    : `<div class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time"><a href="/posts/${p.id}/revisions"
title="show all edits to this post" class="js-gps-track">edited <span title="2023-02-11 10:02:31Z" class="relativetime">${p.edited}</span></a></div>
${
  p.editor === undefined
    ? ''
    : `<div class="user-gravatar32"></div><div class="user-details"><a
href="/users/1/${p.editor}">${p.editor}</a></div>`
}</div></div>`;
export const seComment = (c: SeComment, postId: number): string => `<li id="comment-${c.id}" class="comment js-comment " data-comment-id="${c.id}"
data-comment-score="${c.score ?? 0}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">
${c.score === undefined ? '' : `<span title="number of &#39;useful comment&#39; votes received" class="cool">${c.score}</span>`}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">– <a href="/users/${c.id}/${c.user.toLowerCase().replace(/\W+/g, '-')}" title="14,331 reputation"
class="comment-user">${c.user}</a>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${c.id}_${postId}"><span title="${c.date}, License: CC BY-SA 4.0"
class="relativetime-clean">${c.date}</span></a></span></div></div></div></li>`;
const tips = {
  question: ['This question shows research effort; it is useful and clear', 'This question does not show any research effort; it is unclear or not useful'],
  answer: ['This answer is useful', 'This answer is not useful'],
};
export const sePost = (p: SePost, kind: 'question' | 'answer', site: string): string => {
  const slug = p.user.toLowerCase().replace(/\W+/g, '-');
  const tip = tips[kind];
  const cell = kind === 'question' ? 'postcell' : 'answercell';
  const tagList =
    p.tags === undefined
      ? ''
      : `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none
js-post-tag-list-wrapper d-inline">${p.tags
          .map(
            (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
title="show questions tagged &#39;${t}&#39;"
aria-label="show questions tagged &#39;${t}&#39;" rel="tag">${t}</a></li>`,
          )
          .join('')}</ul></div></div></div>`;
  return `<div class="post-layout"><div class="votecell post-layout--left"><div
class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300"
data-post-id="${p.id}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip" aria-pressed="false"
aria-label="Up vote"
data-selected-classes="fc-theme-primary"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18"></svg></button>
<div class="s-popover s-popover__tooltip" role="tooltip">${tip[0]}<div class="s-popover--arrow"></div></div>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${p.score}">${p.score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true"
class="svg-icon iconArrowDown"></svg>
</button><div class="s-popover s-popover__tooltip" role="tooltip">${tip[1]}<div class="s-popover--arrow"></div></div>
${
  p.accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" role="note" aria-label="Accepted"
title="Loading when this answer was accepted…"
tabindex="0"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg"></svg></div></div>`
    : ''
}
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" data-controller="s-tooltip"><svg aria-hidden="true"
class="fc-theme-primary-500 js-saves-btn-selected d-none svg-icon iconBookmark"></svg></button>
<div class="s-popover s-popover__tooltip" role="tooltip">Save this ${kind}.<div class="s-popover--arrow"></div></div>
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${p.id}/timeline" data-shortcut="T" aria-label="Timeline"
data-controller="s-tooltip"><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory"></svg></a>
<div class="s-popover s-popover__tooltip" role="tooltip">Show activity on this post.<div class="s-popover--arrow"></div></div></div></div>
<div class="${cell} post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${p.body}
</div>${tagList}<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96">
<div class="js-post-menu pt2" data-post-id="${p.id}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item">
<a href="/${kind === 'question' ? 'q' : 'a'}/${p.id}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track"
title="Short permalink to this ${kind}">Share</a></div>
<div class="flex--item"><a href="/posts/${p.id}/edit" class="js-suggest-edit-post js-gps-track">Improve this ${kind}</a></div><div class="flex--item">
<button type="button" id="btnFollowPost-${p.id}" class="s-btn s-btn__link js-follow-post js-gps-track" data-controller="s-tooltip">Follow</button>
<div class="s-popover s-popover__tooltip" role="tooltip">Follow this ${kind} to receive notifications</div></div></div></div></div>
${editCard(p)}${userCard(p, kind === 'question' ? 'asked' : 'answered', slug)}</div></div></div>
<span class="d-none" itemprop="commentCount">${p.comments.length}</span><div class="post-layout--right js-post-comments-component"><div id="comments-${p.id}"
class="comments js-comments-container bt bc-black-200 mt12 ${p.comments.length === 0 ? 'dno' : ''}" data-post-id="${p.id}" data-min-length="15">
<ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-cansee="true" data-addlink-disabled="true">
${p.comments.map((c) => seComment(c, p.id)).join('\n')}</ul></div><div id="comments-link-${p.id}" data-rep="50" data-anon="true">
<a class="js-add-link comments-link disabled-link"
title="Use comments to ask for more information or suggest improvements. Avoid answering questions in comments."
href="#" role="button">Add a comment</a><span class="js-link-separator dno">&nbsp;|&nbsp;</span><a class="js-show-link comments-link dno"
title="Expand to show all comments on this post" href="#" role="button"></a></div></div></div><!-- ${site} -->`;
};
export const seAnswer = (p: SePost, site: string, pos: number): string => `<a name="${p.id}"></a><div id="answer-${p.id}" class="answer js-answer${
  p.accepted ? ' accepted-answer js-accepted-answer' : ''
}" data-answerid="${p.id}" data-score="${p.score}" data-position-on-page="${pos}" itemprop="${p.accepted ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope
itemtype="https://schema.org/Answer">${sePost(p, 'answer', site)}</div>`;
export const seAnswersHeader = (
  n: number,
  path: string,
): string => `<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="${n}">${n} Answers <span style="display:none;" itemprop="answerCount">${n}</span></h2></div><div class="flex--item">
<div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column lh-sm"><label class="flex--item fs-caption"
for="answer-sort-dropdown-select-menu">Sorted
by:</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc" href="${path}?answertab=scoredesc#tab-top">Reset to
default</a>
</div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score
(default)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest
first)</option></select></div></div></div></div></div>`;
export const seYourAnswer = `<form id="post-form" action="/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"
id="your-answer-header">Your
Answer</h2><div id="post-editor" class="post-editor js-post-editor"><div class="wmd-container mb8"><textarea id="wmd-input"
class="wmd-input s-input bar0 js-post-body-field"
name="post-text" cols="92" rows="15" aria-labelledby="your-answer-header" data-min-length=""></textarea></div></div><div class="js-anon-sidebar">
<div class="ps-relative"><h2 class="fs-body2 fw-normal mb4">Sign up or <a id="login-link" href="/users/login">log in</a></h2><div
class="d-flex fd-column gs8 gsy">
<button class="flex--item s-btn s-btn__icon s-btn__google bar-md ba bc-black-225" data-provider="google" type="button">Sign up using Google</button>
<button class="flex--item s-btn s-btn__icon s-btn__github bar-md ba bc-black-225" type="button">Sign up using Email and Password</button></div></div>
<div class="ps-relative"><h2 class="fs-body2 fw-normal mb4">Post as a guest</h2><div class="d-flex fd-column gs4 gsy"><label for="display-name"
class="flex--item s-label">Name</label>
<input class="flex--item s-input" id="display-name" name="display-name" type="text"><label for="m-address" class="flex--item s-label">Email</label>
<p class="flex--item s-description mtn2">Required, but never shown</p><input class="flex--item s-input" id="m-address" name="m-address"
type="email"></div></div></div>
<div class="d-flex gs4 gsy fd-column"><div class="flex--item"><button class="s-btn s-btn__filled" id="submit-button" type="submit">Post Your Answer</button>
<button class="flex--item s-btn s-btn__danger discard-answer dno">Discard</button></div><div class="flex--item js-general-error d-none"></div><p
class="flex--item fs-caption">By
clicking “Post Your Answer”, you agree to our <a href="/legal/terms-of-service/public">terms of service</a> and acknowledge you have read our <a
href="/legal/privacy-policy">privacy policy</a>.</p></div></form>`;
export const seYourAnswerTexts = [
  'Your Answer',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Name',
  'Email',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
export const sePostTexts = (kind: 'question' | 'answer'): string[] => [
  ...tips[kind],
  `Save this ${kind}.`,
  'Show activity on this post.',
  'Share',
  `Improve this ${kind}`,
  'Follow',
  `Follow this ${kind} to receive notifications`,
  'Add a comment',
];
export const seCookie = (company: string): string => `<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat ot-wo-title vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner"><div role="dialog"
aria-label="Privacy">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div>
<div id="onetrust-policy"><div id="onetrust-policy-text">By clicking “Accept all cookies”, you agree ${company} can store cookies on your device and
disclose
information in
accordance with our <a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</div></div></div><div id="onetrust-button-group-parent"
class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler" class="cookie-setting-link">Customize
settings</button>
</div></div></div></div></div></div></div>`;
export const seCookieTexts = (company: string): string[] => [
  `By clicking “Accept all cookies”, you agree ${company} can store cookies on your device and disclose information in accordance with our Cookie Policy.`,
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
