import { links } from './page-kit.js';

/**
 * Held-out batch 128, file b2: the Stack Exchange question-page template shared by the Stack Overflow and Super User
 * pages (top bar, left navigation, vote cell with its tooltips, post menu and signature, comments, answers header, the
 * answer form for signed-out visitors, side bar widgets, the OneTrust cookie banner and the footer).
 */
export interface SeComment {
  score: string;
  text: string;
  user: string;
  time: string;
}
export interface SePost {
  id: string;
  score: string;
  body: string;
  action: 'asked' | 'answered';
  time: string;
  user: string;
  rep: string;
  badges: string[];
  edited?: { time: string; user?: string };
  comments: SeComment[];
  accepted?: boolean;
  tags?: string[];
}
export const seTips = {
  question: [
    'This question shows research effort; it is useful and clear',
    'This question does not show any research effort; it is unclear or not useful',
    'Save this question.',
  ],
  answer: ['This answer is useful', 'This answer is not useful', 'Save this answer.'],
  timeline: 'Show activity on this post.',
};
const tip = (id: string, t: string): string => `<div id="--stacks-s-tooltip-${id}" class="s-popover s-popover__tooltip" role="tooltip">${t}
<div class="s-popover--arrow"></div></div>`;
const badge = (b: string): string => {
  const [n, kind] = b.split(' ');
  const cls = kind === 'gold' ? 'badge1' : kind === 'silver' ? 'badge2' : 'badge3';
  return `<span title="${b}" aria-hidden="true"><span class="${cls}"></span><span class="badgecount">${n}</span></span>
<span class="v-visible-sr">${b}</span>`;
};
const signature = (p: SePost, owner: boolean): string => `<div class="post-signature${owner ? ' owner' : ''} flex--item">
<div class="user-info user-hover"><div class="user-action-time">${p.action} <span title="2025-03-04 09:12:41Z" class="relativetime">${p.time}</span></div>
<div class="user-gravatar32"><a href="/users/${p.rep.replace(/\D/g, '')}/"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.example/${p.id}.png"
alt="${p.user}'s user avatar" width="32" height="32" class="bar-sm"></div></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/${p.rep.replace(/\D/g, '')}/">${p.user}</a>
<span class="d-none" itemprop="name">${p.user}</span><div class="-flair">
<span class="reputation-score" title="reputation score " dir="ltr">${p.rep}</span>
${p.badges.map(badge).join('\n')}</div></div></div></div>`;
const edited = (p: SePost): string =>
  p.edited
    ? `<div class="flex--item mr16" style="flex: 1 1 100px;"><div class="user-info "><div class="user-action-time"><a href="/posts/${p.id}/revisions"
title="show all edits to this post" class="js-gps-track">edited <span title="2025-03-04 11:03:27Z" class="relativetime">${p.edited.time}</span></a></div>
${p.edited.user ? `<div class="user-details"><a href="/users/99/">${p.edited.user}</a></div>` : ''}</div></div>`
    : '';
