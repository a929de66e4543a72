import { links, type TestPage, texts } from './page-kit.js';
import { seMeta } from './pages-heldout152-d2.js';
import {
  ghBottom,
  ghHeading,
  ghMerged,
  ghOct,
  ghTime,
  ghUser,
  ghChanges,
  ghComment,
  ghCommits1,
  ghCommits2,
  ghFlash,
  ghFoot,
  ghH,
  ghInline,
  ghInlineReply,
  ghNotes,
  ghPrTabs,
  ghRepo,
  ghReview1,
  ghReview2,
  ghSide,
  ghSummary,
  ghTable,
  ghTabs,
  ghTitle,
  ghTop,
  ghTopRight,
} from './pages-heldout152-d3.js';

/**
 * Held-out batch 152, file d: a merged GitHub pull request's Conversation tab as a signed-out visitor saves it (the global
 * header with Product / Solutions / Resources menus, "Search or jump to...", Sign in / Sign up, the hidden stale-session
 * flashes, the repository header with Public, Notifications, Fork and Star counts, the repository tabs with counters, the
 * gh-header with the h1 (title and "#1482"), the Merged state and the "merged 4 commits into ... from ..." line, the PR tabs,
 * the timeline: the description with its markdown headings, list and table, "Author" / "Member" / "Contributor" labels,
 * reactions, commit events with short SHAs, a "requested changes" review with an inline thread on a diff hunk, a comment,
 * the approval, label, merge and branch-deletion events; the sidebar (Reviewers, Labels, Milestone, Development,
 * participants), "Sign up for free to join this conversation" and the footer) and, from file d2, a Meta Stack Exchange
 * discussion.
 */
const ghPs = (a: readonly string[]): string => a.map((t) => `<p dir="auto">${t}</p>`).join('\n');
const ghLabels = (ls: readonly string[]): string =>
  ls
    .map((l) => `<span data-view-component="true" class="tooltipped tooltipped-n"><span data-view-component="true" class="Label ml-1">${l}</span></span>`)
    .join('');
const ghReactions = (rs: readonly [string, string, string][]): string => `<div class="comment-reactions js-reactions-container js-reaction-buttons-container
social-reactions reactions-container has-reactions"><div class="js-comment-reactions-options d-flex flex-items-center flex-row flex-wrap">${rs
  .map(
    ([e, alias, n]) => `<button name="input[content]" type="submit" value="${alias} react" class="social-reaction-summary-item btn-link d-flex no-underline
color-fg-muted flex-items-baseline mr-2" aria-pressed="false" aria-label="${n} people reacted with ${alias}"><g-emoji class="social-button-emoji mr-1"
alias="${alias}">${e}</g-emoji>
<span class="js-discussion-reaction-group-count">${n}</span></button>`,
  )
  .join('')}</div></div>`;
const ghCommentBox = (u: string, date: string, labels: readonly string[], body: string, react = ''): string => `<div class="TimelineItem js-comment-container">
<div class="avatar-parent-child TimelineItem-avatar d-none d-md-block"><a class="d-inline-block" data-hovercard-type="user" href="/${u}"><img
class="avatar rounded-2 avatar-user" src="https://avatars.githubusercontent.com/u/1?s=80&amp;v=4" width="40" height="40" alt="@${u}"></a></div>
<div class="timeline-comment-group js-minimizable-comment-group js-targetable-element TimelineItem-body my-0"><div class="ml-n3 timeline-comment
unminimized-comment comment previewable-edit js-task-list-container js-comment timeline-comment--caret"><div class="timeline-comment-header clearfix d-flex">
<div class="timeline-comment-actions flex-justify-end flex-items-center flex-shrink-0 d-flex">${ghLabels(labels)}</div><h3 class="f5 text-normal"
style="flex: 1 1 auto"><div class="d-flex"><strong>${ghUser(u)}</strong>&nbsp;commented <a href="#issuecomment-1" class="Link--secondary js-timestamp">
${ghTime(date)}</a></div></h3></div><div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain">
<tbody class="d-block"><tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body">${body}</td></tr></tbody></table></task-lists>
${react}</div></div></div></div>`;
const ghEvent = (badge: string, who: string, what: string, date: string, extra = ''): string => `<div class="TimelineItem js-targetable-element">
<div class="TimelineItem-badge">${ghOct(badge)}</div><div class="TimelineItem-body">${ghUser(who)} ${what} <a href="#event-1" class="Link--secondary">
${ghTime(date)}</a>${extra}</div></div>`;
const ghCommitList = (cs: readonly [string, string][]): string => `<div class="TimelineItem TimelineItem--condensed"><div class="TimelineItem-body">
${cs
  .map(
    ([
      m,
      sha,
    ]) => `<div class="d-flex"><code class="flex-auto"><a href="/tallowpine/quillmark/pull/1482/commits/${sha}" class="Link--secondary markdown-title">${m}</a>
