import { links, type TestPage, texts } from './page-kit.js';
import { forgejoIssue } from './pages-heldout22-b2.js';

/**
 * Held-out batch 22, file b: a GitHub pull request's Conversation tab seen signed out (global header, "reload to refresh your
 * session" flash alerts, repo header with Fork/Star counts and repo tabs, the PR header with the Open state and "wants to
 * merge", the Conversation/Commits/Checks/Files changed tabs, the description with markdown headings, commit rows, label
 * and review-request events, a Codecov bot comment, a review with two inline threads on diff hunks, one resolved, an
 * approving review, the merge box with the checks list, the sidebar and the footer). The Forgejo issue is in
 * pages-heldout22-b2.ts.
 */
const ghTitle = 'Retry idempotent uploads on 503 with jittered backoff';
const ghRepo = 'lumenbase/lumen-cli';
const ghDesc1 = [
  'Uploads through <code>lumen push</code> fail outright when the storage gateway answers 503 Service Unavailable, which it does ' +
    'for a few seconds during every rolling deploy. Large pushes that took twenty minutes then have to start again from the first chunk.',
  'This PR retries chunk uploads that are safe to repeat (a PUT with a content hash) with exponential backoff and jitter. ' +
    'Requests that are not idempotent, such as the final commit call, are still never retried.',
];
const ghChanges = [
  'Add a <code>RetryPolicy</code> with a base delay of 250 ms, a cap of 8 s and at most six attempts',
  'Honour the <code>Retry-After</code> header whenever the gateway sends one back',
  'Log each retry at debug level with the attempt number and the delay',
  'Add <code>--no-retry</code> to switch the behaviour off for scripted runs',
];
const ghTesting = [
  'Unit tests cover the delay sequence with a seeded random source. I also pushed a 14 GB dataset against the staging gateway ' +
    'while restarting it twice; the push completed with nine retries and no failed chunks.',
  'Closes <a class="issue-link js-issue-link" data-hovercard-type="issue" href="/lumenbase/lumen-cli/issues/2290">#2290</a>.',
];
const ghReview1 =
  'Full jitter can return a delay of almost zero on the first retry, which means we may hit the gateway again while it is ' +
  'still draining connections. Would it make sense to use equal jitter here, so that at least half of the computed delay is always kept?';
const ghReply1 =
  'Good point. I went with full jitter because it spreads load best when many clients retry at once, but for a single client ' +
  'against one gateway the near-zero case matters more. Switched to equal jitter in 7c9e2f1.';
const ghReview2 =
  'Nit: the flag description says "disable retries", but every other help text in the CLI starts with a capital letter. ' +
  '"Disable retries for chunk uploads" would match them.';
const ghApprove =
  'Tested against the staging gateway with a forced 503 every 30 seconds. Pushes of 2 GB and 9 GB both finished, and the debug ' +
  'log reads well. One follow-up for a separate PR: the progress bar jumps back to zero on each retry, which looks alarming even though the upload is fine.';
