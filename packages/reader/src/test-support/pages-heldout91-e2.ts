import { type TestPage, texts } from './page-kit.js';
import { ghChromeFurniture, ghFooter, ghHeader, ghRepoHeader } from './pages-heldout91-e3.js';

/**
 * Held-out batch 91, file e2: a GitHub issue with a discussion, as a signed-out visitor saves it (chrome from file e3; here
 * the issues-react app with its embedded JSON, the title with the number, the "Open" state label, "New issue", the issue
 * body from an issue form with h3 fields, reactions, comments with role labels and "Comment actions", timeline events for
 * labels, assignment and a cross-reference, the sidebar with Assignees, Labels, Type, Projects, Milestone, Relationships,
 * Development, Notifications and Participants, and the "Sign up for free to join this conversation" box).
 */
const isTitle = 'Queue loses the last acknowledged batch after a crash on Windows';
const isH = ['Describe the bug', 'To reproduce', 'Expected behavior', 'Environment'];
const isBug = [
  'After a hard crash (killing the process or pulling the power), reopening a queue on Windows sometimes loses the last batch of messages ' +
    'that were pushed and acknowledged before the crash. <code>Push</code> had returned without an error for all of them. On Linux I cannot ' +
    'reproduce it at all.',
];
const isSteps = [
  'Open a queue with the default options on an NTFS volume.',
  'Push 1,000 messages from eight goroutines and wait for every <code>Push</code> to return.',
  'Kill the process with <code>taskkill /F</code> while a segment rotation is in progress.',
  'Reopen the queue and count the messages.',
];
const isExpected = ['All 1,000 messages are there. Instead, in about one run out of twenty, between 60 and 140 messages are missing, always the newest ones.'];
const isEnv = ['kestrel v0.9.2', 'Go 1.23.2, windows/amd64', 'Windows 11 24H2, NTFS, local NVMe disk'];
const isLog = `segment: recovered 3 segments, last=00000000000000000041.seg
segment: 00000000000000000042.seg missing, directory entry not found
queue: opened with 860 pending messages`;
type IsComment = { user: string; role: string; when: string; paras: string[]; reactions: string };
const isComments: IsComment[] = [
  {
    user: 'dbrandt',
    role: 'Member',
    when: 'Aug 15, 2025',
    paras: [
      'Thanks for the detailed report. The log line is the interesting part: the new segment file was created and written, but after the crash ' +
        'its directory entry is gone.',
      'On Linux we fsync the directory after creating a segment. On Windows that call is a no-op, because you cannot open a directory for writing ' +
        'the same way, so the rename that makes the segment visible may still be sitting in the file system cache when the process dies.',
    ],
    reactions: '3',
  },
  {
    user: 'mira-s',
    role: 'Contributor',
    when: 'Aug 18, 2025',
    paras: [
      'I can reproduce this on a Windows 11 VM in about five minutes with the stress test in <code>internal/segment/crash_test.go</code> if I add a ' +
        'rotation every 50 messages.',
      'Opening the new file with <code>FILE_FLAG_WRITE_THROUGH</code> and calling <code>FlushFileBuffers</code> on it before the rename fixes it in my ' +
        'tests. I have a branch with the change and will open a pull request.',
    ],
    reactions: '2',
  },
  {
    user: 'bramwell-k',
    role: 'Author',
    when: 'Aug 19, 2025',
    paras: ['I ran the branch from the pull request overnight on the machine where I first saw this: 4,000 crash cycles and nothing lost. Thank you both.'],
    reactions: '',
  },
];
const isSide = [
  'Assignees',
  'Labels',
  'bug',
  'area/storage',
  'platform/windows',
  'Type',
  'Bug',
  'Projects',
  'No projects',
  'Milestone',
  'v0.9.3',
  'Relationships',
  'None yet',
  'Development',
  'Fsync segment directory after rename on Windows',
  'kestrel-io/kestrel',
  'Notifications',
  'Subscribe',
  'You’re not receiving notifications from this thread.',
  'Participants',
];
const isJoin = ['Sign up for free', 'to join this conversation on GitHub.', 'Already have an account?', 'Sign in to comment'];
const isBodyHtml = `<h3 dir="auto">${isH[0]}</h3>
<p dir="auto">${isBug[0]}</p>
<h3 dir="auto">${isH[1]}</h3>
<ol dir="auto">${isSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h3 dir="auto">${isH[2]}</h3>
<p dir="auto">${isExpected[0]}</p>
<h3 dir="auto">${isH[3]}</h3>
<ul dir="auto">${isEnv.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<details><summary>Log after reopening</summary><div class="snippet-clipboard-content notranslate position-relative overflow-auto"><pre class="notranslate">
<code>${isLog}</code></pre>
</div></details>`;
const isReact = (n: string, label: string): string =>
  n === ''
    ? ''
    : `<div role="toolbar" aria-label="Reactions" class="ReactionViewer-module__reactionsContainer"><button type="button" aria-pressed="false"
aria-label="${label} (${n}): reacted with ${label} emoji" class="prc-Button-ButtonBase-c50BI ReactionButton-module__reactionButton"><span
class="prc-Button-Label-pTQ3x"><span>👍</span><span class="ReactionButton-module__reactionCount">${n}</span></span></button></div>`;
const isHeader = (
  user: string,
  verb: string,
  when: string,
  role: string,
): string => `<div data-testid="comment-header" class="ActivityHeader-module__CommentHeader">
<div data-testid="comment-header-left-side-items" class="ActivityHeader-module__leftSideItems"><a data-testid="avatar-link" href="/${user}"><img
src="https://avatars.githubusercontent.com/u/${user.length}?s=80" alt="@${user}" width="40" height="40" class="prc-Avatar-Avatar-ZRS-m"></a><h3
class="ActivityHeader-module__ActivityHeaderTitle"><a data-testid="author-link" class="ActivityHeader-module__AuthorLink" href="/${user}">${user}</a><span>
${verb}</span><a href="#issuecomment-${user.length}" class="Link--secondary"><relative-time tense="past" datetime="2025-08-15T09:12:00.000Z"
data-view-component="true">on
${when}</relative-time></a></h3></div><div class="ActivityHeader-module__rightSideItems">${
  role === ''
    ? ''
    : `<span class="prc-Label-Label--LG6X"