</code><div class="text-right ml-1"><code><a href="/tallowpine/quillmark/pull/1482/commits/${sha}" class="Link--secondary">${sha}</a></code></div></div>`,
  )
  .join('\n')}</div></div>`;
const ghDesc = `${ghHeading(ghH[0] ?? '')}\n${ghPs(ghSummary)}\n${ghHeading(ghH[1] ?? '')}\n<ul dir="auto">${ghChanges
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>\n${ghHeading(ghH[2] ?? '')}\n<markdown-accessiblity-table><table role="table"><thead><tr><th>Input</th><th>Before</th><th>After</th></tr>
</thead><tbody>${ghTable.map((r) => `<tr>\n<td>${r.join('</td>\n<td>')}</td>\n</tr>`).join('\n')}</tbody></table></markdown-accessiblity-table>
${ghHeading(ghH[3] ?? '')}\n${ghPs(ghNotes)}`;
const ghInlineThread = `<details-collapsible><details class="review-thread-component Details-element details-reset border rounded-2" open>
<summary class="js-toggle-outdated-comments py-2 px-3 rounded-2"><div class="d-flex flex-items-center"><span class="flex-auto mr-3 d-flex flex-items-center">
<a href="#diff-9c1f" class="text-mono text-small Link--primary wb-break-all mr-2">src/inline/delim.rs</a></span><span class="Label
Label--secondary">Outdated</span>
</div></summary><div class="blob-wrapper border-bottom"><table class="diff-table tab-size" data-tab-size="4"><tbody>
<tr><td class="blob-num blob-num-context" data-line-number="86"></td><td class="blob-code blob-code-context"><span class="blob-code-inner">
fn push(&amp;mut self,
d: Delim) {</span></td></tr><tr><td class="blob-num blob-num-addition" data-line-number="87"></td><td class="blob-code blob-code-addition"><span
class="blob-code-inner blob-code-marker-addition">+    self.openers_bottom = [self.items.len(); 6];</span></td></tr></tbody></table></div>
<div class="review-thread js-resolvable-timeline-thread-container">${(
  [
    ['emil-sorensen', 'Sep 4, 2025', ghInline[0] ?? ''],
    ['noor-haddad', 'Sep 5, 2025', ghInlineReply[0] ?? ''],
  ] as [string, string, string][]
)
  .map(
    ([
      u,
      d,
      t,
    ]) => `<div class="review-comment js-comment js-minimizable-comment-group"><div class="d-flex"><img class="avatar avatar-user" src="/a.png" width="28"
height="28" alt="@${u}"><div class="review-comment-contents js-suggested-changes-contents"><h4 class="f5 text-normal
d-inline"><strong>${ghUser(u)}</strong></h4>
<span class="color-fg-muted"><a href="#discussion_r1" class="Link--secondary js-timestamp">${ghTime(d ?? '')}</a></span><div class="comment-body markdown-body
js-comment-body"><p dir="auto">${t}</p></div></div></div></div>`,
  )
  .join('\n')}</div><div class="px-3 py-2 color-bg-subtle"><a href="/login" class="btn btn-sm">Reply...</a></div></details></details-collapsible>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system"><head><meta charset="utf-8">
<title>Fix quadratic backtracking when parsing nested emphasis by noor-haddad · Pull Request #1482 · tallowpine/quillmark · GitHub</title>
<meta name="description" content="Summary Parsing a line with many unmatched * or _ delimiters takes quadratic time.">
<meta property="og:title" content="${ghTitle} by noor-haddad · Pull Request #1482 · tallowpine/quillmark"><meta property="og:type" content="object">
<meta name="route-pattern" content="/:user_id/:repository/pull/:id(.:format)"><meta name="octolytics-dimension-repository_nwo" content="tallowpine/quillmark">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-9a0b1c2d.css">
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/github-elements-5f6e7d8c.js"></script>
</head><body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div class="logged-out env-production page-responsive">
<a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus
js-skip-to-content">Skip to
content</a><span data-view-component="true" class="progress-pjax-loader Progress position-fixed width-full"></span>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><h2 class="sr-only">${ghTop[1]}</h2>
<div class="d-flex flex-column flex-lg-row flex-items-center px-3 px-md-4 px-lg-5 height-full position-relative z-1"><a class="mr-lg-3 color-fg-inherit
flex-order-2"
href="https://github.com/" aria-label="Homepage">${ghOct('mark-github')}</a><nav class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0"
aria-label="Global"><ul class="d-lg-flex list-style-none">
${ghTop
  .slice(2, 8)
  .map(
    (t) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center
js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex
flex-items-center flex-justify-between js-details-target" aria-expanded="false">${t}</button></li>`,
  )
  .join(
    '\n',
  )}</ul></nav><div class="d-flex flex-column flex-lg-row width-full flex-justify-end flex-lg-items-center text-center mt-3 mt-lg-0 text-lg-left ml-lg-3">
