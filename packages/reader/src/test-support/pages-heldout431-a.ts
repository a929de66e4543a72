import { links, ps, type TestPage, texts } from './page-kit.js';
import { gitlabIssue } from './pages-heldout431-a2.js';
import { j, lis } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file a: a GitHub issue saved after hydration (global header, repository header and tabs, issue header
 * with the state badge and "opened this issue" line, an issue-form description with h3 sections, four comments, timeline
 * events, the sidebar with assignees, labels, milestone and notifications, the sign-up prompt, cookie banner and footer) and,
 * from file a2, a GitLab issue with its activity feed.
 */
const gTitle = 'PDF export drops footnotes when a table breaks across two pages';
const gBug = [
  j(
    'When a document has a long table that Quillmark splits over a page break, every footnote referenced from inside the table',
    'disappears from the exported PDF. The footnote markers are still printed in the cells, but the notes themselves never appear at',
    'the foot of either page or in the endnotes section.',
  ),
  j(
    'Footnotes referenced from ordinary paragraphs on the same pages come out correctly, so this looks specific to tables that the',
    'layout engine has to split.',
  ),
];
const gSteps = [
  'Create a document with a table of at least forty rows, so that it cannot fit on one A4 page.',
  'Add a footnote reference such as <code>[^src]</code> inside any cell of the table and define the note below the table.',
  'Run <code>quillmark export report.md --to pdf</code> with the default theme.',
  'Open the PDF and look at the foot of the pages that the table spans.',
];
const gExpected = [
  j(
    'The note should appear at the foot of the page where its marker is printed, exactly as it does for tables that fit on one page.',
    'If that is hard to do for split tables, collecting the notes directly under the table would also be fine.',
  ),
];
const gEnv = [
  'Quillmark 3.8.1 installed from the release tarball',
  'Debian 13 with the bundled font set',
  'Reproduced with the default and the compact themes',
];
const gExtra = [
  j(
    'A minimal document is attached: one table of fifty rows and two notes, and neither note survives the export. Version 3.6 did',
    'not have this bug, so it may have arrived together with the new table splitter.',
  ),
];
const gC1 = [
  j(
    'Thanks for the clear report and the sample file, I can reproduce this on the main branch. The splitter builds a new cell tree',
    'for each half of the table, and the footnote collector only walks the original tree, so the references in the moved rows point',
    'at nodes that are never laid out.',
  ),
  'The fix is probably to run footnote collection after splitting rather than before. That also gives us the right page for each note for free.',
];
const gC2 = [
  j(
    'That explains why the notes in the first rows were missing too in my longer document: the whole table is rebuilt, not only',
    'the rows that move to the next page. Happy to test a build when there is one.',
  ),
];
const gC3 = [
  j(
    'I looked at the collector while working on the endnotes change. Moving it after the split works, but repeated header rows are',
    'cloned onto every page, so a note in a header cell would be printed once per page. We should skip cloned header rows when',
    'collecting.',
  ),
];
const gC4 = [
  j(
    'Good catch. The fix now skips cloned header rows and adds a regression test with a sixty-row table and notes in the header,',
    'the body and the last row. It will ship in the next patch release.',
  ),
];
const gNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const gTabs = ['Issues', 'Pull requests', 'Discussions', 'Actions', 'Projects', 'Wiki', 'Security', 'Insights'];
const gFoot = ['Terms', 'Privacy', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghComment = (id: string, who: string, when: string, role: string, paras: string[]): string => `<div class="TimelineItem js-comment-container"
data-gid="IC_${id}"><div class="avatar-parent-child TimelineItem-avatar d-none d-md-block"><a class="d-inline-block" href="/${who}"><img
class="avatar rounded-2 avatar-user" src="https://avatars.githubusercontent.example/u/${id}?s=80" width="40" height="40" alt="@${who}"></a></div>
<div class="timeline-comment-group js-minimizable-comment-group js-targetable-element TimelineItem-body my-0" id="issuecomment-${id}">
<div class="ml-n3 timeline-comment unminimized-comment comment previewable-edit js-task-list-container js-comment timeline-comment--caret">
<div class="timeline-comment-header clearfix d-flex"><div class="timeline-comment-actions flex-shrink-0 d-flex flex-items-center">
<span class="tooltipped tooltipped-n" aria-label="This user is a member of the project."><span class="Label ml-1">${role}</span></span></div>
<h3 class="f5 text-normal" style="flex: 1 1 auto"><div class="d-flex"><strong class="css-truncate"><a class="author Link--primary text-bold
css-overflow-wrap-anywhere"
href="/${who}">${who}</a></strong> commented <a href="#issuecomment-${id}" class="Link--secondary js-timestamp"><relative-time
class="no-wrap" datetime="2026-03-10T09:12:44Z">${when}</relative-time></a></div></h3></div>
<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain" data-paste-markdown-skip><tbody class="d-block">
<tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body">
${ps(paras, ' dir="auto"')}
</td></tr></tbody></table></task-lists></div></div></div></div>`;
const ghEvent = (who: string, what: string, when: string): string => `<div class="TimelineItem js-targetable-element"><div class="TimelineItem-badge">
<svg class="octicon octicon-tag" height="16" width="16" aria-hidden="true"></svg></div><div class="TimelineItem-body">
<a class="author Link--primary text-bold" href="/${who}">${who}</a> ${what} <a href="#event" class="Link--secondary"><relative-time
datetime="2026-03-10T09:20:00Z">${when}</relative-time></a></div></div>`;
const gHtml = `<!DOCTYPE html><html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>${gTitle} · Issue #2417 · tarnwell/quillmark · GitHub</title>
<meta name="description" content="When a document has a long table that Quillmark splits over a page break, every footnote referenced from inside the table
disappears.">
<meta name="route-pattern" content="/:user_id/:repository/issues/:id(.:format)"><meta name="octolytics-dimension-repository_nwo" content="tarnwell/quillmark">
<meta property="og:title" content="${gTitle} · Issue #2417 · tarnwell/quillmark"><meta property="og:type" content="object">
<meta property="og:site_name" content="GitHub"><meta name="twitter:card" content="summary_large_image"><meta name="turbo-cache-control" content="no-preview">
<link rel="stylesheet" href="https://github.githubassets.example/assets/primer-primitives.css"><link rel="stylesheet"
href="https://github.githubassets.example/assets/github.css">
<script type="module" src="https://github.githubassets.example/assets/wp-runtime.js"></script>
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["issues_react_timeline","sub_issues"]}</script></head>
<body class="logged-out env-production page-responsive"><div class="position-relative js-header-wrapper">
<a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<div id="ghcc"><div class="cookie-consent-banner" role="region" aria-label="Cookie banner"><p>We use optional cookies to improve your experience on our
websites and to show advertising based on your online activity.</p><button class="btn btn-sm">Accept</button> <button class="btn btn-sm">Reject</button>
<button class="btn btn-sm">Manage cookies</button></div></div>
<header class="HeaderMktg header-logged-out js-details-container js-header" role="banner"><div class="container-xl d-flex flex-items-center p-responsive">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" class="octicon
octicon-mark-github"></svg></a>
<nav aria-label="Global" class="HeaderMenu-nav"><ul class="d-lg-flex list-style-none">${links(gNav, 'HeaderMenu-item position-relative')}</ul></nav>
<div class="d-lg-flex flex-items-center"><qbsearch-input class="search-input"><span class="flex-1">Search or jump to...</span></qbsearch-input>
<a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a> <a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign
up</a></div></div></header></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 container-xl px-lg-5">
<div class="flex-auto min-width-0 width-fit"><strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/tarnwell">tarnwell</a> /
<a href="/tarnwell/quillmark">quillmark</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a class="btn-sm btn" href="/login">Notifications</a></li><li><a class="btn-sm btn"
href="/login">Fork 214</a></li><li><a class="btn-sm btn" href="/login">Star 3.1k</a></li></ul></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body list-style-none"><li class="d-inline-flex"><a class="UnderlineNav-item" href="/tarnwell/quillmark">Code</a></li>
${links(gTabs, 'd-inline-flex')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content">
<div class="clearfix container-xl px-md-4 px-lg-5 px-3 mt-4"><div id="show_issue" class="js-issues-results js-socket-channel">
<div id="partial-discussion-header" class="gh-header mb-3 js-details-container Details js-socket-channel js-updatable-content issue">
<div class="gh-header-show"><div class="d-flex flex-column flex-md-row"><div class="gh-header-actions mt-0 mb-3 mb-md-2 ml-0 flex-md-order-1">
<a href="/tarnwell/quillmark/issues/new/choose" class="btn btn-sm btn-primary m-0 ml-md-2">New issue</a></div>
<h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><bdi class="js-issue-title markdown-title">${gTitle}</bdi>
<span class="f1-light color-fg-muted">#2417</span></h1></div></div>
<div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div class="flex-shrink-0 mb-2 flex-self-start flex-md-self-center">
<span title="Status: Closed" class="State State--merged d-flex flex-items-center">Closed</span></div>
<div class="flex-auto min-width-0 mb-2"><a class="author Link--secondary text-bold css-overflow-wrap-anywhere" href="/hanne-vos">hanne-vos</a>
opened this issue <relative-time datetime="2026-03-09T16:48:02Z" class="no-wrap">Mar 9, 2026</relative-time> · 4 comments</div></div></div>
<div id="discussion_bucket" class="pull-request-tab-content is-visible js-discussion-sidebar"><div class="Layout Layout--flowRow-until-md
Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end"><div class="Layout-main"><div class="js-discussion js-socket-channel ml-0 pl-0 ml-md-6
pl-md-3">
<div class="TimelineItem pt-0 js-comment-container"><div class="timeline-comment-group js-minimizable-comment-group" id="issue-2417">
<div class="timeline-comment color-bg-default comment previewable-edit js-comment js-task-list-container"><div class="timeline-comment-header">
<h3 class="f5 text-normal"><strong><a class="author Link--primary text-bold" href="/hanne-vos">hanne-vos</a></strong> commented
<relative-time datetime="2026-03-09T16:48:02Z">Mar 9, 2026</relative-time></h3></div>
<task-lists disabled sortable><table class="d-block user-select-contain"><tbody class="d-block"><tr class="d-block">
<td class="d-block comment-body markdown-body js-comment-body">
<h3 dir="auto">Describe the bug</h3>
${ps(gBug, ' dir="auto"')}
<h3 dir="auto">Steps to reproduce</h3>
<ol dir="auto">${lis(gSteps)}</ol>
<h3 dir="auto">Expected behaviour</h3>
${ps(gExpected, ' dir="auto"')}
<h3 dir="auto">Environment</h3>
<ul dir="auto">${lis(gEnv)}</ul>
<h3 dir="auto">Additional context</h3>
${ps(gExtra, ' dir="auto"')}
<p dir="auto"><a href="https://github.com/user-attachments/files/1882/split-table.md">split-table.md</a></p>
</td></tr></tbody></table></task-lists>
<div class="comment-reactions js-reactions-container"><button class="social-reaction-summary-item btn-link" aria-label="5 people reacted with thumbs up">
<g-emoji alias="+1">👍</g-emoji> <span class="js-discussion-reaction-group-count">5</span></button></div></div></div></div>
${ghEvent('bruno-celik', 'added the <a class="IssueLabel hx_IssueLabel" href="/labels/bug">bug</a> label', 'Mar 9, 2026')}
${ghComment('40118', 'bruno-celik', 'Mar 10, 2026', 'Member', gC1)}
${ghEvent('bruno-celik', 'self-assigned this', 'Mar 10, 2026')}
${ghComment('40127', 'hanne-vos', 'Mar 11, 2026', 'Author', gC2)}
${ghComment('40156', 'tamsin-orr', 'Mar 12, 2026', 'Contributor', gC3)}
<div class="TimelineItem"><div class="TimelineItem-body"><a class="author" href="/bruno-celik">bruno-celik</a> mentioned this issue
<span class="color-fg-default">Fix footnotes in split tables #2421</span></div></div>
${ghComment('40189', 'bruno-celik', 'Mar 14, 2026', 'Member', gC4)}
${ghEvent('bruno-celik', 'closed this as completed in <a href="/tarnwell/quillmark/pull/2421">#2421</a>', 'Mar 15, 2026')}
<div class="flash flash-warn mt-3"><a href="/join" class="btn btn-primary">Sign up for free</a> <strong>to join this conversation on GitHub</strong>.
Already have an account? <a href="/login">Sign in to comment</a></div></div></div>
<div class="Layout-sidebar" data-view-component="true"><div id="partial-discussion-sidebar" class="discussion-sidebar">
<div class="discussion-sidebar-item sidebar-assignee js-discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Assignees</div>
<span class="css-truncate"><a class="assignee Link--primary" href="/bruno-celik"><span class="css-truncate-target">bruno-celik</span></a></span></div>
<div class="discussion-sidebar-item sidebar-labels"><div class="discussion-sidebar-heading text-bold">Labels</div>
<div class="labels css-truncate js-issue-labels"><a class="IssueLabel hx_IssueLabel" href="/labels/bug">bug</a>
<a class="IssueLabel hx_IssueLabel" href="/labels/area-pdf">area: pdf</a> <a class="IssueLabel hx_IssueLabel"
href="/labels/type-regression">type: regression</a></div></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Type</div><span>No type</span></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Projects</div><span>No projects</span></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Milestone</div><a class="Link--secondary"
href="/milestone/31">3.8.2</a></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Development</div><span>Successfully merging a pull request may close
this issue.</span></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Participants</div><span
class="participation-avatars">3 participants</span></div>
</div></div></div></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center">
<span>© 2026 GitHub, Inc.</span><nav aria-label="Footer"><ul class="list-style-none d-flex
flex-justify-center">${links(gFoot, 'mx-2')}</ul></nav></div></footer>
<script type="module" src="https://github.githubassets.example/assets/issues-react.js"></script></body></html>`;
const github: TestPage = {
  name: 'heldout431-github-issue-forum',
  kind: 'forum',
  html: gHtml,
  title: gTitle,
  headings: ['Describe the bug', 'Steps to reproduce', 'Expected behaviour', 'Environment', 'Additional context'],
  body: texts([...gBug, ...gSteps, ...gExpected, ...gEnv, ...gExtra, ...gC1, ...gC2, ...gC3, ...gC4]),
  bylines: ['hanne-vos', 'bruno-celik', 'tamsin-orr', 'Mar 9, 2026', 'Mar 10, 2026', 'Mar 11, 2026', 'Mar 12, 2026', 'Mar 14, 2026', 'Mar 15, 2026'],
  furniture: [
    'Skip to content',
    'We use optional cookies to improve your experience on our websites and to show advertising based on your online activity.',
    'Accept',
    'Reject',
    ...gNav,
    'Search or jump to...',
    'Sign in',
    'tarnwell',
    'Public',
    'Notifications',
    'Fork 214',
    'Star 3.1k',
    'Code',
    ...gTabs,
    'New issue',
    '#2417',
    'Closed',
    'opened this issue',
    '4 comments',
    'split-table.md',
    'Member',
    'Author',
    'Contributor',
    'added the',
    'self-assigned this',
    'mentioned this issue',
    'Fix footnotes in split tables #2421',
    'closed this as completed in',
    'Sign up for free',
    'to join this conversation on GitHub',
    'Sign in to comment',
    'Assignees',
    'Labels',
    'area: pdf',
    'type: regression',
    'No type',
    'No projects',
    'Milestone',
    '3.8.2',
    'Development',
    'Successfully merging a pull request may close this issue.',
    'Participants',
    '3 participants',
    '© 2026 GitHub, Inc.',
    ...gFoot,
  ],
};
export const HELDOUT431_A: readonly TestPage[] = [github, gitlabIssue];