data-size="small" data-variant="secondary">${role}</span>`
}<button type="button" aria-label="Comment actions" class="prc-Button-ButtonBase-c50BI"
data-variant="invisible"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-kebab-horizontal"></svg></button></div>
</div>`;
const isComment = (c: IsComment): string => `<div class="LayoutHelpers-module__timelineElement" data-wrapper-timeline-id="IC_kwDOK${c.user.length}"><div
data-testid="comment-viewer-outer-box-IC_kwDOK${c.user.length}" class="IssueCommentViewer-module__IssueCommentContent">${isHeader(
  c.user,
  'commented',
  c.when,
  c.role,
)}
<div data-testid="markdown-body" class="markdown-body NewMarkdownViewer-module__safe-html-box--cRsz0"><div class="markdown-body">${c.paras
  .map((p) => `<p dir="auto">${p}</p>`)
  .join('\n')}</div></div>${isReact(c.reactions, 'thumbs up')}</div></div>`;
const isEvent = (inner: string): string => `<div class="LayoutHelpers-module__timelineElement"><div class="TimelineRow-module__Item"><div
class="TimelineRow-module__Body">${inner}</div></div></div>`;
const isPayload = JSON.stringify({
  payload: {
    preloaded_records: {},
    preloadedQueries: [{ queryId: 'b0a4c8e9f1', queryName: 'IssueViewerViewQuery', variables: { number: 1187, owner: 'kestrel-io', repo: 'kestrel' } }],
  },
  appPayload: { current_user: null, enabled_features: { issue_types: true, sub_issues: true } },
});
const isHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8"><title>${isTitle} · Issue #1187 ·
kestrel-io/kestrel</title><meta name="description" content="After a hard crash (killing the process or pulling the power), reopening a queue on Windows
sometimes
loses the last batch of messages..."><meta name="route-pattern" content="/:user_id/:repository/issues/:id(.:format)" data-turbo-transient><meta
property="og:title"
content="${isTitle} · Issue #1187 · kestrel-io/kestrel"><meta property="og:type" content="object"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://github.com/kestrel-io/kestrel/issues/1187" data-turbo-transient><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.com/assets/primer-react.8c1a2f3e.css"><script crossorigin="anonymous" type="application/javascript"
src="https://github.githubassets.com/assets/issues-react-3b9c1e0d.js" defer="defer"></script></head>
<body class="logged-out env-production page-responsive"><div data-turbo-body class="logged-out env-production page-responsive">${ghHeader}
<div id="start-of-content" class="show-on-focus"></div><div class="application-main"><main id="js-repo-pjax-container">${ghRepoHeader}<turbo-frame
id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content"><react-app app-name="issues-react"
initial-path="/kestrel-io/kestrel/issues/1187" style="display: block; min-height: calc(100vh - 64px);" data-attempted-ssr="true" data-ssr="true"
data-lazy="false">
<script type="application/json" data-target="react-app.embeddedData">${isPayload}</script><div data-target="react-app.reactRoot"><div
class="IssueViewer-module__container">
<div data-testid="issue-header" class="HeaderViewer-module__headerContainer"><div class="prc-PageHeader-PageHeader-sT1wu"><div
class="prc-PageHeader-TitleArea-YsNYQ">
<h1 data-component="PH_Title" class="prc-PageHeader-Title-LKOsd"><bdi data-testid="issue-title" class="prc-Text-Text-0ima0 markdown-title">${isTitle}</bdi><span
class="HeaderViewer-module__issueNumberText"> #1187</span></h1></div><div class="prc-PageHeader-Actions-ygtmj"><a href="/kestrel-io/kestrel/issues/new/choose"
class="prc-Button-ButtonBase-c50BI" data-variant="primary"><span class="prc-Button-Label-pTQ3x">New issue</span></a></div><div
class="prc-PageHeader-Description-w-ejP">
<span data-testid="header-state" class="prc-StateLabel-StateLabel-Iawzp" data-size="medium" data-status="issueOpened"><svg aria-hidden="true" height="16"
viewBox="0 0 16 16" width="16" class="octicon octicon-issue-opened"></svg>Open</span><div class="HeaderMetadata-module__metadataContent"><a
data-testid="issue-body-header-author" href="/bramwell-k" class="Link--primary">bramwell-k</a><span> opened </span><relative-time tense="past"
datetime="2025-08-14T18:40:00.000Z">on Aug 14, 2025</relative-time><span> · </span><span>3 comments</span></div></div></div></div>
<div class="IssueViewer-module__mainContainer"><div class="IssueViewer-module__issueBody"><div data-testid="issue-body"
class="IssueBodyViewer-module__IssueBody">
${isHeader('bramwell-k', 'opened', 'Aug 14, 2025', '')}<div data-testid="issue-body-viewer" class="IssueBodyViewer-module__viewer"><div
data-testid="markdown-body"
class="markdown-body NewMarkdownViewer-module__safe-html-box--cRsz0"><div class="markdown-body">${isBodyHtml}</div></div></div>${isReact(
  '6',
  'thumbs ' + 'up',
)}</div>
<div data-testid="issue-timeline-container" class="Timeline-module__timelineContainer">
${isEvent(`<a href="/dbrandt" class="Link--primary text-bold">dbrandt</a> added <a href="/kestrel-io/kestrel/labels/bug" class="prc-Label">bug</a><a
href="/kestrel-io/kestrel/labels/area%2Fstorage" class="prc-Label">area/storage</a><a href="/kestrel-io/kestrel/labels/platform%2Fwindows"
class="prc-Label">platform/windows</a> labels <relative-time tense="past" datetime="2025-08-15T09:10:00.000Z">on Aug 15, 2025</relative-time>`)}
${isComment(isComments[0]!)}
${isEvent(`<a href="/dbrandt" class="Link--primary text-bold">dbrandt</a> self-assigned this <relative-time tense="past"
datetime="2025-08-15T09:14:00.000Z">on Aug 15, 2025
</relative-time>`)}
${isComment(isComments[1]!)}
${isEvent(`<a href="/mira-s" class="Link--primary text-bold">mira-s</a> mentioned this <relative-time tense="past" datetime="2025-08-18T20:02:00.000Z">on Aug
18, 2025
</relative-time><div class="CrossReferenceEvent-module__pr"><a href="/kestrel-io/kestrel/pull/1192" class="Link--primary">Fsync segment directory after rename
on
Windows</a><span class="color-fg-muted"> #1192</span></div>`)}
${isComment(isComments[2]!)}
</div><div class="IssueViewer-module__signedOut"><div class="flash flash-full"><a href="/signup?return_to=%2Fkestrel-io%2Fkestrel%2Fissues%2F1187"
class="btn btn-primary">${isJoin[0]}</a> <strong>${isJoin[1]}</strong> ${isJoin[2]} <a
href="/login?return_to=%2Fkestrel-io%2Fkestrel%2Fissues%2F1187">${isJoin[3]}</a></div>
</div></div><div data-testid="issue-viewer-metadata-pane" class="IssueViewer-module__metadataPane"><div class="MetadataSection">${[
  [0, 1, ['dbrandt']],
  [1, 2, isSide.slice(2, 5)],
  [5, 6, [isSide[6]!]],
  [7, 8, [isSide[8]!]],
  [9, 10, [isSide[10]!]],
  [11, 12, [isSide[12]!]],
  [13, 14, [isSide[14]!, isSide[15]!]],
  [16, 17, [isSide[17]!, isSide[18]!]],
  [19, 20, ['bramwell-k', 'dbrandt', 'mira-s']],
]
  .map(
    ([h, , items]) =>
      `<div class="MetadataSection-module__section"><h3 class="prc-Heading-Heading-6CmGO">${isSide[h as number]}</h3><ul>${(items as string[])
        .map((t) => `<li><span>${t}</span></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}</div></div></div></div></div></react-app></div></turbo-frame></main></div>${ghFooter}</div></body></html>`;
export const githubIssuePage: TestPage = {
  html: isHtml,
  name: 'heldout91-github-issue-forum',
  kind: 'forum',
  // the issue body and the three comments are body; the issue form's h3 fields are the headings; the log block (and its
  // summary line) is in neither list; user names, "opened"/"commented" times are bylines; role labels, reactions, timeline
  // events, the sidebar, the sign-up box and the chrome are furniture
  title: isTitle,
  headings: isH,
  body: texts([...isBug, ...isSteps, ...isExpected, ...isEnv, ...isComments.flatMap((c) => c.paras)]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: ['bramwell-k', 'opened', 'on Aug 14, 2025', 'dbrandt', 'commented', 'on Aug 15, 2025', 'mira-s', 'on Aug 18, 2025', 'on Aug 19, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ghChromeFurniture, '#1187', 'New issue', 'Open', '3 comments', 'Member', 'Contributor', 'Author', '6', '3', '2', 'added', 'labels',
    'self-assigned this', 'mentioned this', '#1192', ...isSide, ...isJoin,
  ])],
};