<qbsearch-input class="search-input" data-scope="repo:tallowpine/quillmark"><div class="search-input-container search-with-dialog position-relative d-flex
flex-row flex-items-center mr-4 rounded"><button type="button" class="header-search-button placeholder input-button form-control d-flex flex-1 flex-self-stretch
flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none" data-target="qbsearch-input.inputButton"
aria-label="Search or jump to…">
<div class="mr-2 color-fg-muted">${ghOct('search')}</div><span class="flex-1" data-target="qbsearch-input.inputButtonText">${ghTop[8]}</span></button></div>
</qbsearch-input><div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a href="/login?return_to=%2Ftallowpine%2Fquillmark%2Fpull%2F1482"
class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2
py-1">${ghTopRight[0]}</a>
</div><button type="button" class="Button--link Button--medium Button d-none d-lg-flex" aria-label="Appearance settings"><span class="Button-label">
${ghTopRight[1]}</span></button><a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex
d-lg-inline-flex
no-underline border color-border-default rounded px-2 py-1">${ghTopRight[2]}</a></div></div></header>
<div id="js-flash-container" class="flash-container" data-turbo-replace>${ghFlash
  .slice(0, 3)
  .map(
    (
      t,
    ) => `<div class="flash flash-warn flash-full js-flash-template-container" hidden><div class="px-2"><button class="flash-close js-flash-close" type="button"
aria-label="Dismiss alert">${ghOct('x')}</button><div aria-atomic="true" role="alert" class="js-flash-alert">${t}</div></div></div>`,
  )
  .join('\n')}</div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled><main
