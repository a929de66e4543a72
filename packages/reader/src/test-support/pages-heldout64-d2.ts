/**
 * Held-out batch 64, file d2: the Stack Exchange question-page markup shared by the Ask Ubuntu page (file d) and the Stack
 * Overflow page (file d3), as the network's Stacks templates print it for a logged-out reader in 2025: the question and answer
 * post layout (vote cell with its buttons and count, accepted-answer check, s-prose body, tag list, post menu with Share /
 * Improve / Follow, the "asked/answered" and "edited" user cards with reputation and badge counts), the comments list with
 * comment scores, users and dates and its "Add a comment" link, the answers header with the sort select, the guest answer form
 * and the "Not the answer you're looking for?" notice, the sidebar widgets and the network footer with the OneTrust banner.
 */
export interface SeUser {
  name: string;
  id: number;
  rep: string;
  badges: [number, number, number];
}
export interface SeComment {
  id: number;
  score: number;
  html: string;
  user: string;
  uid: number;
  date: string;
  iso: string;
}
export interface SePost {
  id: number;
  kind: 'question' | 'answer';
  score: number;
  accepted?: boolean;
  html: string;
  tags?: string[];
  owner: SeUser;
  action: string;
  date: string;
  iso: string;
  edited?: [string, string];
  comments: SeComment[];
}
const seVote = (p: SePost): string => `<div class="votecell post-layout--left">
	<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="${p.id}" data-referrer="None">
		<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer py6 mx-auto" data-controller="s-tooltip" data-s-tooltip-placement="right"
			aria-pressed="false" aria-label="Up vote" data-selected-classes="fc-theme-primary" data-unselected-classes=""><svg aria-hidden="true"
			class="svg-icon iconArrowUp" width="18" height="18" viewBox="0 0 18 18"><path d="M1 12h16L9 4z"/></svg></button>
		<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
			data-value="${p.score}">
			${p.score}
		</div>
		<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer py6 mx-auto" aria-pressed="false" aria-label="Down vote"><svg
			aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18" viewBox="0 0 18 18"><path d="M1 6h16l-8 8z"/></svg></button>
		${
      p.accepted === true
        ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" data-s-tooltip-placement="right" title="Loading when this answer
			was accepted&#x2026;" tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg"
			width="36" height="36" viewBox="0 0 36 36"><path d="m6 14 8 8L30 6v8L14 30l-8-8z"/></svg></div></div>`
        : ''
    }
		<button class="js-bookmark-btn s-btn s-btn__unset c-pointer py4 js-gps-track" aria-pressed="false" aria-label="Save post" data-controller="s-tooltip"
			data-s-tooltip-placement="right"><svg aria-hidden="true" class="svg-icon iconBookmarkAlt" width="18" height="18" viewBox="0 0 18 18"></svg></button>
		<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${p.id}/timeline" data-shortcut="T" aria-label="Timeline"
			data-controller="s-tooltip" data-s-tooltip-placement="right"><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19" height="18"
			viewBox="0 0 19 18"></svg></a>
	</div>
</div>`;
const seCard = (u: SeUser | undefined, label: string, date: string, iso: string, owner: boolean): string => `<div class="post-signature${
  owner ? ' owner' : ''
} flex--item">
	<div class="user-info ">
		<div class="d-flex ">
			<div class="user-action-time fl-grow1">
				${label} <span title="${iso.replace('T', ' ')}Z" class="relativetime">${date}</span>
			</div>
		</div>
		${
      u === undefined
        ? ''
        : `<div class="user-gravatar32"><a href="/users/${u.id}/"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/av${u.id}.png?s=64"
			alt="${u.name}'s user avatar" width="32" height="32" class="bar-sm"></div></a></div>
		<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
			<a href="/users/${u.id}/">${u.name}</a><span class="d-none" itemprop="name">${u.name}</span>
			<div class="-flair">
				<span class="reputation-score" title="reputation score " dir="ltr">${u.rep}</span>${u.badges
          .map((n, i) =>
            n === 0
              ? ''
              : `<span title="${n} ${['gold', 'silver', 'bronze'][i]} badges" aria-hidden="true"><span class="badge${i + 1}"></span><span
					class="badgecount">${n}</span></span><span class="v-visible-sr">${n} ${['gold', 'silver', 'bronze'][i]} badges</span>`,
          )
          .join('')}
			</div>
		</div>`
    }
	</div>
</div>`;
const seComment = (c: SeComment, postId: number): string => `<li id="comment-${c.id}" class="comment js-comment " data-comment-id="${c.id}"
	data-comment-owner-id="${c.uid}" data-comment-score="${c.score}">
	<div class="js-comment-actions comment-actions">
		<div class="comment-score js-comment-score js-comment-edit-hide">
			${c.score > 0 ? `<span title="number of &#x27;useful comment&#x27; votes received" class="cool">${c.score}</span>` : ''}
		</div>
	</div>
	<div class="comment-text  js-comment-text-and-form">
		<div class="comment-body js-comment-edit-hide">
			<span class="comment-copy">${c.html}</span>
			<div class="d-inline-flex ai-center">
