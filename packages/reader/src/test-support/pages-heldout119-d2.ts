import { type TestPage, texts } from './page-kit.js';
import {
  ghTitle,
  ghOp,
  ghOpCode,
  ghC1,
  ghR1,
  ghR2,
  ghAns,
  ghAnsCode,
  ghR3,
  ghExcerpt,
  ghMin,
  ghMenus,
  ghFlash,
  ghTabs,
  ghFoot,
} from './pages-heldout119-d4.js';

/**
 * Held-out batch 119, file d2: a GitHub Discussions Q&A thread as a signed-out visitor saves it (skip link, the marketing header
 * with its Product / Solutions / Resources / Open Source menus and their descriptions, "Search or jump to...", "Sign in" and
 * "Sign up", the hidden session flash messages, the repository header with Notifications / Fork / Star counters and tabs, the
 * discussion header with "New discussion", the Answered state and "asked this question in", the "Answered by" summary with its
 * excerpt and "View full answer", the opening post, upvote buttons and reactions, threaded comments and replies with Author /
 * Maintainer labels and an "edited" menu, a minimized off-topic comment, "Marked as answer", the sidebar with category, labels
 * and participants, the sign-up prompt and the footer).
 */
const avatar = (u: string, s = 40): string =>
  `<a class="d-inline-block" data-hovercard-type="user" href="/${u}"><img class="avatar avatar-user" height="${s}" width="${s}" alt="@${u}"
src="https://avatars.githubusercontent.com/u/1?s=80&amp;v=4"></a>`;
const editedMenu =
  '<details class="details-overlay details-reset d-inline-block dropdown"><summary class="btn-link js-notice"><span>edited</span></summary></details>';
const header = (u: string, date: string, labels: string[], edited = false): string => `<div class="timeline-comment-header clearfix d-flex flex-items-center">
<h3 class="timeline-comment-header-text f5 text-normal">${avatar(u, 24)} <a class="author Link--primary text-bold css-overflow-wrap-anywhere"
data-hovercard-type="user"
href="/${u}">${u}</a> <span class="color-fg-muted"><a href="#discussioncomment" class="Link--secondary js-timestamp"><relative-time class="no-wrap"
datetime="2025-09-18T08:12:44Z"
title="${date}">${date}</relative-time></a></span></h3>${labels
  .map(
    (l) => `<span class="Label Label--secondary ml-1"
title="This user is the ${l.toLowerCase()}">${l}</span>`,
  )
  .join('')}
${edited ? editedMenu : ''}
<details class="details-overlay details-reset position-relative d-inline-block"><summary class="timeline-comment-action Link--secondary btn-link"
aria-label="Comment options"
role="button"><svg aria-hidden="true" class="octicon octicon-kebab-horizontal"></svg></summary></details></div>`;
const body = (
  ps: readonly string[],
  code = '',
): string => `<task-lists disabled sortable><table class="d-block user-select-contain" data-paste-markdown-skip><tbody class="d-block">
<tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body">${ps
  .map(
    (p, i) =>
      `<p dir="auto">${p}</p>${
        i === 1 && code !== ''
          ? `\n<div class="highlight highlight-source-js notranslate position-relative overflow-auto" dir="auto"><pre class="notranslate">${code}</pre>
<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0"
role="button"></clipboard-copy></div></div>`
          : ''
      }`,
  )
  .join('\n')}</td></tr></tbody></table></task-lists>`;