id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor);">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div class="d-flex
flex-wrap flex-items-center wb-break-word f3 text-normal">${ghOct('repo')}<span class="author flex-self-stretch" itemprop="author"><a class="url fn"
rel="author"
href="/tallowpine">${ghRepo[0]}</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch">
<a href="/tallowpine/quillmark">${ghRepo[1]}</a></strong><span></span><span class="Label Label--secondary v-align-middle mr-1">${ghRepo[2]}</span></div></div>
<div id="repository-details-container" class="flex-shrink-0"><ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;">
<li><a href="/login?return_to=%2Ftallowpine%2Fquillmark" rel="nofollow" aria-label="${ghRepo[4]}" class="btn-sm btn">${ghOct('bell')}${ghRepo[3]}</a></li>
<li><a icon="repo-forked" id="fork-button" href="/login" class="btn-sm btn">${ghOct('repo-forked')}Fork <span id="repo-network-counter"
class="Counter">212</span></a></li>
<li><div class="BtnGroup d-flex"><a href="/login" rel="nofollow" class="tooltipped tooltipped-sw btn-sm btn"
aria-label="You must be signed in to star a repository">
${ghOct('star')}<span class="d-inline">Star</span> <span id="repo-stars-counter-star" class="Counter
js-social-count">3.4k</span></a></div></li></ul></div></div>
<div id="responsive-meta-container" data-turbo-replace></div><nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav
js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none">
${ghTabs
  .map(
    ([
      t,
      n,
    ]) => `<li class="d-inline-flex"><a id="${t.toLowerCase().replace(' ', '-')}-tab" href="/tallowpine/quillmark/${t.toLowerCase()}" class="UnderlineNav-item
no-wrap js-responsive-underlinenav-item js-selected-navigation-item${t === 'Pull requests' ? ' selected' : ''}">${ghOct('code')}<span
data-content="${t}">${t}</span>
${n ? `<span id="${t.toLowerCase()}-repo-tab-count" title="${n}" class="Counter">${n}</span>` : ''}</a></li>`,
  )
  .join('\n')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class=""><div id="repo-content-pjax-container"
class="repository-content"><div class="clearfix js-issues-results"><div id="partial-discussion-header" class="gh-header mb-3 js-details-container Details
js-socket-channel js-updatable-content pull request js-pull-header-details"><div class="gh-header-show"><div class="d-flex flex-column flex-md-row">
<div class="gh-header-actions mt-0 mb-3 mb-md-2 ml-0 flex-md-order-1 flex-shrink-0 d-flex flex-items-center gap-1"><a href="/login"
class="btn btn-sm btn-primary
m-0 ml-0 ml-md-2">Code</a></div><h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><bdi class="js-issue-title
markdown-title">${ghTitle}</bdi>
<span class="f1-light color-fg-muted">#1482</span></h1></div></div><div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div
class="flex-shrink-0 mb-2
flex-self-start flex-md-self-center"><span reviewable_state="ready" title="Status: Merged" class="State State--merged d-flex
flex-items-center">${ghOct('git-merge')}
Merged</span></div><div class="flex-auto min-width-0 mb-2">${ghUser('emil-sorensen')} merged 4 commits into <span title="tallowpine/quillmark:main"
class="commit-ref css-truncate user-select-contain expandable base-ref"><a title="tallowpine/quillmark:main" class="no-underline" href="/tallowpine/quillmark">
<span class="css-truncate-target">tallowpine:main</span></a></span> from <span title="noor-haddad/quillmark:fix/delim-backtracking"
class="commit-ref css-truncate
user-select-contain expandable head-ref"><a href="/noor-haddad/quillmark/tree/fix/delim-backtracking"><span
class="css-truncate-target">noor-haddad:fix/delim-backtracking</span>
</a></span> ${ghTime('Sep 9, 2025')}</div></div></div><div class="tabnav tabnav-pr hide-full-screen"><nav class="tabnav-tabs d-flex overflow-auto"
aria-label="Pull request tabs">${ghPrTabs
  .map(
    ([t, n]) => `<a href="/tallowpine/quillmark/pull/1482/${t === 'Conversation' ? '' : t.toLowerCase()}" class="tabnav-tab flex-shrink-0${
      t === 'Conversation' ? ' selected' : ''
    }">${ghOct('comment-discussion')}${t}
<span id="${t.toLowerCase()}_tab_counter" title="${n}" class="Counter">${n}</span></a>`,
  )
  .join('\n')}</nav><div class="diffstat float-right"><span class="color-fg-success">+186</span> <span class="color-fg-danger">−41</span></div></div>
<div id="discussion_bucket" class="pull-discussion-timeline js-pull-discussion-timeline js-quote-selection-container"><div class="Layout
Layout--flowRow-until-md
Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end"><div class="Layout-main"><div id="discussion-timeline" class="js-discussion">
${ghCommentBox(
  'noor-haddad',
  'Sep 2, 2025',
  ['Contributor', 'Author'],
  ghDesc,
  ghReactions([
    ['👍', '+1', '5'],
    ['🚀', 'rocket', '3'],
  ]),
)}
${ghEvent('git-commit', 'noor-haddad', 'added 3 commits', 'Sep 2, 2025')}
${ghCommitList(ghCommits1)}
<div class="js-timeline-item js-timeline-progressive-focus-container"><div class="TimelineItem js-comment-container"><div class="TimelineItem-badge
color-fg-on-emphasis color-bg-danger-emphasis">${ghOct('file-diff')}</div><div class="TimelineItem-body">${ghUser('emil-sorensen')} requested changes
<a href="#pullrequestreview-1" class="Link--secondary">${ghTime('Sep 4, 2025')}</a></div></div>
${ghCommentBox('emil-sorensen', 'Sep 4, 2025', ['Member'], ghPs(ghReview1))}
${ghInlineThread}</div>
${ghEvent('git-commit', 'noor-haddad', 'added 1 commit', 'Sep 5, 2025')}
${ghCommitList(ghCommits2)}
${ghCommentBox('quietfern', 'Sep 6, 2025', ['Contributor'], ghPs(ghComment), ghReactions([['❤️', 'heart', '2']]))}
${ghEvent('check', 'emil-sorensen', 'approved these changes', 'Sep 8, 2025')}
${ghCommentBox('emil-sorensen', 'Sep 8, 2025', ['Member'], ghPs(ghReview2))}
${ghEvent('tag', 'emil-sorensen', 'added the <a class="IssueLabel hx_IssueLabel" href="/x">performance</a> label', 'Sep 8, 2025')}
${ghEvent('git-merge', 'emil-sorensen', ghMerged, 'Sep 9, 2025')}
${ghEvent('git-branch', 'noor-haddad', 'deleted the fix/delim-backtracking branch', 'Sep 9, 2025')}
</div><div class="discussion-timeline-actions"><div class="flash flash-warn mt-3"><a rel="nofollow" class="btn btn-primary" href="/join">${ghBottom[0]}</a>
<strong>${ghBottom[1]}</strong> ${ghBottom[2]} <a rel="nofollow" href="/login">${ghBottom[3]}</a></div></div></div>
<div class="Layout-sidebar"><div id="partial-discussion-sidebar" class="js-socket-channel js-updatable-content">${[
  [
    ghSide[0],
    `<a class="assignee Link--primary css-truncate-target width-fit" href="/emil-sorensen"><span class="css-truncate-target">emil-sorensen</span></a>`,
  ],
  [ghSide[1], ghSide[2]],
  [ghSide[3], `<a class="IssueLabel hx_IssueLabel" href="/x">${ghSide[4]}</a> <a class="IssueLabel hx_IssueLabel" href="/x">${ghSide[5]}</a>`],
  [ghSide[6], ghSide[7]],
  [ghSide[8], `<a class="Link--secondary mt-1 d-block text-bold" href="/x"><span class="css-truncate-target">${ghSide[9]}</span></a>`],
  [ghSide[10], `<p class="color-fg-muted">${ghSide[11]}</p><ul><li><a href="/x">${ghSide[12]}</a></li></ul>`],
]
  .map(([h, c]) => `<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">${h}</div>${c}</div>`)
  .join('\n')}<div class="discussion-sidebar-item"><div class="participation"><div class="discussion-sidebar-heading text-bold">${ghSide[13]}</div>
<div class="participation-avatars"><a class="participant-avatar" href="/noor-haddad"><img class="avatar avatar-user" alt="@noor-haddad" width="26" height="26"
src="/a.png"></a></div></div></div></div></div></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-items-center
pb-3">${ghOct('mark-github')}<span class="ml-2">${ghFoot[0]}</span></div><nav aria-label="Footer"><ul class="list-style-none d-flex flex-justify-center
flex-wrap mb-2 mb-lg-0">${links(ghFoot.slice(1), 'mx-2')}</ul></nav></footer></div>
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.com/assets/behaviors-0ab1c2d3.js"></script></body></html>`;
const github: TestPage = {
  html: ghHtml,
  name: 'heldout152-github-pull-request',
  kind: 'forum',
  // the description (with its own h2s as the headings), the reviews' bodies, the inline review comments and the comment
  // are body; a benchmark table row's data cells are one body line, the header cells and the diff hunk in neither list;
  // user names and timeline dates are bylines; event texts ("added 3 commits", "requested changes", ...), commit titles and
  // SHAs, labels, reactions, the repository header and tabs, the sidebar and footer are furniture
  title: ghTitle,
  headings: ghH,
  body: [
    ...texts(ghSummary),
    ...texts(ghChanges),
    ...ghTable.map((r) => r.join(' ')),
    ...texts(ghNotes),
    ...texts(ghReview1),
    ...texts(ghInline),
    ...texts(ghInlineReply),
    ...texts(ghComment),
    ...texts(ghReview2),
  ],
  bylines: ['noor-haddad', 'emil-sorensen', 'quietfern', 'Sep 2, 2025', 'Sep 4, 2025', 'Sep 5, 2025', 'Sep 6, 2025', 'Sep 8, 2025', 'Sep 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ghTop, ...ghTopRight, ...ghFlash.slice(0, 3), ...ghRepo.filter((t) => !t.startsWith('You must')), ...ghTabs.map((t) => t.join(' ').trim()),
    'Code', '#1482', 'Merged', 'merged 4 commits into', 'tallowpine:main', 'noor-haddad:fix/delim-backtracking', ...ghPrTabs.map((t) => t.join(' ')), '+186',
    '−41',
    'Contributor', 'Author', 'Member', '👍 5', '🚀 3', '❤️ 2', 'commented', 'added 3 commits', 'added 1 commit', ...ghCommits1.flat(),
    ...ghCommits2.flat(),
    'requested changes', 'src/inline/delim.rs', 'Outdated', 'Reply...', 'approved these changes', 'added the performance label',
    'merged commit 5d2e8c1 into tallowpine:main',
    'deleted the fix/delim-backtracking branch', ...ghBottom, ...ghSide, ...ghFoot,
  ])],
};

export const HELDOUT152_D: readonly TestPage[] = [github, seMeta];
