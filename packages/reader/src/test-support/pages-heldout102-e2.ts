import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 102, file e2: a GitHub issue as a signed-out visitor saves it (the marketing header, the repository
 * header and tabs, the issue title with its number, the state label and "opened this issue" line, the issue-form body with
 * its h3 sections and a log block, comments with author, time, "Member" / "Author" labels and reactions, timeline events
 * (label added, cross-reference, closed as completed), the sidebar with Assignees, Labels, Projects, Milestone,
 * Development and participants, the sign-up prompt and the footer).
 */
const giTitle = 'Cache restore leaves stale files when an output directory shrinks';
const giH = ['Describe the bug', 'Steps to reproduce', 'Expected behavior', 'Environment'];
const giBug = [
  'When a task’s output directory contains fewer files than it did on a previous run, restoring that task from the cache does ' +
    'not remove the extra files. They stay in <code>dist/</code> and end up in our published package.',
];
const giSteps = [
  'Run <code>harbor run build</code> on a package with two entry points.',
  'Delete one entry point and run the build again, so the new cache entry has one output file.',
  'Check out the first commit, build (cache hit), then check out the second commit and build again (cache hit).',
  'Look in <code>dist/</code>: both output files are there, although the second cache entry only has one.',
];
const giExpected = [
  'Restoring a cached output directory should leave it exactly as it was when the entry was stored, removing files that are not in the entry.',
];
const giEnv = ['Harbor 3.0.2', 'macOS 15.1 and Ubuntu 24.04 (same result on both)', 'Local cache only, no remote cache configured'];
type GiComment = { user: string; when: string; role: string; body: string[]; react: string };
const giComments: GiComment[] = [
  {
    user: 'priya-natarajan',
    when: 'Sep 4, 2025',
    role: 'Member',
    body: [
      'Thanks for the clear reproduction. This is a real bug: the restore step writes files from the entry but never deletes anything ' +
        'that is already there. It was deliberate back when outputs could be shared between tasks, but we stopped allowing that in 3.0.',
      'I think the fix is to clear each declared output directory before restoring, which is what people expect anyway.',
    ],
    react: '👍 4',
  },
  {
    user: 'jmbeaulieu',
    when: 'Sep 5, 2025',
    role: '',
    body: [
      'Would clearing the directory break people who write other files into <code>dist/</code> outside Harbor, for example a ' +
        'hand-written <code>package.json</code>? We do that in two packages.',
    ],
    react: '',
  },
  {
    user: 'priya-natarajan',
    when: 'Sep 5, 2025',
    role: 'Member',
    body: [
      'It would, yes. The docs already warn against sharing output directories, but we will add a line to the 3.1 release notes ' +
        'and a warning when a restore removes a file that Harbor did not write.',
    ],
    react: '',
  },
  {
    user: 'sanna-lind',
    when: 'Sep 6, 2025',
    role: 'Author',
    body: [
      'That works for us. Happy to test a pre-release build if it helps.',
      'For anyone who hits this before 3.1 is out: running <code>harbor cache clean</code> and deleting <code>dist/</code> before the ' +
        'build avoids it, at the cost of one full rebuild.',
    ],
    react: '❤️ 1',
  },
];
const giTop = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const giTabs = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Wiki', 'Security', 'Insights'];
const giFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const giPs = (a: readonly string[]): string => a.map((p) => `<p dir="auto">${p}</p>`).join('\n');
const giComment = (c: GiComment, i: number): string => `<div class="js-timeline-item js-timeline-progressive-focus-container" data-gid="IC_${i}"><div
class="TimelineItem js-comment-container"><div class="avatar-parent-child TimelineItem-avatar d-none d-md-block"><a class="d-inline-block"
href="/${c.user}"><img
class="avatar rounded-2 avatar-user" src="https://avatars.githubusercontent.com/u/${i}?s=80" width="40" height="40" alt="@${c.user}"></a></div><div
class="timeline-comment-group js-minimizable-comment-group js-targetable-element TimelineItem-body my-0" id="issuecomment-${i}"><div
class="ml-n3 timeline-comment
unminimized-comment comment previewable-edit js-task-list-container js-comment timeline-comment--caret"><div
class="timeline-comment-header clearfix d-flex"><div
class="timeline-comment-actions flex-shrink-0 d-flex flex-items-center">${
  c.role
    ? `<span class="Label ml-1"