const comment = (c: SeComment, i: number, id: string): string => `<li id="comment-${id}${i}" class="comment js-comment " data-comment-id="${id}${i}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">${
  c.score === '' ? '' : `<span title="number of &#39;useful comment&#39; votes received" class="cool">${c.score}</span>`
}</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide">
<span class="comment-copy">${c.text}</span>
<div class="d-inline-flex ai-center">–&nbsp;<a href="/users/7/" title="reputation" class="comment-user">${c.user}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${i}_${id}"><span title="2025-03-04 09:30:11Z, License: CC BY-SA 4.0"
class="relativetime-clean">${c.time}</span></a></span></div></div></li>`;
const accept = `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" role="note" aria-label="Accepted">
<div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg"></svg></div></div>`;
export const sePost = (p: SePost, kind: 'question' | 'answer', asker: string): string => {
  const q = kind === 'question';
  const tips = q ? seTips.question : seTips.answer;
  const cls = q ? 'question js-question' : `answer js-answer${p.accepted ? ' accepted-answer js-accepted-answer' : ''}`;
  const prop = q ? 'mainEntity' : p.accepted ? 'acceptedAnswer' : 'suggestedAnswer';
  return `<div id="${q ? 'question' : `answer-${p.id}`}" class="${cls}"
data-${q ? 'questionid' : 'answerid'}="${p.id}" data-score="${p.score}" itemprop="${prop}"
itemscope itemtype="https://schema.org/${q ? 'Question' : 'Answer'}"><div class="post-layout"><div class="votecell post-layout--left">
<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${p.id}">
<button class="js-vote-up-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill" aria-pressed="false" aria-label="Up vote"
aria-describedby="--stacks-s-tooltip-up${p.id}"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18"></svg></button>
${tip(`up${p.id}`, tips[0] as string)}
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${p.score}">${p.score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill" aria-pressed="false" aria-label="Down vote"
aria-describedby="--stacks-s-tooltip-dn${p.id}"><svg aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18"></svg></button>
${tip(`dn${p.id}`, tips[1] as string)}
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button" aria-describedby="--stacks-s-tooltip-sv${p.id}"><svg></svg></button>
${tip(`sv${p.id}`, tips[2] as string)}
${p.accepted ? accept : ''}
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${p.id}/timeline" aria-label="Timeline"
aria-describedby="--stacks-s-tooltip-tl${p.id}"><svg></svg></a>${tip(`tl${p.id}`, seTips.timeline)}</div></div>
<div class="${q ? 'postcell' : 'answercell'} post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${p.body}
</div>${
    p.tags
      ? `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap">
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${p.tags
          .map(
            (t) =>
              `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag js-gps-track" rel="tag">${t}</a></li>`,
          )
          .join('\n')}</ul></div></div></div>`
      : ''
  }
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="2025-03-04T09:12:41"></time>
<div class="flex--item mr16" style="flex: 1 1 100px;"><div class="js-post-menu pt2" data-post-id="${p.id}">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
<div class="flex--item"><a href="/${q ? 'q' : 'a'}/${p.id}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track">Share</a></div>
<div class="flex--item"><a href="/posts/${p.id}/edit" class="js-suggest-edit-post js-gps-track">Improve this ${kind}</a></div>
<div class="flex--item"><button type="button" id="btnFollowPost-${p.id}" class="s-btn s-btn__link js-follow-post js-gps-track">Follow</button></div>
</div></div></div>${edited(p)}${signature(p, q || p.user === asker)}</div></div></div>
<span class="d-none" itemprop="commentCount">${p.comments.length}</span>
<div class="post-layout--right js-post-comments-component"><div id="comments-${p.id}" class="comments js-comments-container bt bc-black-075 mt12">
<ul class="comments-list js-comments-list">${p.comments.map((c, i) => comment(c, i, p.id)).join('\n')}</ul></div>
<div id="comments-link-${p.id}"><a class="js-add-link comments-link disabled-link" href="#" role="button">Add a comment</a></div></div></div></div>`;
};
export const seAnswersHeader = (n: number): string => `<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8">
<div class="flex--item fl1"><h2 class="mb0" data-answercount="${n}">${n} Answers<span style="display:none;" itemprop="answerCount">${n}</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start">
<label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label>
<a class="js-sort-preference-change s-link flex--item fs-fine d-none" href="?answertab=scoredesc#tab-top">Reset to default</a></div>
<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">
<option value="scoredesc" selected="selected">Highest score (default)</option><option value="trending">Trending (recent votes count more)</option>
<option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div>
</div></div>`;
export const seSort = [
  'Sorted by:',
  'Reset to default',
  'Highest score (default)',
  'Trending (recent votes count more)',
  'Date modified (newest first)',
  'Date created (oldest first)',
];
export const seForm = [
  'Your Answer',
  'Draft saved',
  'Draft discarded',
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
export const seAnswerForm = (tags: string[]): string => `<form id="post-form" action="/questions/answer/submit" method="post"
class="js-add-answer-component post-form"><h2 class="space" id="your-answer-header">${seForm[0]}</h2>
<div class="js-post-notices"></div><div id="post-editor" class="post-editor js-post-editor"><div class="wmd-container mb8">
<textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field" rows="15" cols="92"></textarea></div>
<div class="fl-grow1"><span class="js-draft-saved-text d-none">${seForm[1]}</span><span class="js-draft-discarded-text d-none">${seForm[2]}</span></div></div>
<div class="js-login-prompt"><h2 class="fs-title mb8">${seForm[3]}</h2><div class="d-flex fd-column gs8">
<button class="s-btn s-btn__icon s-btn__google bar-md ba bc-black-100" type="button">${seForm[4]}</button>
<button class="s-btn s-btn__icon s-btn__outlined bar-md" type="button">${seForm[5]}</button></div>
<h2 class="fs-title mt16 mb8">${seForm[6]}</h2><label class="s-label" for="display-name">${seForm[7]}</label>
<input class="s-input" id="display-name" type="text">
<label class="s-label" for="m-address">${seForm[8]}</label><p class="s-description">${seForm[9]}</p><input class="s-input" id="m-address" type="email"></div>
<div class="form-submit clear-both d-flex gsx gs4"><button id="submit-button" class="s-btn s-btn__filled" type="submit">${seForm[10]}</button>
<button class="s-btn s-btn__danger s-btn__link js-discard-question" type="button">${seForm[11]}</button></div>
<p class="ps-relative fc-black-400 mt16">By clicking “Post Your Answer”, you agree to our <a href="/legal/terms-of-service/public">terms of service</a> and
acknowledge you have read our <a href="/legal/privacy-policy">privacy policy</a>.</p></form>
<h2 class="bottom-notice fs-body3 fw-normal lh-md" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${tags
  .map((t) => `<a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a>`)
  .join(' ')} or <a href="/questions/ask">ask your own question</a>.</h2>`;
export const seCookie = [
  'Your Privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in ' +
    'accordance with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
export const seCookieBanner = `<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat ot-wo-title" role="region" aria-label="Cookie banner">
<div role="dialog" aria-label="${seCookie[0]}"><div id="onetrust-policy"><h2 id="onetrust-policy-title">${seCookie[0]}</h2>
<div id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in
accordance with our <a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</div></div><div id="onetrust-button-group-parent">
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${seCookie[2]}</button><button id="onetrust-reject-all-handler">${seCookie[3]}</button>
</div><button id="onetrust-pc-btn-handler">${seCookie[4]}</button></div></div></div></div>`;
export const seFooterCompany = ['About', 'Press', 'Work Here', 'Legal', 'Privacy Policy', 'Terms of Service', 'Contact Us', 'Cookie Settings', 'Cookie Policy'];
export const seFooterNetwork = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
export const seSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
export const seFooter = (site: string, first: string[], rev: string): string => `<footer id="footer" class="site-footer js-footer theme-dark__forced"
role="contentinfo"><div class="site-footer--container"><div class="site-footer--logo"><a href="/" aria-label="${site}"><svg></svg></a></div>
<nav class="site-footer--nav"><div class="site-footer--col site-footer--col__visible js-footer-col" data-name="default"><h5 class="-title">
<a href="/" class="js-gps-track">${site}</a></h5><ul class="-list js-primary-footer-links">${links(first, '-item')}</ul></div>
<div class="site-footer--col js-footer-col" data-name="company"><h5 class="-title"><a href="https://stackoverflow.co/">Company</a></h5>
<ul class="-list">${links(seFooterCompany, '-item')}</ul></div><div class="site-footer--col site-footer--categories-nav"><div><h5 class="-title">
<a href="https://stackexchange.com">Stack Exchange Network</a></h5><ul class="-list">${links(seFooterNetwork, '-item')}</ul></div></div></nav>
<div class="site-footer--copyright fs-fine md:mt24"><ul class="-list -social md:mb8">${links(seSocial, '-item')}</ul>
<p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; <span class="td-underline"><a href="/help/licensing">user contributions licensed under
<span class="td-underline">CC BY-SA</span></a></span>. <span id="svnrev">rev&nbsp;${rev}</span></p></div></div></footer>`;
export const seSideList = (id: string, head: string, items: [string, string][], cls = 'linked'): string => `<div class="module sidebar-${id}">
<h4 id="h-${id}">${head}</h4><div class="${cls}" data-tracker="lq=1">${items
  .map(
    ([n, t], i) => `<div class="spacer js-gps-track"><a href="/q/${i}" title="Question score (highest is best)"><div class="answer-votes default">${n}</div></a>
<a href="/questions/${i}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>`;