const votes = (
  n: string,
): string => `<div class="js-upvote d-flex flex-column flex-items-center"><button type="submit" class="btn-link color-fg-muted p-1 js-upvote-button"
aria-label="Upvote: ${n}" disabled title="You must be logged in to vote"><svg class="octicon octicon-arrow-up"></svg><span
class="js-upvote-count">${n}</span></button></div>`;
const react = (
  emoji: string,
  n: string,
): string => `<div class="js-comment-reactions-options d-flex flex-items-center flex-row flex-wrap"><button class="social-reaction-summary-item
btn-link d-flex no-underline color-fg-muted flex-items-baseline mr-2" disabled><g-emoji class="social-button-emoji" alias="heart">${emoji}</g-emoji>
<span class="js-discussion-reaction-group-count">${n}</span></button></div>`;
const reply = (
  u: string,
  date: string,
  labels: string[],
  ps: readonly string[],
): string => `<div class="discussion-nested-comment-timeline-item js-comment-container
TimelineItem pt-2 pb-0 px-3 mx-0"><div class="TimelineItem-avatar">${avatar(u, 24)}</div><div class="discussion-nested-comment-group js-comment
timeline-comment-group">
${header(u, date, labels)}<div class="edit-comment-hide">${body(ps)}</div>${react('👍', '1')}</div></div>`;
const comment = (u: string, date: string, labels: string[], ps: readonly string[], n: string, replies: string, answer = false, code = ''): string =>
  `<div class="timeline-comment-group discussion-timeline-item js-comment-container${answer ? ' discussion-timeline-answer' : ''}"><div
class="d-flex">${votes(n)}
<div class="timeline-comment-wrapper flex-1">${
    answer
      ? `<section aria-label="Marked as Answer" class="color-fg-success f6 text-bold mb-2"><svg class="octicon octicon-check-circle-fill">