aria-label="This user is a ${c.role.toLowerCase()}">${c.role}</span>`
    : ''
}
</div><h3 class="f5 text-normal" style="flex: 1 1 auto"><div class="d-flex"><strong><a class="author Link--primary text-bold css-overflow-wrap-anywhere"
data-hovercard-type="user" href="/${c.user}">${c.user}</a></strong> commented <a href="#issuecomment-${i}" class="Link--secondary js-timestamp"><relative-time
datetime="2025-09-0${i + 3}T10:00:00Z" class="no-wrap">${c.when}</relative-time></a></div></h3></div><div class="edit-comment-hide"><task-lists disabled
sortable>
<table class="d-block user-select-contain" data-paste-markdown-skip><tbody class="d-block"><tr class="d-block"><td
class="d-block comment-body markdown-body js-comment-body">
${giPs(c.body)}</td></tr></tbody></table></task-lists></div>${
  c.react
    ? `<div class="comment-reactions js-reactions-container"><div class="comment-reactions-options"><button
class="social-reaction-summary-item btn-link" disabled>${c.react}</button></div></div>`
    : ''
}</div></div></div></div>`;
const giHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>Cache restore leaves stale files when an output directory shrinks · Issue #1482 · harbor-build/harbor · GitHub</title>
<meta name="description"
content="Describe the bug When a task's output directory contains fewer files than it did on a previous run, restoring that task from the cache does
not remove the extra files.">
<meta name="route-pattern" content="/:user_id/:repository/issues/:id(.:format)"><meta property="og:type" content="object"><meta name="twitter:card"
content="summary_large_image">
<meta property="og:title" content="${giTitle} · Issue #1482 · harbor-build/harbor"><link rel="canonical"
href="https://github.com/harbor-build/harbor/issues/1482">
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.com/assets/issues-react-7c1d.js"></script></head>
<body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content"
class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a><header class="HeaderMktg header-logged-out
js-details-container js-header Details f4 py-3" role="banner"><nav aria-label="Global" class="HeaderMenu-nav"><ul class="d-lg-flex list-style-none">
${giTop.map((t) => `<li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link border-0">${t}</button></li>`).join('')}</ul></nav><div><button
type="button" class="header-search-button placeholder input-button form-control"><span class="flex-1">Search or jump to...</span></button></div><a
href="/login?return_to=https%3A%2F%2Fgithub.com%2Fharbor-build%2Fharbor%2Fissues%2F1482" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a><a
href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></header></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main"><main id="js-repo-pjax-container"><div id="repository-container-header"
class="pt-3 hide-full-screen"><div class="d-flex flex-wrap flex-items-center f3 text-normal px-3 px-lg-5"><a class="url fn" rel="author"
href="/harbor-build">harbor-build</a>
<span class="mx-1 color-fg-muted">/</span><strong itemprop="name" class="mr-2"><a href="/harbor-build/harbor">harbor</a></strong><span
class="Label Label--secondary
v-align-middle">Public</span><ul class="pagehead-actions flex-shrink-0"><li><a href="/login" class="btn-sm btn">Notifications</a></li><li><a href="/login"
class="btn-sm btn">Fork <span class="Counter">311</span></a></li><li><a href="/login" class="btn-sm btn">Star <span
class="Counter">9.2k</span></a></li></ul></div>
<nav aria-label="Repository" class="js-repo-nav UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none">${giTabs
  .map(
    (t) =>
      `<li class="d-inline-flex"><a class="UnderlineNav-item${t === 'Issues' ? ' selected' : ''}"
href="/harbor-build/harbor/${t.toLowerCase()}"><span>${t}</span>${t === 'Issues' ? '<span class="Counter">188</span>' : ''}</a></li>`,
  )
  .join('')}</ul></nav></div>