const ghLast = 'Thanks both. I opened #2321 for the progress bar so that it does not hold this one up.';
const ghHead = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghFlash = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
];
const ghRepoNav = ['Code', 'Issues 61', 'Pull requests 17', 'Discussions', 'Actions', 'Security', 'Insights'];
const ghTabs = ['Conversation 6', 'Commits 4', 'Checks 5', 'Files changed 3'];
const ghCommits1 = ['Add RetryPolicy for idempotent chunk uploads', 'Add --no-retry flag to push'];
const ghCommits2 = ['Use equal jitter for chunk retries', 'Capitalise --no-retry help text'];
const ghChecks: [string, string][] = [
  ['CI / lint (pull_request)', 'Successful in 41s'],
  ['CI / test (ubuntu-latest, 20) (pull_request)', 'Successful in 3m'],
  ['CI / test (macos-latest, 20) (pull_request)', 'Successful in 4m'],
  ['CI / test (windows-latest, 20) (pull_request)', 'Successful in 6m'],
  ['codecov/patch', '100.00% of diff hit (target 85.00%)'],
];
const ghFoot = ['© 2025 GitHub, Inc.', 'Terms', 'Privacy', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const av = (u: string): string =>
  `<a class="d-inline-block" href="/${u}"><img class="avatar rounded-2 avatar-user" src="https://avatars.githubusercontent.example/${u}?s=80" width="40"
 height="40" alt="@${u}"></a>`;
const when = (iso: string, text: string): string => `<relative-time datetime="${iso}" class="no-wrap">${text}</relative-time>`;
const ghComment = (id: string, u: string, iso: string, date: string, body: string, labels = ''): string => `<div class="TimelineItem js-comment-container"
 data-gid="IC_kwDOB${id}"><div class="avatar-parent-child TimelineItem-avatar d-none d-md-block">${av(u)}</div>
<div class="timeline-comment-group js-minimizable-comment-group js-targetable-element TimelineItem-body my-0" id="issuecomment-${id}">
<div class="ml-n3 timeline-comment unminimized-comment comment previewable-edit js-task-list-container js-comment timeline-comment--caret">
<div class="timeline-comment-header clearfix d-flex"><div class="timeline-comment-actions flex-justify-end d-none d-md-flex">${labels}
<details class="details-overlay details-reset position-relative d-inline-block"><summary class="timeline-comment-action Link--secondary btn-link"
 aria-label="Show options"></summary></details></div><h3 class="f5 text-normal" style="flex: 1 1 auto"><div class="d-flex">
<strong class="css-truncate"><a class="author Link--primary text-bold css-overflow-wrap-anywhere" data-hovercard-type="user" href="/${u}">${u}</a></strong>
 commented <a href="#issuecomment-${id}" class="Link--secondary js-timestamp">${when(iso, date)}</a></div></h3></div>
<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain" data-paste-markdown-skip><tbody class="d-block">
<tr class="d-block"><td class="d-block comment-body markdown-body  js-comment-body">${body}</td></tr></tbody></table></task-lists></div></div></div></div>`;
const label = (t: string, aria: string): string => `<span class="Label ml-1 timeline-comment-label tooltipped tooltipped-n" aria-label="${aria}">${t}</span>`;
const mdH2 = (t: string, id = t.toLowerCase().replace(/ /g, '-')): string => `<div class="markdown-heading" dir="auto">
<h2 tabindex="-1" class="heading-element" dir="auto">${t}</h2>
<a id="user-content-${id}" class="anchor" aria-label="Permalink: ${t}" href="#${id}"><svg class="octicon octicon-link"></svg></a></div>`;
const commits = (u: string, n: number, list: readonly string[], shas: readonly string[]): string => `<div class="TimelineItem TimelineItem--condensed">
<div class="TimelineItem-badge"><svg class="octicon octicon-repo-push"></svg></div><div class="TimelineItem-body">${av(u)}
<a class="author Link--primary text-bold" href="/${u}">${u}</a> added ${n} commits</div></div>
${list
  .map(
    (m, i) => `<div class="TimelineItem TimelineItem--condensed js-commit"><div class="TimelineItem-body d-flex"><code class="Link--secondary">
<a href="/${ghRepo}/pull/2318/commits/${shas[i]}" class="Link--secondary markdown-title" title="${m}">${m}</a></code>
<span class="Label Label--success">Verified</span>
<code><a href="/${ghRepo}/pull/2318/commits/${shas[i]}" class="Link--secondary">${shas[i]}</a></code></div></div>`,
  )
  .join('\n')}`;
const hunk = (file: string, head: string, lines: readonly string[]): string => `<summary class="py-2 px-3 rounded-2 color-bg-subtle">
<a href="/${ghRepo}/pull/2318/files#diff-${file.length}" class="text-mono text-small Link--primary wb-break-all mr-2">${file}</a></summary>
<div class="blob-wrapper border-bottom"><table class="diff-table js-diff-table tab-size" data-tab-size="8"><tbody>
<tr><td class="blob-num blob-num-hunk non-expandable"></td><td class="blob-code blob-code-inner blob-code-hunk">${head}</td></tr>
${lines
  .map(
    (l, i) => `<tr><td class="blob-num blob-num-addition" data-line-number="${24 + i}"></td><td class="blob-code blob-code-addition">
<span class="blob-code-inner blob-code-marker-addition">${l}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div>`;
const inline = (u: string, date: string, text: string): string => `<div class="review-comment js-comment" id="discussion_r${u.length}${date.length}">
${av(u)}<div class="review-comment-contents"><h4 class="f5 text-normal"><a class="author Link--primary text-bold" href="/${u}">${u}</a>
<a class="Link--secondary js-timestamp" href="#discussion_r1">${when('2025-03-06T10:12:00Z', date)}</a></h4>
<div class="comment-body markdown-body js-comment-body"><p dir="auto">${text}</p></div></div></div>`;
const ghBody = `${mdH2('Summary')}
${ghDesc1.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
${mdH2('Changes')}
<ul dir="auto">${ghChanges.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mdH2('Testing')}
${ghTesting.map((p) => `<p dir="auto">${p}</p>`).join('\n')}`;
const ghCodecov = `${mdH2('Codecov Report')}
<p dir="auto">All modified and coverable lines are covered by tests <g-emoji class="g-emoji" alias="white_check_mark">✅</g-emoji></p>
<blockquote><p dir="auto">Project coverage is 87.42%. Comparing base (a1b2c3d) to head (e4f5a6b).</p></blockquote>
<details><summary>Additional details and impacted files</summary><pre>src/upload/retry.ts   100.00%   src/cli/push.ts   96.30%</pre></details>`;
const ghFlashes = ghFlash
  .map(
    (t) => `<div class="flash flash-warn mx-auto" role="alert" hidden><span>${t}</span>
<button class="flash-close js-flash-close" aria-label="Dismiss alert"></button></div>`,
  )
  .join('\n');
const ghTabLinks = ghTabs.map((t) => `<a class="tabnav-tab flex-shrink-0" href="#">${t}</a>`).join('');
const ghCheckRows = ghChecks
  .map(
    ([n, s]) => `<div class="merge-status-item d-flex"><div class="text-emphasized">${n}</div><div class="color-fg-muted">${s}</div>
<a class="status-actions" href="#">Details</a></div>`,
  )
  .join('\n');
const ghApproveP = `<p dir="auto">${ghApprove}</p>`;
const ghMember = label('Member', 'This user is a member of the lumenbase organization.');
const ghAuthor = label('Author', 'This user is the author of this pull request.');
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system"><head><meta charset="utf-8">
<title>${ghTitle} by jkowalczyk · Pull Request #2318 · ${ghRepo} · GitHub</title>
<meta name="description" content="Summary Uploads through lumen push fail outright when the storage gateway answers 503 Service Unavailable...">
<meta property="og:title" content="${ghTitle} by jkowalczyk · Pull Request #2318 · ${ghRepo}">
<meta name="route-pattern" content="/:user_id/:repository/pull/:id">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/primer-4f1e7b.css"></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div class="logged-out env-production page-responsive" data-turbo-body><div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" data-skip-target-assigned="false"
 class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><h2 class="sr-only">Navigation Menu</h2>
<button type="button" class="HeaderMenu-toggle-bar rounded my-auto"><span class="sr-only">Toggle navigation</span></button>
<nav class="HeaderMenu-nav" aria-label="Global"><ul class="d-lg-flex list-style-none">${links(ghHead, 'HeaderMenu-item')}</ul></nav>
<qbsearch-input class="search-input"><span class="flex-1">Search or jump to...</span></qbsearch-input>
<a href="/login?return_to=%2F${ghRepo}%2Fpull%2F2318" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a>
<button class="Button--link Button--medium Button" aria-label="Appearance settings"><span>Appearance settings</span></button></header>
<div id="js-flash-container" class="flash-container" data-turbo-replace>
${ghFlashes}
<span class="sr-only">Dismiss alert</span></div></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled>
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center">
<strong class="mr-2 flex-self-stretch" itemprop="name"><a href="/lumenbase">lumenbase</a></strong><span class="mx-1 flex-self-stretch color-fg-muted">/</span>
<strong itemprop="name"><a href="/${ghRepo}">lumen-cli</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline">
<li><a href="/login" class="btn-sm btn" aria-label="You must be signed in to change notification settings">
Notifications</a></li><li><a href="/login" class="btn-sm btn">Fork <span class="Counter">214</span></a></li>
<li><a href="/login" class="btn-sm btn">Star <span class="Counter">3.8k</span></a></li></ul></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body list-style-none">${links(ghRepoNav, 'd-inline-flex')}</ul></nav></div>
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div id="discussion_bucket" class="pull-request-tab-content is-visible">
<div id="partial-discussion-header" class="gh-header mb-3 js-details-container Details js-socket-channel js-updatable-content pull request">
<div class="gh-header-show">
<h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><bdi class="js-issue-title markdown-title">${ghTitle}</bdi>
<span class="f1-light color-fg-muted">#2318</span></h1></div>
<div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><span reviewable_state="ready" title="Status: Open" class="State State--open">Open</span>
<div class="flex-auto min-width-0 mb-2">
<a class="author Link--secondary text-bold css-truncate css-truncate-target expandable" href="/jkowalczyk">jkowalczyk</a>
 wants to merge 4 commits into <span class="commit-ref css-truncate user-select-contain expandable base-ref">main</span> from
<span class="commit-ref css-truncate user-select-contain expandable head-ref">jk/retry-503</span></div></div></div>
<nav class="tabnav-tabs d-flex overflow-auto" aria-label="Pull request tabs">${ghTabLinks}</nav>
<div id="discussion_bucket_body" class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end">
<div class="Layout-main"><div class="js-discussion js-socket-channel ml-0 pl-0 ml-md-6 pl-md-3">
${ghComment('2851234', 'jkowalczyk', '2025-03-05T14:02:11Z', 'Mar 5, 2025', ghBody, ghMember)}
${commits('jkowalczyk', 2, ghCommits1, ['b81f0e4', 'c2d93a7'])}
<div class="TimelineItem"><div class="TimelineItem-body"><a class="author Link--primary text-bold" href="/jkowalczyk">jkowalczyk</a> added the
<a class="IssueLabel hx_IssueLabel" href="/${ghRepo}/labels/enhancement">enhancement</a> label ${when('2025-03-05T14:02:30Z', 'Mar 5, 2025')}</div></div>
<div class="TimelineItem"><div class="TimelineItem-body"><a class="author Link--primary text-bold" href="/jkowalczyk">jkowalczyk</a> requested review from
<a href="/marisol-ortega">marisol-ortega</a> and <a href="/tobias-lenz">tobias-lenz</a> ${when('2025-03-05T14:02:40Z', 'Mar 5, 2025')}</div></div>
${ghComment('2851310', 'codecov', '2025-03-05T14:09:51Z', 'Mar 5, 2025', ghCodecov, label('bot', 'This account is a bot.'))}
<div class="TimelineItem js-comment-container"><div class="TimelineItem-badge"><svg class="octicon octicon-eye"></svg></div>
<div class="TimelineItem-body"><a class="author Link--primary text-bold" href="/marisol-ortega">marisol-ortega</a> reviewed
<a href="#pullrequestreview-2671" class="Link--secondary">${when('2025-03-06T10:12:00Z', 'Mar 6, 2025')}</a>
<a href="/${ghRepo}/pull/2318/files/c2d93a7" class="btn-link Link--secondary float-right">View reviewed changes</a></div>
<details-collapsible><details class="review-thread-component Details-element details-reset border rounded-2 mb-3">
${hunk('src/upload/retry.ts', '@@ -12,6 +12,18 @@ export class RetryPolicy {', [
  '  const delay = Math.min(this.cap, this.base * 2 ** attempt);',
  '  return Math.random() * delay;',
])}
${inline('marisol-ortega', 'Mar 6, 2025', ghReview1)}
${inline('jkowalczyk', 'Mar 6, 2025', ghReply1)}
<div class="resolvable-thread-footer"><strong>marisol-ortega</strong> marked this conversation as resolved.</div></details></details-collapsible>
<details-collapsible><details class="review-thread-component Details-element details-reset border rounded-2 mb-3" open>
${hunk('src/cli/push.ts', '@@ -88,4 +88,7 @@ export function pushCommand(program: Command) {', ["    .option('--no-retry', 'disable retries')"])}
${inline('marisol-ortega', 'Mar 6, 2025', ghReview2)}
<button class="btn-link color-fg-muted" type="button">Reply...</button></details></details-collapsible></div>
${commits('jkowalczyk', 2, ghCommits2, ['7c9e2f1', '0d41b8a'])}
<div class="TimelineItem js-comment-container"><div class="TimelineItem-badge color-fg-on-emphasis color-bg-success-emphasis">
<svg class="octicon octicon-check"></svg></div>
<div class="TimelineItem-body"><a class="author Link--primary text-bold" href="/tobias-lenz">tobias-lenz</a> approved these changes
${when('2025-03-07T08:31:45Z', 'Mar 7, 2025')}
<a href="/${ghRepo}/pull/2318/files/0d41b8a" class="btn-link Link--secondary float-right">View reviewed changes</a></div></div>
${ghComment('2671903', 'tobias-lenz', '2025-03-07T08:31:45Z', 'Mar 7, 2025', ghApproveP, ghMember)}
${ghComment('2853377', 'jkowalczyk', '2025-03-07T09:04:02Z', 'Mar 7, 2025', `<p dir="auto">${ghLast}</p>`, ghAuthor)}
<div id="partial-pull-merging" class="merge-status-list js-updatable-content-preserve-scroll-position"><div class="branch-action-item">
<h3 class="status-heading h4">All checks have passed</h3><span class="status-meta">5 successful checks</span>
${ghCheckRows}</div>
<div class="branch-action-item"><h3 class="h4 status-heading">This branch has no conflicts with the base branch</h3>
<span class="status-meta">Merging can be performed automatically.</span></div>
<div class="branch-action-item">Only those with write access to this repository can merge pull requests.</div></div>
<div class="flash flash-warn"><a class="btn btn-primary" href="/join">Sign up for free</a> <strong>to join this conversation on GitHub</strong>.
Already have an account? <a href="/login">Sign in to comment</a></div></div></div>
<div class="Layout-sidebar" id="partial-discussion-sidebar"><div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Reviewers</div>
<p><a href="/marisol-ortega">marisol-ortega</a></p><p><a href="/tobias-lenz">tobias-lenz</a></p></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Assignees</div><span>No one assigned</span></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Labels</div><a class="IssueLabel" href="#">enhancement</a>
<a class="IssueLabel" href="#">area: upload</a></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Projects</div><span>None yet</span></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Milestone</div><a href="#">v4.6</a></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">Development</div>
<p>Successfully merging this pull request may close these issues.</p><a href="/${ghRepo}/issues/2290">Push fails on 503 during gateway deploys</a></div>
<div class="discussion-sidebar-item"><div class="participation"><div class="discussion-sidebar-heading">3 participants</div></div></div>
</div></div></div></div></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><ul>${links(ghFoot)}</ul></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>You can’t perform that action at this time.</div></div></body></html>`;
const githubPr: TestPage = {
  html: ghHtml,
  name: 'heldout22-github-pull-request',
  kind: 'forum',
  // the description (its h2s are the headings; its paragraphs and list items body) and the review discussion are the
  // article: both inline review comments, the reply, the approving review's text and the author's last comment are body;
  // each poster's handle and the dates are bylines ("jkowalczyk" once, each date once), the Codecov bot's comment is a
  // checks report in comment form: furniture (its "codecov" handle a byline all the same); the commit rows, the diff
  // hunks the review threads quote, the label/review-request events, "marked this conversation as resolved", the merge box
  // with the checks list, the sidebar, tabs, repo and global headers, flash alerts and footer are furniture; "commented",
  // "reviewed" and "added 2 commits" are in neither; the "Member"/"Author"/"bot" labels are furniture
  title: ghTitle,
  headings: ['Summary', 'Changes', 'Testing'],
  body: [...texts(ghDesc1), ...texts(ghChanges), ...texts(ghTesting), ghReview1, ghReply1, ghReview2, ghApprove, ghLast],
  bylines: ['jkowalczyk', 'Mar 5, 2025', 'codecov', 'marisol-ortega', 'Mar 6, 2025', 'tobias-lenz', 'Mar 7, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', 'Toggle navigation', ...ghHead, 'Search or jump to...', 'Sign in', 'Sign up', 'Appearance settings', ...ghFlash,
    'Dismiss alert', 'lumenbase', 'lumen-cli', 'Public', 'Notifications', 'Fork 214', 'Star 3.8k', ...ghRepoNav, '#2318', 'Open',
    'wants to merge 4 commits into', 'jk/retry-503', ...ghTabs, 'Member', ...ghCommits1, ...ghCommits2, 'Verified', 'b81f0e4', 'c2d93a7', '0d41b8a',
    'added the enhancement label', 'enhancement', 'requested review from', 'bot', 'Codecov Report', 'All modified and coverable lines are covered by tests',
    'Project coverage is 87.42%. Comparing base (a1b2c3d) to head (e4f5a6b).', 'Additional details and impacted files', 'View reviewed changes',
    'src/upload/retry.ts', '@@ -12,6 +12,18 @@ export class RetryPolicy {', 'const delay = Math.min(this.cap, this.base * 2 ** attempt);',
    'return Math.random() * delay;', 'marked this conversation as resolved.', 'src/cli/push.ts',
    '@@ -88,4 +88,7 @@ export function pushCommand(program: Command) {',
    ".option('--no-retry', 'disable retries')", 'Reply...', 'approved these changes', 'Author', 'All checks have passed', '5 successful checks',
    ...ghChecks.flat(), 'Details', 'This branch has no conflicts with the base branch', 'Merging can be performed automatically.',
    'Only those with write access to this repository can merge pull requests.', 'Sign up for free', 'to join this conversation on GitHub',
    'Already have an account?', 'Sign in to comment', 'Reviewers', 'Assignees', 'No one assigned', 'Labels', 'area: upload', 'Projects', 'None yet',
    'Milestone', 'v4.6', 'Development', 'Successfully merging this pull request may close these issues.', 'Push fails on 503 during gateway deploys',
    '3 participants', 'Footer', ...ghFoot, 'You can’t perform that action at this time.',
  ],
};

export const HELDOUT22_B: readonly TestPage[] = [githubPr, forgejoIssue];
