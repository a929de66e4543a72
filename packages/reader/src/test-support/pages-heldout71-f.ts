import { links, type TestPage, texts } from './page-kit.js';
import { hnItem } from './pages-heldout71-f2.js';
import {
  type SoComment,
  type SoPost,
  soAnswerForm,
  soBlog,
  soCookie,
  soDates,
  soFoot,
  soHot,
  soLicense,
  soMeta,
  soNav,
  soPosts,
  soQ,
  soRelated,
  soSort,
  soTags,
  soTeams,
  soTitle,
} from './pages-heldout71-f3.js';

/**
 * Held-out batch 71, file f: a Stack Overflow question with three answers and comments (the top bar with "About",
 * "Products", search, "Log in" and "Sign up", the left sidebar with "Teams" promo, the question header with "Ask Question"
 * and asked/modified/viewed, vote cells with screen-reader labels and counts, the accepted-answer mark, code blocks, tags,
 * the post menus "Share", "Improve this question/answer" and "Follow", the user cards with "asked"/"answered"/"edited"
 * times, reputation and hidden badge texts, comments with scores, users and dates, "Add a comment", the answers header with
 * "Sorted by:", the right sidebar ("The Overflow Blog", "Featured on Meta", "Linked", "Related", "Hot Network Questions"),
 * the "Your Answer" form, the footer and the cookie consent), and (file f2) a Hacker News item page.
 */
const pre = (code: string): string => `<pre class="lang-py s-code-block"><code class="hljs language-python">${code}</code></pre>`;
const bodies: Record<number, string> = {
  78011342: `<p>${soQ.q1[0]}</p>\n${pre(`cols = [<span class="hljs-string">"name"</span>, <span class="hljs-string">"city"</span>, <span
class="hljs-string">"age"</span>]
sorters = {}
<span class="hljs-keyword">for</span> col <span class="hljs-keyword">in</span> cols:
    sorters[col] = <span class="hljs-keyword">lambda</span> rows: <span class="hljs-built_in">sorted</span>(rows, key=<span
class="hljs-keyword">lambda</span> r: r[col])`)}\n<p>${soQ.q2[0]}</p>`,
  78011390: `${soQ.a1a.map((t) => `<p>${t}</p>`).join('\n')}\n${pre(`<span class="hljs-keyword">for</span> col <span class="hljs-keyword">in</span> cols:
    sorters[col] = <span class="hljs-keyword">lambda</span> rows, c=col: <span class="hljs-built_in">sorted</span>(rows, key=<span
class="hljs-keyword">lambda</span> r: r[c])`)}
<p>${soQ.a1b[0]}</p>`,
  78011455: `<p>${soQ.a2[0]}</p>\n${pre(`<span class="hljs-keyword">from</span> functools <span class="hljs-keyword">import</span> partial

<span class="hljs-keyword">def</span> <span class="hljs-title function_">sort_by</span>(<span class="hljs-params">col, rows</span>):
    <span class="hljs-keyword">return</span> <span class="hljs-built_in">sorted</span>(rows, key=<span class="hljs-keyword">lambda</span> r: r[col])

sorters = {col: partial(sort_by, col) <span class="hljs-keyword">for</span> col <span class="hljs-keyword">in</span> cols}`)}\n<p>${soQ.a2[1]}</p>`,
  78013020: `<p>${soQ.a3[0]}</p>\n${pre(`<span class="hljs-keyword">from</span> operator <span class="hljs-keyword">import</span> itemgetter
sorters = {col: itemgetter(col) <span class="hljs-keyword">for</span> col <span class="hljs-keyword">in</span> cols}`)}`,
};
const acceptedMark = `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…"
role="note" aria-label="Accepted"><div class="ta-center"><svg></svg></div></div>`;
const comment = (c: SoComment, postId: number): string => `<li id="comment-${c.id}" class="comment js-comment " data-comment-id="${c.id}"
data-comment-score="${c.score ?? '0'}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">${
  c.score ? `<span title="number of &#39;useful comment&#39; votes received" class="cool">${c.score}</span>` : ''
}</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${c.html}</span>
<div class="d-inline-flex ai-center">–&nbsp;<a href="/users/${c.id % 997}/${c.user.toLowerCase().replace(/ /g, '-')}" class="comment-user">${c.user}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment${c.id}_${postId}"><span title="2023-06-12 14:11:02Z, License: CC BY-SA 4.0"
class="relativetime-clean">${c.date}</span></a></span></div></div></li>`;
const post = (p: SoPost, i: number): string => `<div id="${p.kind === 'question' ? 'question' : `answer-${p.id}`}" class="${
  p.kind === 'question' ? 'question js-question' : `answer js-answer${p.accepted ? ' accepted-answer js-accepted-answer' : ''}`
}" data-${p.kind === 'question' ? 'questionid' : 'answerid'}="${p.id}" data-score="${p.score}" data-position-on-page="${i}"${
  p.kind === 'answer' ? ` itemprop="${p.accepted ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope itemtype="https://schema.org/Answer"` : ''
}><div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300"
data-post-id="${p.id}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote"><svg></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${p.score}">${p.score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg></svg></button>
${p.accepted ? acceptedMark : ''}
</div></div><div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${bodies[p.id]}</div>
${
  p.kind === 'question'
    ? `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${soTags
        .map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="s-tag post-tag" rel="tag">${t}</a></li>`)
        .join('')}</ul></div></div>`
    : ''
}
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2">
<div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/${p.id}" rel="nofollow" class="js-share-link">Share</a></div>
<div class="flex--item"><a href="/posts/${p.id}/edit" class="js-suggest-edit-post">Improve this ${p.kind}</a></div><div class="flex--item">
<button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div></div>
${
  p.edited
    ? `<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time"><a href="/posts/${p.id}/revisions"