</svg> Marked as answer</section>`
      : ''
  }<div class="timeline-comment color-bg-default">${header(u, date, labels, answer)}<div class="edit-comment-hide">${body(ps, code)}</div>
${react('🎉', answer ? '5' : '1')}</div>${replies}<div class="discussion-nested-comments-footer"><span
class="color-fg-muted">${replies === '' ? '0 replies' : ''}</span></div>
</div></div></div>`;
const replies1 = reply('halinka-dev', 'Sep 18, 2025', ['Author'], ghR1) + reply('tvanderlinde', 'Sep 18, 2025', [], ghR2);
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system"
data-a11y-link-underlines="true"><head>
<meta charset="utf-8"><link rel="dns-prefetch" href="https://github.githubassets.com"><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.com/assets/primer-primitives-8500c2c7ce5f.css"><script crossorigin="anonymous" defer="defer" type="application/javascript"
src="https://github.githubassets.com/assets/wp-runtime-3a8b1f6c2d4e.js"></script><title>Watch mode rebuilds twice on every save in 4.2 · quarrybuild quarry ·
Discussion #2318 · GitHub</title>
<meta name="description" content="Since upgrading from 4.1.3 to 4.2.0, quarry watch runs every build twice when I save a file.">
<meta name="route-pattern" content="/:user_id/:repository/discussions/:number" data-turbo-transient><meta property="og:site_name" content="GitHub">
<meta property="og:title" content="${ghTitle} · quarrybuild quarry · Discussion #2318"><meta property="og:type" content="object"><meta name="hostname"
content="github.com">
<meta name="turbo-cache-control" content="no-preview" data-turbo-transient=""><meta name="octolytics-dimension-repository_nwo"
content="quarrybuild/quarry"></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content"
class="p-3 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip
to content</a><header class="HeaderMktg header-logged-out js-details-container js-header Details f4 f5-mktg py-3" role="banner" data-is-top="true">
<h2 class="sr-only">Navigation Menu</h2><button type="button"
class="HeaderMktg-backdrop d-lg-none border-0 position-fixed top-0 left-0 width-full height-full js-details-target"
aria-label="Toggle navigation"><span class="d-none">Toggle navigation</span></button><div
class="d-flex flex-column flex-lg-row flex-items-center px-3 px-md-4 px-lg-5 height-full">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24"
class="octicon octicon-mark-github"></svg></a>
<div class="HeaderMenu js-header-menu height-fit position-lg-relative d-lg-flex flex-column flex-auto top-0"><nav aria-label="Global"
class="mt-5 mb-3 mb-lg-0 mt-lg-0">
<ul class="list-style-none d-flex flex-column flex-lg-row">${ghMenus
  .map(
    ([
      m,
      items,
    ]) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center
js-details-container">
<button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between
js-details-target"
aria-expanded="false">${m}<svg class="HeaderMenu-icon ml-1" aria-hidden="true"></svg></button><div
class="HeaderMenu-dropdown dropdown-menu rounded m-0 p-0 pt-2 pt-lg-4 position-relative
position-lg-absolute left-0 left-lg-n3 pb-2 pb-lg-4 d-lg-flex flex-wrap dropdown-menu-wide"><ul class="list-style-none f5">${items
      .map(
        (t) =>
          `<li><a class="HeaderMenu-dropdown-link d-block no-underline position-relative py-2 Link--secondary"
href="https://github.com/${t.replace(/\W+/g, '-')}">${t}</a></li>`,
      )
      .join('')}</ul></div></li>`,
  )
  .join(
    '\n',
  )}<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center"><a
class="HeaderMenu-link
no-underline px-0 px-lg-2 py-3 py-lg-2 d-block
d-lg-inline-block" href="https://github.com/enterprise">Enterprise</a></li><li class="HeaderMenu-item"><a class="HeaderMenu-link
no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="https://github.com/pricing">Pricing</a></li></ul></nav><div class="d-lg-flex
flex-items-center mb-3 mb-lg-0
text-center text-lg-left ml-3" style=""><qbsearch-input class="search-input" data-scope="repo:quarrybuild/quarry"><div class="search-input-container
search-with-dialog position-relative
d-flex flex-row flex-items-center mr-4 rounded"><button type="button" class="header-search-button placeholder input-button form-control d-flex flex-1
flex-self-stretch
flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none" data-target="qbsearch-input.inputButton" placeholder="Search or jump
to...">
<span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></div></qbsearch-input><div
class="position-relative HeaderMenu-link-wrap
d-lg-inline-block"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fquarrybuild%2Fquarry%2Fdiscussions%2F2318" class="HeaderMenu-link
HeaderMenu-link--sign-in
HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded rounded-lg-0 px-2
py-1">Sign in</a></div><a href="/signup?ref_cta=Sign+up"
class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border color-border-default rounded px-2
py-1">Sign up</a>
</div></div></div></header><div hidden="hidden" data-view-component="true"
class="js-stale-session-flash stale-session-flash flash flash-warn flash-full">${ghFlash
  .map((t, i) => `<span class="js-stale-session-flash-${['signed-in', 'signed-out', 'switched'][i]}" hidden>${t}</span>`)
  .join(
    '',
  )}<button class="flash-close js-flash-close" type="button" aria-label="Close"><svg class="octicon octicon-x"></svg></button><span class="sr-only">Dismiss
alert</span></div></div>
<div id="start-of-content" class="show-on-focus"></div><div id="js-flash-container" class="flash-container" data-turbo-replace></div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled><main
id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"
style="gap: 1rem;">
<div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg
class="octicon octicon-repo color-fg-muted mr-2"></svg>
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" data-hovercard-type="organization"
href="/quarrybuild">quarrybuild</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a
href="/quarrybuild/quarry">quarry</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div><div id="repository-details-container" class="flex-shrink-0"
data-turbo-replace>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login?return_to=%2Fquarrybuild%2Fquarry" rel="nofollow"
aria-label="You must be signed in to change
notification settings" class="tooltipped tooltipped-s btn-sm btn"><svg class="octicon octicon-bell
mr-2"></svg>Notifications</a></li><li><a icon="repo-forked" id="fork-button"
href="/login?return_to=%2Fquarrybuild%2Fquarry" class="btn-sm btn"><svg class="octicon octicon-repo-forked mr-2"></svg>Fork <span id="repo-network-counter"
title="214"
class="Counter">214</span></a></li><li><div class="BtnGroup d-flex"><a href="/login?return_to=%2Fquarrybuild%2Fquarry" rel="nofollow"
aria-label="You must be signed in to star a
repository" class="tooltipped tooltipped-s btn-sm btn BtnGroup-item"><svg class="octicon octicon-star d-inline-block
mr-2"></svg><span class="d-inline">Star</span>
<span id="repo-stars-counter-star" title="3,812" class="Counter js-social-count">3.8k</span></a></div></li></ul></div></div><nav aria-label="Repository"
class="js-repo-nav
js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none">${ghTabs
  .map(
    ([t, n]) =>
      `<li class="d-inline-flex"><a href="/quarrybuild/quarry/${t!.toLowerCase().replace(' ', '')}"
class="UnderlineNav-item no-wrap js-responsive-underlinenav-item${
        t === 'Discussions' ? ' selected' : ''
      }"${t === 'Discussions' ? ' aria-current="page"' : ''}><span data-content="${t}">${t}</span>${
        n === ''
          ? ''
          : `<span
class="Counter">${n}</span>`
      }</a></li>`,
  )
  .join('')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance"><div id="repo-content-pjax-container" class="repository-content">
<div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5"><div class="gh-header mb-3 js-discussions-title-container"><div
class="gh-header-show">
<div class="d-flex flex-column flex-md-row"><div class="gh-header-actions mt-0 mb-3 mb-md-2 ml-0 flex-md-order-1 flex-shrink-0 d-flex flex-items-start">
<a href="/login?return_to=%2Fquarrybuild%2Fquarry%2Fdiscussions%2Fnew" class="btn-primary btn-sm btn">New discussion</a></div><h1
class="gh-header-title mb-2 lh-condensed f1 mr-0
flex-auto wb-break-word"><span class="js-issue-title markdown-title">${ghTitle}</span> <span class="f1-light color-fg-muted">#2318</span></h1></div></div>
<div class="d-flex flex-items-center flex-wrap gh-header-meta mt-0"><span class="State State--merged mr-2 mb-2 d-inline-flex"><svg
class="octicon octicon-check-circle-fill mr-1"></svg>
Answered</span><div class="flex-auto min-width-0 mb-2"><a class="Link--secondary text-bold" data-hovercard-type="user" href="/halinka-dev">halinka-dev</a>
asked this question in
<a href="/quarrybuild/quarry/discussions/categories/q-a"><span class="text-bold color-fg-default"><g-emoji class="g-emoji" alias="pray">🙏</g-emoji>
Q&amp;A</span></a></div></div></div>
<div class="d-flex flex-column flex-md-row"><div class="flex-1 min-width-0"><div
class="discussion-answered-summary Box Box--condensed color-border-success mb-3"><div class="Box-header
color-bg-success-muted"><span class="text-bold
color-fg-success">Answered by <a href="/marisol-quarry">marisol-quarry</a></span> <relative-time datetime="2025-09-19T10:31:02Z">Sep 19,
2025</relative-time></div><div class="Box-body f5 color-fg-muted">${ghExcerpt}</div><div class="Box-footer"><a href="#discussioncomment-11022451"
class="Link--primary text-bold">View
full answer</a></div></div><div class="js-discussion js-socket-channel ml-0 pl-0 ml-md-6 pl-md-3"><div class="timeline-comment-group discussion-timeline-item
js-comment-container"><div class="d-flex">${votes('17')}<div class="timeline-comment-wrapper flex-1"><div class="timeline-comment
color-bg-default">${header('halinka-dev', 'Sep 18, 2025', [])}
<div class="edit-comment-hide">${body(ghOp, ghOpCode)}</div>${react('👀', '6')}</div></div></div></div>
<h2 class="f4 text-normal mt-4 mb-3 js-discussion-comment-heading"><span class="js-discussion-comments-count">2 comments</span> · <span>3
replies</span></h2><div class="d-flex mb-3">
<a href="?sort=old" class="btn-sm btn selected">Oldest</a><a href="?sort=new" class="btn-sm btn">Newest</a><a href="?sort=top" class="btn-sm btn">Top</a></div>
${comment('tvanderlinde', 'Sep 18, 2025', [], ghC1, '2', replies1)}
${comment('marisol-quarry', 'Sep 19, 2025', ['Maintainer'], ghAns, '24', reply('halinka-dev', 'Sep 19, 2025', ['Author'], ghR3), true, ghAnsCode)}
<div class="minimized-comment position-relative js-comment"><details class="Details-element details-reset border rounded-2"><summary
class="d-flex flex-justify-between
flex-items-center color-bg-subtle rounded-2 px-2 py-2"><h3 class="timeline-comment-header-text f5 color-fg-muted text-normal
text-italic">This comment has been minimized.</h3>
<div class="f6 color-fg-muted"><span class="Details-content--closed">Show comment</span><span class="Details-content--open">Hide comment</span></div></summary>
<div class="px-3 pb-2"><p dir="auto">${ghMin}</p></div></details></div>
<div class="flash flash-warn mt-3"><a href="/signup?return_to=%2Fquarrybuild%2Fquarry%2Fdiscussions%2F2318" class="btn btn-primary">Sign up for free</a>
<strong>to join this conversation on GitHub</strong>. Already have an account? <a href="/login?return_to=%2Fquarrybuild%2Fquarry%2Fdiscussions%2F2318">Sign in
to comment</a></div>
</div></div><div class="discussion-sidebar flex-shrink-0 col-md-3 pl-md-4"><div class="discussion-sidebar-item"><h2
class="discussion-sidebar-heading text-bold">Category</h2>
<a href="/quarrybuild/quarry/discussions/categories/q-a"><g-emoji alias="pray">🙏</g-emoji> Q&amp;A</a></div><div class="discussion-sidebar-item"><h2
class="discussion-sidebar-heading
text-bold">Labels</h2><a class="IssueLabel hx_IssueLabel" href="/quarrybuild/quarry/discussions?discussions_q=label%3Abug">bug</a> <a class="IssueLabel
hx_IssueLabel"
href="/quarrybuild/quarry/discussions?discussions_q=label%3Awatch-mode">watch-mode</a></div><div class="discussion-sidebar-item"><h2
class="discussion-sidebar-heading text-bold">3
participants</h2><div class="participation-avatars">${avatar('halinka-dev', 26)}${avatar('tvanderlinde', 26)}${avatar('marisol-quarry', 26)}</div></div></div>
</div></div></div>
</turbo-frame></main></div><footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div
class="d-flex flex-items-center
flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0
mx-2"><a aria-label="Homepage" title="GitHub" class="footer-octicon mr-2"
href="https://github.com"><svg class="octicon octicon-mark-github"></svg></a><span>© 2025 GitHub, Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only"
id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0"
aria-labelledby="sr-footer-heading">${ghFoot
  .map((t) => `<li class="mx-2"><a href="https://docs.github.com/${t.replace(/\W+/g, '-')}" class="Link--secondary Link">${t}</a></li>`)
  .join('')}</ul></nav></div></footer><div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg class="octicon octicon-alert"></svg>
<button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error"><svg class="octicon octicon-x"></svg></button>You can’t perform
that
action at this time.</div>
</div></body></html>`;
export const githubDiscussion: TestPage = {
  html: ghHtml,
  name: 'heldout119-github-discussion-qa',
  kind: 'forum',
  // the opening post, both comments and all replies are body, code blocks in neither list; the "Answered by" summary's excerpt
  // repeats the answer (neither list); the minimized off-topic comment is hidden until opened, so its text is furniture with
  // the "This comment has been minimized." line; Author / Maintainer labels, votes, reactions and the sidebar are furniture
  title: ghTitle,
  headings: [],
  body: texts([...ghOp, ...ghC1, ...ghR1, ...ghR2, ...ghAns, ...ghR3]),
  bylines: ['halinka-dev', 'Sep 18, 2025', 'tvanderlinde', 'marisol-quarry', 'Sep 19, 2025', 'edited'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to content', 'Navigation Menu', 'Toggle navigation', ...ghMenus.flatMap(([m, items]) => [m, ...items]), 'Enterprise', 'Pricing',
'Search or jump to...',
    'Sign in', 'Sign up', ...ghFlash, 'Dismiss alert', 'quarrybuild', 'quarry', 'Public', 'Notifications', 'Fork', '214', 'Star', '3.8k',
...ghTabs.flat().filter((t) => t !== ''),
    'New discussion', '#2318', 'Answered', 'asked this question in', '🙏 Q&A', 'Answered by marisol-quarry', 'View full answer', '17', '6', '2 comments',
'3 replies',
    'Oldest', 'Newest', 'Top', '2', '24', '5', 'Author', 'Maintainer', 'Marked as answer', 'This comment has been minimized.', 'Show comment', 'Hide comment',
    ghMin, 'Sign up for free', 'to join this conversation on GitHub', 'Already have an account?', 'Sign in to comment', 'Category', 'Labels', 'bug',
    'watch-mode',
    '3 participants', '© 2025 GitHub, Inc.', ...ghFoot, 'You can’t perform that action at this time.',
    ]),
  ],
};