&ndash;&nbsp;<a href="/users/${c.uid}/" title="reputation" class="comment-user">${c.user}</a>
			</div>
			<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${c.id}_${postId}">
				<span title="${c.iso.replace('T', ' ')}Z, License: CC BY-SA 4.0"
				class="relativetime-clean">${c.date}</span></a></span>
		</div>
	</div>
</li>`;
const seTag = (t: string): string => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag"
	title="show questions tagged &#39;${t}&#39;" aria-label="show questions tagged &#39;${t}&#39;" rel="tag" aria-labelledby="tag-${t}-tooltip-container"
	data-tag-menu-origin="Unknown">${t}</a></li>`;
export const seTags = (tags: readonly string[]): string => `<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${tags.map(seTag).join('')}</ul>`;
export const sePost = (p: SePost): string => {
  const q = p.kind === 'question';
  const head = q
    ? `<div class="question js-question" data-questionid="${p.id}" data-position-on-page="0" data-score="${p.score}" id="question">`
    : `<a name="${p.id}"></a><div id="answer-${p.id}" class="answer js-answer${p.accepted === true ? ' accepted-answer js-accepted-answer' : ''}"
	data-answerid="${p.id}" data-score="${p.score}" itemprop="${p.accepted === true ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope
	itemtype="https://schema.org/Answer">`;
  const editor =
    p.edited === undefined ? '' : seCard(undefined, `<a href="/posts/${p.id}/revisions" title="show all edits to this post">edited</a>`, ...p.edited, false);
  return `${head}
<div class="post-layout">
${seVote(p)}
<div class="postcell post-layout--right">
	<div class="s-prose js-post-body" itemprop="text">
${p.html}
	</div>
	${
    p.tags === undefined
      ? ''
      : `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap">
		${seTags(p.tags)}</div></div></div>`
  }
	<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">
		<div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="${p.id}">
			<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap">
				<div class="flex--item"><a href="/${q ? 'q' : 'a'}/${p.id}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track"
					title="Short permalink to this ${p.kind}">Share</a></div>
				<div class="flex--item"><a href="/posts/${p.id}/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this ${p.kind}</a></div>
				<div class="flex--item"><button type="button" id="btnFollowPost-${p.id}" class="s-btn s-btn__link js-follow-post js-gps-track"
					data-controller="s-tooltip" data-s-tooltip-placement="bottom">Follow</button></div>
			</div></div></div>
		${editor}
		${seCard(p.owner, p.action, p.date, p.iso, q)}
	</div></div>
</div>
<span class="d-none" itemprop="commentCount">${p.comments.length}</span>
<div class="post-layout--right js-post-comments-component">
	<div id="comments-${p.id}" class="comments js-comments-container bt bc-black-075 mt12 " data-post-id="${p.id}" data-min-length="15">
		<ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-cansee="true">
${p.comments.map((c) => seComment(c, p.id)).join('\n')}
		</ul>
	</div>
	<div id="comments-link-${p.id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more
		information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div>
</div>
</div>
</div>`;
};
export const seAnswersHeader = (n: number): string => `<div id="answers-header">
	<div class="answers-subheader d-flex ai-center mb8">
		<div class="flex--item fl1"><h2 class="mb0" data-answercount="${n}">${n} Answers<span style="display:none;" itemprop="answerCount">${n}</span></h2></div>
		<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start">
			<div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label>
				<a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc" href="#">Reset to default</a></div>
			<div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu">
				<option value="scoredesc" selected="selected">Highest score (default)</option>
				<option value="modifieddesc">Date modified (newest first)</option>
				<option value="createdasc">Date created (oldest first)</option>
			</select></div>
		</div></div>
	</div>
</div>`;
export const seAnswerForm = (tags: readonly string[]): string => `<form id="post-form" action="/questions/answer/submit" method="post"
	class="js-add-answer-component post-form">
	<h2 class="space" id="your-answer-header">Your Answer</h2>
	<div id="post-editor" class="post-editor js-post-editor"><div class="wmd-container mb8"><textarea id="wmd-input" name="post-text"
		class="wmd-input s-input bar0 js-post-body-field" data-post-type-id="2" cols="92" rows="15" aria-labelledby="your-answer-header"></textarea></div></div>
	<div class="js-login-required">
		<h2 class="bottom-notice">Sign up or <a href="/users/login?ssrc=question_page">log in</a></h2>
		<button class="s-btn s-btn__outlined s-btn__icon w100 mb4" type="button">Sign up using Google</button>
		<button class="s-btn s-btn__outlined s-btn__icon w100 mb4" type="button">Sign up using Email and Password</button>
		<h2 class="bottom-notice">Post as a guest</h2>
		<label for="display-name" class="s-label">Name</label><input id="display-name" name="display-name" type="text" class="s-input" value="">
		<label for="m-address" class="s-label">Email</label><p class="s-description">Required, but never shown</p>
		<input id="m-address" name="m-address" type="email" class="s-input" value="">
	</div>
	<div class="form-submit cbt d-flex gsx gs4"><button class="s-btn s-btn__filled" type="submit" id="submit-button">Post Your Answer</button>
		<button class="flex--item s-btn s-btn__danger discard-answer dno">Discard</button></div>
	<div class="js-post-disclaimer fs-body1 fc-black-400 mt8">By clicking “Post Your Answer”, you agree to our <a
		href="https://stackoverflow.com/legal/terms-of-service/public" name="tos" target="_blank" class="-link">terms of service</a>
		and acknowledge you have read our <a
		href="https://stackoverflow.com/legal/privacy-policy" name="privacy" target="_blank" class="-link">privacy policy</a>.</div>
</form>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged ${seTags(tags)} or <a href="/questions/ask">ask your own
	question</a>.</h2>`;