<div class="repository-content"><div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div id="show_issue" class="js-issues-results js-socket-channel"
data-gid="I_kwDOB1482"><div id="partial-discussion-header" class="gh-header mb-3 js-details-container Details js-socket-channel js-updatable-content issue"><div
class="gh-header-show"><div class="d-flex flex-column flex-md-row"><div class="gh-header-actions mt-0 mb-3 mb-md-2 ml-0 flex-md-order-1 flex-shrink-0 d-flex
flex-items-center gap-1"><a href="/signup?return_to=%2Fharbor-build%2Fharbor%2Fissues%2Fnew%2Fchoose" class="btn-sm btn btn-primary">New issue</a></div><h1
class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><bdi class="js-issue-title markdown-title">${giTitle}</bdi> <span class="f1-light
color-fg-muted">#1482</span></h1></div></div><div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div class="flex-shrink-0 mb-2 flex-self-start
flex-md-self-center"><span title="Status: Closed" class="State State--merged d-flex flex-items-center">Closed</span></div><div
class="flex-auto min-width-0 mb-2"><a
class="author text-bold Link--secondary" href="/sanna-lind">sanna-lind</a> opened this issue <relative-time datetime="2025-09-03T14:22:05Z"
class="no-wrap">Sep 3, 2025
</relative-time> · 5 comments</div></div></div>
<div id="discussion_bucket" class="pull-discussion-timeline js-quote-selection-container"><div
class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end">
<div class="Layout-main"><div class="js-discussion js-socket-channel ml-0 pl-0 ml-md-6 pl-md-3"><div class="TimelineItem pt-0 js-comment-container"><div
class="timeline-comment-group js-minimizable-comment-group TimelineItem-body my-0" id="issue-1482"><div
class="timeline-comment color-bg-default comment previewable-edit
js-comment timeline-comment--caret"><div class="timeline-comment-header clearfix d-flex"><h3 class="f5 text-normal" style="flex: 1 1 auto"><strong><a
class="author
Link--primary text-bold" href="/sanna-lind">sanna-lind</a></strong> commented <a href="#issue-1482" class="Link--secondary js-timestamp"><relative-time
datetime="2025-09-03T14:22:05Z">Sep 3, 2025</relative-time></a></h3></div><table class="d-block user-select-contain"><tbody class="d-block"><tr
class="d-block"><td
class="d-block comment-body markdown-body js-comment-body"><h3 dir="auto">${giH[0]}</h3>${giPs(giBug)}<h3 dir="auto">${giH[1]}</h3><ol dir="auto">${giSteps
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol><h3 dir="auto">${giH[2]}</h3>${giPs(giExpected)}<h3 dir="auto">${giH[3]}</h3><ul dir="auto">${giEnv.map((t) => `<li>${t}</li>`).join('')}</ul>
<details><summary>Build log</summary><div class="snippet-clipboard-content notranslate position-relative overflow-auto"><pre class="notranslate"><code>harbor
3.0.2
build  cache hit  a81f3c0  restored 1 file in 14ms</code></pre></div></details></td></tr></tbody></table></div></div></div>
<div class="TimelineItem js-targetable-element" id="event-1"><span class="TimelineItem-badge"><svg class="octicon octicon-tag"
aria-hidden="true"></svg></span><div
class="TimelineItem-body"><a class="author Link--primary text-bold" href="/priya-natarajan">priya-natarajan</a> added the <a class="IssueLabel hx_IssueLabel"
href="/harbor-build/harbor/labels/bug" style="--label-r:215"><span class="css-truncate-target">bug</span></a> label <a href="#event-1"
class="Link--secondary"><relative-time datetime="2025-09-04T08:01:10Z">Sep 4, 2025</relative-time></a></div></div>
${giComments
  .slice(0, 3)
  .map((c, i) => giComment(c, i + 1))
  .join('\n')}
<div class="TimelineItem" id="ref-pullrequest-1"><span class="TimelineItem-badge"></span><div class="TimelineItem-body"><a
class="author Link--primary text-bold"
href="/priya-natarajan">priya-natarajan</a> mentioned this issue <relative-time datetime="2025-09-06T07:20:00Z">Sep 6, 2025</relative-time><div class="mt-2
d-flex flex-items-start"><a class="Link--primary f4 text-bold markdown-title" href="/harbor-build/harbor/pull/1490">Clear output directories before restoring
from cache</a>
<span class="f4 color-fg-muted ml-1">#1490</span><span class="State State--merged State--small ml-2">Merged</span></div></div></div>
${giComment(giComments[3]!, 4)}
<div class="TimelineItem" id="event-2"><span class="TimelineItem-badge color-fg-on-emphasis color-bg-done-emphasis"></span><div class="TimelineItem-body"><a
class="author Link--primary text-bold" href="/priya-natarajan">priya-natarajan</a> closed this as completed in <a class="Link--secondary"
href="/harbor-build/harbor/pull/1490">#1490</a>
<relative-time datetime="2025-09-09T16:45:00Z">Sep 9, 2025</relative-time></div></div></div>
<div class="discussion-timeline-actions"><div class="flash flash-warn mt-3"><a rel="nofollow" class="btn btn-primary"
href="/signup?return_to=%2Fharbor-build%2Fharbor%2Fissues%2F1482">Sign
up for free</a> <strong>to join this conversation on GitHub</strong>. Already have an account? <a rel="nofollow" href="/login">Sign in to
comment</a></div></div></div>
<div class="Layout-sidebar"><div id="partial-discussion-sidebar"><div class="discussion-sidebar-item sidebar-assignee"><div class="discussion-sidebar-heading
text-bold">Assignees</div><a class="assignee Link--primary css-truncate" href="/priya-natarajan"><span
class="css-truncate-target">priya-natarajan</span></a></div>
<div class="discussion-sidebar-item sidebar-labels"><div class="discussion-sidebar-heading text-bold">Labels</div><div
class="labels css-truncate js-issue-labels"><a
class="IssueLabel hx_IssueLabel" href="/harbor-build/harbor/labels/bug">bug</a></div></div><div class="discussion-sidebar-item"><div
class="discussion-sidebar-heading
text-bold">Projects</div>None yet</div><div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Milestone</div><a
class="milestone-name"
href="/harbor-build/harbor/milestone/12">3.1</a></div><div class="discussion-sidebar-item"><div
class="discussion-sidebar-heading text-bold">Development</div><p>Successfully
merging a pull request may close this issue.</p></div><div class="discussion-sidebar-item"><div
class="discussion-sidebar-heading text-bold">Notifications</div><a
href="/login" class="btn btn-block">Subscribe</a><p class="reason text-small color-fg-muted">You’re not receiving notifications from this
thread.</p></div><div
class="discussion-sidebar-item"><div class="participation"><div class="discussion-sidebar-heading text-bold">3
participants</div></div></div></div></div></div></div>
</div></div></div></main></div><footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><span>© 2025 GitHub,&nbsp;Inc.</span><nav
aria-label="Footer"><ul class="list-style-none d-flex flex-wrap">${links(giFoot, 'mr-3')}</ul></nav></footer></body></html>`;
export const githubIssue: TestPage = {
  html: giHtml,
  name: 'heldout102-github-issue-forum',
  kind: 'forum',
  // the issue body (with its issue-form h3 sections, which are the headings) and every comment are body; user names and
  // times are bylines; "Member" / "Author" labels, reactions, timeline events, the closing pull request and the sidebar are
  // furniture; the collapsed build log is in neither list
  title: giTitle,
  headings: giH,
  body: texts([...giBug, ...giSteps, ...giExpected, ...giEnv, ...giComments.flatMap((c) => c.body)]),
  bylines: ['sanna-lind', 'opened this issue', 'Sep 3, 2025', 'priya-natarajan', 'jmbeaulieu', 'Sep 4, 2025', 'Sep 5, 2025', 'Sep 6, 2025', 'Sep 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...giTop, 'Search or jump to...', 'Sign in', 'Sign up', 'harbor-build', 'Public', 'Notifications', 'Fork', 'Star', ...giTabs, '188',
    'New issue', '#1482', 'Closed', '5 comments', 'Member', 'Author', '👍 4', '❤️ 1', 'added the', 'label', 'mentioned this issue',
    'Clear output directories before restoring from cache', '#1490', 'Merged', 'closed this as completed in', 'Build log', 'bug',
    'Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment', 'Assignees', 'Labels', 'Projects', 'None yet',
    'Milestone', '3.1', 'Development', 'Successfully merging a pull request may close this issue.', 'Subscribe',
    'You’re not receiving notifications from this thread.', '3 participants', '© 2025 GitHub, Inc.', ...giFoot.filter((t) => t !== 'Security'),
  ],
};