title="show all edits to this post">edited
<span class="relativetime">${p.edited}</span></a></div></div></div>`
    : ''
}
<div class="post-signature${p.kind === 'question' ? ' owner' : ''} flex--item"><div class="user-info user-hover"><div class="user-action-time">${p.action}
<span class="relativetime">${soDates[i]}</span></div><div class="user-gravatar32"><a href="/users/${p.id % 9973}"><img src="https://i.sstatic.net/avatar.png"
alt="${p.user}'s user avatar"
width="32" height="32"></a></div><div class="user-details"><a href="/users/${p.id % 9973}/${p.user.toLowerCase().replace(/ /g, '-')}">${p.user}</a>
<div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">${p.rep}</span><span title="${p.badges[0]} gold badges"
aria-hidden="true">
<span class="badge1"></span><span class="badgecount">${p.badges[0]}</span></span><span class="v-visible-sr">${p.badges[0]} gold badges</span>
<span title="${p.badges[1]} silver badges" aria-hidden="true"><span class="badge2"></span><span class="badgecount">${p.badges[1]}</span></span>
<span class="v-visible-sr">${p.badges[1]} silver badges</span><span aria-hidden="true"><span class="badge3"></span><span
class="badgecount">${p.badges[2]}</span></span>
<span class="v-visible-sr">${p.badges[2]} bronze badges</span></div></div></div></div></div></div>
<span class="d-none" itemprop="commentCount">${p.comments.length}</span><div id="comments-${p.id}" class="comments js-comments-container bt bc-black-200 mt12">
<ul class="comments-list js-comments-list">${p.comments.map((c) => comment(c, p.id)).join('\n')}</ul></div>
<div id="comments-link-${p.id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link"
title="Use comments to ask for more information or suggest
improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div></div></div></div>`;
const side = (h: string, a: readonly string[]): string =>
  `<div class="s-sidebarwidget"><div class="s-sidebarwidget--header">${h}</div><ul>${links(a)}</ul></div>`;
const soHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head><title>python - ${soTitle} - Stack Overflow</title>
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta itemprop="name" content="${soTitle}"><link rel="canonical"
href="https://stackoverflow.com/questions/78011342/why-do-all-my-sort-functions-created-in-a-loop">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=a1b2c3d4e5f6">
<script>StackExchange.init({"locale":"en","serverTime":1741080000,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com"});</script></head>
<body class="question-page unified-theme floating-content"><div id="notify-container"></div><a href="#content"
class="s-link s-link__visited">Skip to main content</a>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle"
role="menuitem"
aria-label="Menu"><span></span></a><a class="s-topbar--logo js-gps-track" href="https://stackoverflow.com"><span class="-img _glyph">Stack Overflow</span></a>
<ol class="s-navigation"><li><a href="https://stackoverflow.co/" class="s-navigation--item">About</a></li><li><a href="#"
class="s-navigation--item js-products-menu">
Products</a></li></ol><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"><input name="q" type="text" role="combobox"
placeholder="Search…" aria-label="Search" class="s-input s-input__search"></form><nav class="h100 ml-auto"><ol class="s-topbar--content" role="menubar">
<li role="none"><a href="/users/login?ssrc=head" class="s-topbar--item s-btn s-btn__filled" rel="nofollow">Log in</a></li>
<li role="none"><a href="/users/signup?ssrc=head" class="s-topbar--item s-btn s-btn__primary" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation"><ol class="nav-links">
${links(soNav, 'ps-relative')}</ol><div class="teams-promo"><h3>${soTeams[0]}</h3><p>${soTeams[1]}</p><a href="https://stackoverflow.co/teams/"
class="s-btn">${soTeams[2]}</a>
<a href="https://stackoverflow.co/teams/">${soTeams[3]}</a></div></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/78011342/why-do-all-my-sort-functions-created-in-a-loop" class="question-hyperlink">${soTitle}</a></h1>
<div class="ml12 aside-cta flex--item"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2023-06-12 14:03:21Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2023-06-12T14:03:21">1 year, 9 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit" title="2024-11-02 08:12:40Z">4 months ago</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 12,406 times"><span class="fc-black-400 mr2">Viewed</span> 12k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers">${post(soPosts[0]!, 0)}
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="3">
3 Answers<span style="display:none;" itemprop="answerCount">3</span></h2></div><div class="flex--item"><label class="ws-nowrap"
for="answer-sort">Sorted by:</label>
<div class="s-select"><select id="answer-sort">${soSort.map((t) => `<option>${t}</option>`).join('')}</select></div></div></div></div>
${soPosts
  .slice(1)
  .map((p, i) => post(p, i + 1))
  .join('\n')}
<form id="post-form" class="js-add-answer-component post-form"><h2 class="space">${soAnswerForm[0]}</h2><div class="js-wz-element">
<p>${soAnswerForm[1]}</p><ul><li>${soAnswerForm[2]}</li></ul><p>But <em>avoid</em> …</p><ul><li>${soAnswerForm[3]}</li><li>${soAnswerForm[4]}</li></ul>
<p>${soAnswerForm[5]}</p></div><div class="wmd-container"><textarea id="wmd-input" name="post-text" class="wmd-input s-input"></textarea></div>
<div class="new-login-form"><h2>${soAnswerForm[6]}</h2><button type="button">${soAnswerForm[7]}</button><button type="button">${soAnswerForm[8]}</button>
<h2>${soAnswerForm[9]}</h2><label>Name</label><input type="text"><label>Email</label><p>${soAnswerForm[10]}</p><input type="email"></div>
<button id="submit-button" class="s-btn s-btn__primary" type="submit">${soAnswerForm[11]}</button><a href="#" class="discard-answer">${soAnswerForm[12]}</a>
<p class="privacy-policy-agreement">By clicking “Post Your Answer”, you agree to our <a
href="/legal/terms-of-service/public">terms of service</a> and acknowledge you
have read our <a href="/legal/privacy-policy">privacy policy</a>.</p></form>
<h2 class="bottom-notice">Not the answer you’re looking for? Browse other questions tagged ${soTags
  .map((t) => `<a href="/questions/tagged/${t}" class="post-tag">${t}</a>`)
  .join(' ')} or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">${side(soBlog[0]!, soBlog.slice(1))}${side(soMeta[0]!, soMeta.slice(1))}
${side('Linked', soRelated.slice(0, 2))}${side('Related', soRelated.slice(2))}${side('Hot Network Questions', soHot)}
<a href="https://stackexchange.com/questions?tab=hot">more hot questions</a></div></div></div></div></div>
<footer id="footer" class="site-footer"><div class="site-footer--container"><ul>${links(soFoot)}</ul><p
class="site-footer--copyright fs-fine md:mt24">${soLicense}</p>
</div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><h2 id="onetrust-policy-title">${soCookie[0]}</h2>
<p id="onetrust-policy-text">${soCookie[1]}</p><button id="onetrust-accept-btn-handler">${soCookie[2]}</button><button id="onetrust-reject-all-handler">
${soCookie[3]}</button><button id="onetrust-pc-btn-handler">${soCookie[4]}</button></div></div></body></html>`;
const so: TestPage = {
  html: soHtml,
  name: 'heldout71-stackoverflow-qa-forum',
  kind: 'forum',
  // thread convention: the question, the three answers and every comment are body, code blocks in neither list; names,
  // "asked"/"answered"/"edited" times, comment dates and the header's Asked/Modified times are bylines; votes, reputation,
  // badge texts, tags, menus, the answer form and the rails are furniture; the tags "python" and "lambda" and the footer's
  // "Help" are body words: left out
  title: soTitle,
  headings: [],
  body: soPosts.flatMap((p) => [...texts(p.paras), ...texts(p.comments.map((c) => c.html))]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    ...new Set([
      'Asked', '1 year, 9 months ago', 'Modified', '4 months ago', ...soPosts.map((p, i) => `${p.action} ${soDates[i]}`), ...soPosts.map((p) => p.user),
      ...soPosts.flatMap((p) => (p.edited ? [`edited ${p.edited}`] : [])), ...soPosts.flatMap((p) => p.comments.flatMap((c) => [c.user, c.date])),
    ]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to main content', 'Stack Overflow', 'About', 'Products', 'Log in', 'Sign up', ...soNav, ...soTeams, 'Ask Question', 'Viewed', '12k times',
      ...soPosts.flatMap((p) => [p.score, p.rep, ...p.badges.map((b, i) => `${b} ${['gold', 'silver', 'bronze'][i]} badges`)]), '2', '5',
      ...soTags.filter((t) => t !== 'python' && t !== 'lambda'), 'Share', 'Improve this question', 'Improve this answer', 'Follow', 'Add a comment',
      '3 Answers', 'Sorted by:', ...soSort, ...soAnswerForm, 'Name', 'Email', 'Not the answer you’re looking for? Browse other questions tagged',
      'ask your own question', ...soBlog, ...soMeta, 'Linked', 'Related', ...soRelated, 'Hot Network Questions', ...soHot, 'more hot questions',
      ...soFoot.filter((t) => t !== 'Help'), soLicense, ...soCookie,
    ]),
  ],
};

export const HELDOUT71_F: readonly TestPage[] = [so, hnItem];