export const seConsent = `<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div role="dialog" aria-modal="true"
	aria-describedby="onetrust-policy-text" aria-label="Your privacy"><div class="ot-sdk-container"><div class="ot-sdk-row">
	<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2>
		<div id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information
		in accordance with our <a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</div></div></div>
	<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
		<button id="onetrust-accept-btn-handler">Accept all cookies</button>
		<button id="onetrust-reject-all-handler">Necessary cookies only</button>
		<button id="onetrust-pc-btn-handler">Customize settings</button></div></div>
</div></div></div></div></div>`;
export const seConsentTexts = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
export const seFormTexts = [
  'Add a comment',
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
  "Not the answer you're looking for? Browse other questions tagged",
  'ask your own question',
  'Sorted by:',
  'Reset to default',
  'Highest score (default)',
  'Date modified (newest first)',
  'Date created (oldest first)',
  'Share',
  'Follow',
];
const seCompany = ['Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal', 'Privacy Policy', 'Terms of Service'];
const seNetwork = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
const seSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
const seLi = (items: readonly string[]): string =>
  items
    .map(
      (t) => `<li><a href="https://stackoverflow.co/${t.toLowerCase().replace(/\W+/g, '-')}/" class="js-gps-track -link">${t.replace(/&/g, '&amp;')}</a></li>`,
    )
    .join('\n');
export const seFooter = (site: string, siteLinks: readonly string[], rev: string): string => `<footer id="footer" class="site-footer" role="contentinfo">
	<div class="site-footer--container">
		<nav class="site-footer--nav">
			<div class="site-footer--col site-footer--col__visible js-footer-col" data-name="default"><h5 class="-title"><a href="/">${site}</a></h5>
				<ul class="-list js-primary-footer-links">${seLi(siteLinks)}</ul></div>
			<div class="site-footer--col site-footer--company-col js-footer-col" data-name="company">
				<h5 class="-title"><a href="https://stackoverflow.co/">Company</a></h5>
				<ul class="-list">${seLi(seCompany)}
				<li id="consent-footer-link"><a class="js-gps-track -link js-cookie-settings">Cookie Settings</a></li>
				<li><a href="https://stackoverflow.com/legal/cookie-policy" class="js-gps-track -link">Cookie Policy</a></li></ul></div>
			<div class="site-footer--col site-footer--categories-nav"><div><h5 class="-title"><a href="https://stackexchange.com">Stack Exchange Network</a></h5>
				<ul class="-list">${seLi(seNetwork)}</ul></div></div>
		</nav>
		<div class="site-footer--copyright fs-fine md:mt24">
			<ul class="-list -social md:mb8">${seLi(seSocial)}</ul>
			<p class="md:mb0"><span class="td-underline"><a href="https://stackoverflow.com/help/licensing">Site design / logo</a></span> © 2025 Stack Exchange Inc;
				<span class="td-underline"><a href="https://stackoverflow.com/help/licensing">user contributions licensed under CC BY-SA</a></span>.
				<span id="svnrev">rev ${rev}</span></p>
		</div>
	</div>
</footer>`;
export const seFooterTexts = (site: string, siteLinks: readonly string[]): string[] => [
  site,
  ...siteLinks,
  'Company',
  ...seCompany.filter((t) => !siteLinks.includes(t)),
  'Cookie Settings',
  'Cookie Policy',
  'Stack Exchange Network',
  ...seNetwork,
  ...seSocial,
  'Site design / logo',
  '© 2025 Stack Exchange Inc;',
  'user contributions licensed under CC BY-SA',
];
